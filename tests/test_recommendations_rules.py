"""Recommendation rules, sentence by sentence: is it one, who is to act, who made it.

Generic sentences, one rule of English or of web pages each (see `extract/prescribe.py`); each
is the second paragraph of a section with no list, so the prescriptive pass reads it.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from brief.extract.recommendations import extract_recommendations
from brief.model import Paragraph, Section
from brief.pipeline import convert
from brief.read import Seed, Sidecar
from brief.render.pages import render_brief

ROWS = [
    # a quotation may open right after "to": the call is reported all the same
    (
        'The union called on the company to "exhaust every alternative" before cutting jobs.',
        True,
        "the company",
        "The union",
    ),
    # a feeling ("should feel") tells no one to act; a wish is reported advice only to someone
    # named ("want the EPA to set")
    ('"No family should feel that they are facing this alone," he said.', False, None, None),
    ("Farmers want bigger grants and easier access to federal income support.", False, None, None),
    (
        "Environmental groups want the EPA to set stricter limits.",
        True,
        "the EPA",
        "Environmental groups",
    ),
    ("The government should not raise taxes on pensions.", True, "The government", None),
    # what to tell is advice; "I should say that" is a hedge (page 195)
    (
        "Politicians quoting figures for one force should say so.",
        True,
        "Politicians quoting figures for one force",
        None,
    ),
    ("I should say that I disagree with the report.", False, None, None),
    ("Rane submitted that the State should set up a helpline.", True, "the State", "Rane"),
    (
        "The HSE is asking members of the public to consider all care options.",
        True,
        "members of the public",
        "The HSE",
    ),
    # a name's short form is part of it; a subject's head comes before its relative clause
    (
        "The Office for Statistics Regulation (OSR) has urged politicians to cite sources.",
        True,
        "politicians",
        "The Office for Statistics Regulation (OSR)",
    ),
    (
        "Parents who notice any adverse event following immunization (AEFI) should report it.",
        True,
        "Parents",
        None,
    ),
    # a quoted speaker's demand with a pronoun is theirs to make
    (
        '"They have to stop the shelling now," said the UN envoy Martin Griffiths.',
        True,
        "They",
        "the UN envoy Martin Griffiths",
    ),
    # a request with a passive subjunctive names no one to act; a noun before "be" is no verb
    (
        "In lieu of flowers, the family asks that memorials be directed to the fund.",
        True,
        None,
        "the family",
    ),
    ("Critics asked that the report be published.", True, None, "Critics"),
    # what circumstance forces on people the text speaks of is no advice; to a named actor it is
    ("Some families rebuilt after 2008, and now they have to do it all again.", False, None, None),
    ("He has to pay the fine before he can leave.", False, None, None),
    ("Lawmakers have to act before the session ends.", True, "Lawmakers", None),
    # "appeal for", "call for" after a determiner or a possessive are nouns, no advice
    ("Our appeal for the drought response closed only 41% funded.", False, None, None),
    ("The UN's appeal for the flood response is underfunded.", False, None, None),
    ("Activists appealed for the release of prisoners.", True, None, "Activists"),
    # a campaign's call, going on or in the present plural; an order in the past is none
    (
        "Farm groups are pressing the Agriculture Department to extend the deadline.",
        True,
        "the Agriculture Department",
        "Farm groups",
    ),
    (
        "The coalition is lobbying Parliament to lower the voting age.",
        True,
        "Parliament",
        "The coalition",
    ),
    (
        "Environmental groups want the EPA to set a stricter limit.",
        True,
        "the EPA",
        "Environmental groups",
    ),
    (
        "The health agency is advising residents to boil tap water.",
        True,
        "residents",
        "The health agency",
    ),
    ("He pressed his team to more than triple that figure.", False, None, None),
    (
        "By pressing the power button to restart the phone, users clear the error.",
        False,
        None,
        None,
    ),
    ("She presses the lever to release the water.", False, None, None),
    ("Reporters contacted the Times press office to ask about it.", False, None, None),
    ("Restore Our Parks, a nonprofit group, raised money.", False, None, None),
    (
        "The judge ruled that the state must redraw the map, and lawmakers should act quickly.",
        True,
        "lawmakers",
        None,
    ),
    ("Many children want their parents to buy a dog.", False, None, None),
    # a duty in the present perfect's shape, a subject with its relative clause, a recommendation
    # said as a noun, "would do well to"
    (
        "Every school district should have a plan for heat emergencies.",
        True,
        "Every school district",
        None,
    ),
    ("The city should have acted sooner.", False, None, None),
    (
        "Anyone who experiences chest pain should call a doctor at once.",
        True,
        "Anyone who experiences chest pain",
        None,
    ),
    ("Officials still do not know what they should do next.", False, None, None),
    (
        "Our recommendation is that the ministry phase out fuel subsidies.",
        True,
        "the ministry",
        None,
    ),
    ("Lawmakers would do well to revisit the law.", True, "Lawmakers", None),
    # who acts: the subjunctive's subject after "recommend that", "It is imperative that"; a
    # passive's agent; the subject of "be required to"; not a copula's "be more careful" as a
    # passive; a speaker in the plural present; a long subject only when it is a name
    ("The academy recommends that infants sleep on their backs.", True, "infants", "The academy"),
    (
        "A task force recommended that the county close the wing.",
        True,
        "the county",
        "A task force",
    ),
    (
        "Experts recommend that adults over 65 receive the vaccine.",
        True,
        "adults over 65",
        "Experts",
    ),
    ("It is imperative that the Board adopt the plan.", True, "the Board", None),
    ("Data should be collected and published by every department.", True, "every department", None),
    ("The forms should be filed by March.", True, None, None),
    ("Boards should be required to disclose climate risks.", True, "Boards", None),
    ("The governor said lenders should be more cautious.", True, "lenders", "The governor"),
    ("Critics argue that the city should scrap the subsidy.", True, "the city", "Critics"),
    ("The union should reconsider the deal, the authors argue.", True, "The union", "the authors"),
    ("Schools are being encouraged to ban phones.", True, "Schools", None),
    (
        "To improve oversight, the Director of the Office of Management and Budget should act.",
        True,
        "the Director of the Office of Management and Budget",
        None,
    ),
    ("There should be a public inquiry into the crash.", True, None, None),
    # a subjunctive after a verb of proposing is a reported recommendation; evidence and a
    # finite clause are not; an advisory in force; advice after a short lead-in and a colon
    (
        "Some analysts have suggested that Seoul develop its own deterrent.",
        True,
        "Seoul",
        "Some analysts",
    ),
    ("Advocates insisted that the insurer cover the therapy.", True, "the insurer", "Advocates"),
    ("Some research suggests that fiber could cut cravings.", False, None, None),
    ("Our testing suggests that the laptop can run at full speed.", False, None, None),
    ("Analysts suggested that demand would rise.", False, None, None),
    ("Residents have been told to stay indoors, officials said.", True, "Residents", "officials"),
    ("The solution is simple: pay teachers more.", True, None, None),
    # a verb that takes an object prescribes with one; without one, or said of "it", it predicts
    ("Lawmakers must pass Senate Bill 417 before the session ends.", True, "Lawmakers", None),
    ("Congress should increase funding for rural clinics.", True, "Congress", None),
    ("The storm should pass by noon.", False, None, None),
    ("Prices should ease next year.", False, None, None),
    ("The sponsors say it should pass the Senate easily.", False, None, None),
    # whom a verb of urging names, with a relative clause; a conditional imperative; a bio
    (
        "The regulator urged owners who had not yet returned the watches to stop using them.",
        True,
        "owners who had not yet returned the watches",
        "The regulator",
    ),
    ("Ask anyone who has built here, and you will rarely hear about financing.", False, None, None),
    ("Reach him at tl@example.com.", False, None, None),
    # found in review (2026-12-07): forecasts and procedure with an object are no advice; a
    # plural subject's plain present after "suggest that" is evidence; a deadline is no agent;
    # "should" after "that" keeps its subject; a quotation after a colon is no advice; "be
    # allowed to" names no one to act; information given is no advice; a modal's advice keeps
    # an advertiser's words
    ("The economy should grow 2.5% this year, the IMF said.", False, None, None),
    ("The bank projects that the economy should grow 2.5% next year.", False, None, None),
    # a verb coordinated after "but"/"and" shares the subject of the verb before it
    (
        "State Superintendent Marcus Hale told a panel that he supports limits but urged "
        "lawmakers to leave the details to districts.",
        True,
        "lawmakers",
        "State Superintendent Marcus Hale",
    ),
    (
        "The mayor praised the plan and urged residents to save water.",
        True,
        "residents",
        "The mayor",
    ),
    (
        "Its economist, Sanjay Mehta, said the government must clear pending bills before it "
        "announces new projects.",
        True,
        "the government",
        "Sanjay Mehta",
    ),
    ("Forecasters say the rain should clear the region by Friday afternoon.", False, None, None),
    ("The new line should ease congestion on the Red Line.", False, None, None),
    ("The measure must pass both chambers before it becomes law.", False, None, None),
    ("If the Fed is serious about inflation, it should raise rates again.", True, None, None),
    ("Early returns suggest that Democrats hold a narrow lead.", False, None, None),
    ("Residents insist that they need more police on the streets.", False, None, None),
    ("Applications must be submitted by the deadline.", True, None, None),
    ("The repairs should be completed by Christmas.", True, None, None),
    (
        "The inquiry recommended that ministers should introduce a register of lobbyists.",
        True,
        "ministers",
        "The inquiry",
    ),
    ("Police said the suspect yelled: Give me the money.", False, None, None),
    ("The sign on the door read: Keep out.", False, None, None),
    ("Children should not be allowed to use phones in class.", True, None, None),
    ("Employees at the plant have been told to expect layoffs.", False, None, None),
    ("Shoppers should buy now, before tariffs push prices higher.", True, "Shoppers", None),
    # second review (2026-12-07): someone, not a thing, does it to an object; a forecast's
    # words; a plural subject with a verb of advice after "suggest that", "asked that"
    ("Schools should improve ventilation.", True, "Schools", None),
    ("Landlords must clear snow from sidewalks.", True, "Landlords", None),
    ("Banks should increase their lending, analysts expect.", False, None, None),
    ("Temperatures should drop into the 40s tonight.", False, None, None),
    ("Police asked that residents avoid the area.", True, "residents", "Police"),
    ("Experts suggest that parents limit screen time.", True, "parents", "Experts"),
    ("Congress must act to protect one of our greatest natural treasures.", True, "Congress", None),
    # an advertiser's call to buy is no recommendation
    (
        "Get 20% off all outdoor gear this weekend; use code SUMMER20 at checkout.",
        False,
        None,
        None,
    ),
    ("Ask your doctor if Zelmora is right for you.", False, None, None),
    ("Call today for a free consultation with one of our specialists!", False, None, None),
    (
        "Please consult a tax professional before acting on anything in this article.",
        False,
        None,
        None,
    ),
    # an aside after the modal; phrases of advice; a relative clause in the subject
    ("The agency should, at a minimum, notify taxpayers within 30 days.", True, "The agency", None),
    ("Investors would be wise to trim their exposure to bonds.", True, "Investors", None),
    ("Congress may wish to consider requiring annual reports.", True, "Congress", None),
    (
        "A smarter approach would be for the province to build transit first.",
        True,
        "the province",
        None,
    ),
    (
        "The secretary-general appealed for an immediate ceasefire.",
        True,
        None,
        "The secretary-general",
    ),
    (
        "Consumers who bought the heaters should stop using them.",
        True,
        "Consumers who bought the heaters",
        None,
    ),
    # a policy's imperative ("Expand …", "Require …"); an adjective is no verb ("Direct and
    # indirect fees")
    ("Expand loan repayment for pharmacists who serve rural areas.", True, None, None),
    ("Direct and indirect fees rose again.", False, None, None),
    # a compound is no imperative; what standards or a plan "call for" is their content
    ("Call-when-needed contracts accounted for 57 percent of flight hours.", False, None, None),
    (
        "Federal internal control standards call for agencies to use quality data.",
        False,
        None,
        None,
    ),
    # expectation, deduction, a court's order: no advice
    ("Analysts said the merger should close in the fourth quarter.", False, None, None),
    ("The judge ruled that the state must redraw its map.", False, None, None),
    ("Congress should close the loophole.", True, "Congress", None),
    # the author's own: modals
    ("Congress must act before the deadline.", True, "Congress", None),
    ("The ministry should publish its data every month.", True, "The ministry", None),
    ("Regulators ought to review the merger.", True, "Regulators", None),
    ("Local councils need to hire more inspectors.", True, "Local councils", None),
    ("We have to stop subsidising coal.", True, "We", None),
    ("As we’ve said before, buyers should wait for the next model.", True, "buyers", None),
    ("You had better check the label before buying.", True, "You", None),
    ("Parents shouldn’t leave children alone in cars.", True, "Parents", None),
    ("In response to the floods, the city should raise the levees.", True, "the city", None),
    ("The agency, which has failed twice, must change its rules.", True, "The agency", None),
    # a capitalised "States" in a name is no speech verb ("X states that …")
    (
        "The United States and Mexico must share intelligence on smuggling routes.",
        True,
        "The United States and Mexico",
        None,
    ),
    (
        "The report states that the agency should publish its data.",
        True,
        "the agency",
        "The report",
    ),
    ("Stricter rules must be adopted.", True, None, None),
    ("Any final agreement needs to be made directly with the agency.", True, None, None),
    ("It is essential that schools provide free meals to all children.", True, "schools", None),
    ("The UN called for an immediate ceasefire.", True, None, "The UN"),
    (
        "The union said members should not have to work unpaid overtime.",
        True,
        "members",
        "The union",
    ),
    (
        "We recommend that the Secretary of Defense review the cost estimates.",
        True,
        "the Secretary of Defense",
        None,
    ),
    ("Experts recommend that adults get at least seven hours of sleep.", True, "adults", "Experts"),
    ("The panel recommended that the drug be approved.", True, None, "The panel"),
    ("Regulators need to act quickly, the report concluded.", True, "Regulators", "the report"),
    ("Parents should see a doctor if the fever persists.", True, "Parents", None),
    ("It's past time to deal with it.", True, None, None),
    # reported, with who made it and who is to act
    ("Doctors urged the agency to vaccinate detainees.", True, "the agency", "Doctors"),
    ("The union has called on the government to raise wages.", True, "the government", "The union"),
    ("Residents were urged to stay indoors.", True, "Residents", None),
    ("The committee recommended that the program be expanded.", True, None, "The committee"),
    ("The manufacturer recommends charging the battery overnight.", True, None, "The manufacturer"),
    (
        "Health officials warned travellers against drinking tap water.",
        True,
        "travellers",
        "Health officials",
    ),
    ("The mayor said the state should pay for the repairs.", True, "the state", "The mayor"),
    ("“Schools need to reopen,” the minister said.", True, "Schools", "the minister"),
    (
        "The bank should cut rates, according to several economists.",
        True,
        "The bank",
        "several economists",
    ),
    ("Farmers would like to see Brussels drop the quota.", True, "Brussels", "Farmers"),
    (
        "The senator begged colleagues “not to give up” on the bill.",
        True,
        "colleagues",
        "The senator",
    ),
    ("We urge the Secretary to publish the report.", True, "the Secretary", None),
    ("It is essential for lenders to disclose their fees.", True, "lenders", None),
    ("It’s time to rethink how cities are policed.", True, None, None),
    # imperatives: advice
    ("Avoid sugary drinks after dinner.", True, None, None),
    ("Try walking for twenty minutes a day.", True, None, None),
    ("Additionally, keep a list of your medications.", True, None, None),
    ("If you feel sick, stay at home.", True, None, None),
    ("Don’t share your password with anyone.", True, None, None),
    ("Be careful when crossing the road at night.", True, None, None),
    ("To reach your goal, live below your means.", True, None, None),
    ("And don't forget to make a backup plan.", True, None, None),
    ("Take inventory of your finances.", True, None, None),
    ("If you have a mortgage, consider paying it off.", True, None, None),
    ("Research your options for health insurance.", True, None, None),
    ("No matter how good your plan seems, consider keeping a reserve.", True, None, None),
    ("It's a good idea to track your spending.", True, None, None),
    ("Running through worst-case scenarios is essential.", True, None, None),
    ("In preparing for retirement, eliminating costly debt is a no-brainer.", True, None, None),
    ("No matter how sound the plan, consider what could go wrong.", True, None, None),
    ("Otherwise, you may consider keeping your old insurer.", True, None, None),
    ("You might want to compare the fees first.", True, None, None),
    ("The first step for any new saver is to list every debt.", True, None, None),
    ("The best way to save money is to cut your costs.", True, None, None),
    ("Stir together and taste it before adding the pectin.", True, None, None),
    ("To the pears, add the juice of one lemon.", True, None, None),
    ("Save more and you will retire sooner.", True, None, None),
    ("Book early, and you could save up to 30%.", True, None, None),
    ("Cancel unused subscriptions, and you’d free up $50 a month.", True, None, None),
    ("The planner suggests keeping a year of expenses in cash.", True, None, "The planner"),
    # not recommendations
    # a passive need prescribes as "must be" does; a state or a condition reported does not
    ("The roads are old and need to be repaired.", False, None, None),
    # found in a probe: "should" of expectation, what a settlement requires, a page's contact
    ("The weather should improve by the weekend.", False, None, None),
    ("You should see results within two weeks.", False, None, None),
    ("Many experts believe the economy should recover by next year.", False, None, None),
    ("The bank must pay $2 million in penalties under the settlement.", False, None, None),
    ("Call 555-0142 for more information.", False, None, None),
    ("The plan calls for 20 new schools.", False, None, None),
    ("The script called for a soaring, original anthem.", False, None, None),
    ("The senator kept calling for an explanation of the failure.", False, None, None),
    ("Applicants need to be 18 or older.", False, None, None),
    ("The amount each person should drink depends on the weather.", False, None, None),
    ("Time and discipline are all you need to execute your plan.", False, None, None),
    ("Get breaking science news on snakes and more!", False, None, None),
    ("He must have known about it.", False, None, None),
    ("The council should have acted sooner.", False, None, None),
    ("Should the council act?", False, None, None),
    ("What should the council do next?", False, None, None),
    ("If the state should fail, others will act.", False, None, None),
    ("Should prices fall, the firm would suffer.", False, None, None),
    ("He denied any effort to urge the ministry to investigate.", False, None, None),
    ("China is going to have to make a deal.", False, None, None),
    ("The company will have to pay more for steel next year.", False, None, None),
    ("The agency could expand the program.", False, None, None),
    ("The phone works as it should.", False, None, None),
    ("There is a growing need to understand the disease.", False, None, None),
    ("Under the new law, employers must report every injury.", False, None, None),
    # a named law's or a country's law's duty is described, not prescribed
    (
        "Employers must pay the minimum wage of R27.58 an hour under the Minimum Wage Act.",
        False,
        None,
        None,
    ),
    ("Under Irish law, every employer must keep records of hours worked.", False, None, None),
    # "should be operational by March": a state expected by a time, a forecast
    (
        "The new terminal should be operational by March, the port authority said.",
        False,
        None,
        None,
    ),
    # who is to act: a subjunctive's subject before "every"; people told to undergo something;
    # a subject with "to" as a preposition; the modal's subject under a trailing "X recommends"
    (
        "We recommend that the Electoral Commission upload every result to its portal.",
        True,
        "the Electoral Commission",
        None,
    ),
    ("Older adults should be screened for bowel cancer.", True, "Older adults", None),
    ("Children must be supervised at all times.", True, None, None),
    ("The report should be published by the ministry.", True, "the ministry", None),
    (
        "Travellers to Kenya should be vaccinated against yellow fever, the CDC recommends.",
        True,
        "Travellers to Kenya",
        "the CDC",
    ),
    # a name's bracketed abbreviation is part of whom a call is on; a relative clause after
    # the subject of what was said ("said people who need help should") is the subject's
    (
        "The researchers are calling on the Institute for Care Excellence (NICE) to update its "
        "guideline.",
        True,
        "the Institute for Care Excellence (NICE)",
        "The researchers",
    ),
    (
        "The minister said people who need help should contact their local office.",
        True,
        "people who need help",
        "The minister",
    ),
    ("He asked what people should do.", False, None, None),
    # a judgement of what happened; a duty under rules in force
    ('"That should never happen," she said.', False, None, None),
    (
        "Under rules that took effect in January, bidders must show three years of accounts.",
        False,
        None,
        None,
    ),
    # an imperative that sells and ends in "!" is an advert; an authority's order is not
    ("Switch today and save on your energy bill!", False, None, None),
    ("Call 555-0142 today for a free roof inspection!", False, None, None),
    ("Stay indoors and avoid the coast!", True, None, None),
    # found in review: "available in every pharmacy" is where, not when; powers under an Act
    # used to act are advice
    ("Pharmacies should be open in every district at weekends.", True, "Pharmacies", None),
    (
        "The government should use its powers under the Public Health Act to close the plants.",
        True,
        "The government",
        None,
    ),
    ("Tenants don’t have to pay the fee.", False, None, None),
    ("I have to say the results surprised me.", False, None, None),
    ("It should be noted that the sample was small.", False, None, None),
    ("Nobody knows who should pay for the damage.", False, None, None),
    ("Some research suggests that sleep improves memory.", False, None, None),
    ("He insisted that he was innocent.", False, None, None),
    ("The campaign that encouraged drivers to slow down ended in May.", False, None, None),
    ("When the advisers urged a deal, the president refused.", False, None, None),
    ("Sign up for our newsletter to get the latest news.", False, None, None),
    ("Stay up to date with our daily briefing.", False, None, None),
    ("Consider the case of a small bakery.", False, None, None),
    ("Research shows that exercise helps.", False, None, None),
    ("Research also shows that yoga helps.", False, None, None),
    ("Take a look at the chart below.", False, None, None),
    ("Funding is essential for the program.", False, None, None),
    ("Targeting audiences is key, Graham said.", False, None, None),
    # names and nouns that look like the verbs of advice; exposition that steers the reader
    ("Save the Children said 5 million children were at risk.", False, None, None),
    ("Live music returns to the park.", False, None, None),
    ("Max Verstappen won the race.", False, None, None),
    ("Budget airlines are cutting fares.", False, None, None),
    ("Take the example of Norway.", False, None, None),
    ("Consider what happened to the bank in 2008.", False, None, None),
    ("You may want to know that the bank failed.", False, None, None),
    ("The next step is to hold a hearing, the spokesman said.", False, None, None),
    ("Add a second motor, and the car would offer 335 horsepower.", False, None, None),
    # found in review
    ("Add-on purchases rose 20% last year.", False, None, None),
    ("Bring It On was a hit film in 2000.", False, None, None),
    ("Boil Water Advisory issued for the county.", False, None, None),
    ("Place kicker Smith missed two field goals.", False, None, None),
    ("The first thing you notice is to the left of the screen.", False, None, None),
    ("The best thing about your phone is having a good camera.", False, None, None),
    ("The key thing your team is missing is a striker.", False, None, None),
    ("The next step is to hold a hearing, which you can watch online.", False, None, None),
    ("Data from the survey suggests having a degree pays off.", False, None, None),
    ("His record suggests spending at the state level rose.", False, None, None),
    ("The first thing you notice is the smell.", False, None, None),
    ("The data suggests that prices rose.", False, None, None),
    ("Polls suggest rising prices in the city.", False, None, None),
    ("If you had stayed, you might consider it a loss.", False, None, None),
    ("So do most economists.", False, None, None),
    ("But set against these gains are rising costs.", False, None, None),
    ("Nothing in the report is essential reading.", False, None, None),
    ("Use of force by police has declined.", False, None, None),
    ("To that, Cook replied that he was busy.", False, None, None),
    ("She wanted her son to become a doctor.", False, None, None),
    ("The officers asked before entering the house.", False, None, None),
    # found in a blind probe: an acronym that spells a relative pronoun is a name
    ("The WHO advises adults to limit sugar.", True, "adults", "The WHO"),
    ("Doctors, who urged the agency to act, were ignored.", False, None, None),
    # found in blind probes and pages: a speaker before an apposition, a subjunctive after a
    # name, a past that should never have been, a contact line
    (
        "State Sen. Ada Lind, a Democrat whose district includes the port, said the "
        "Legislature should require annual audits.",
        True,
        "the Legislature",
        "State Sen. Ada Lind",
    ),
    (
        "Another analyst, Paul Orr of Fenwick & Co., said Halvorsen should pay down its debt.",
        True,
        "Halvorsen",
        "Paul Orr of Fenwick & Co",
    ),
    (
        "The panel recommends that the Minister for Housing ring-fence €1.5 billion.",
        True,
        "the Minister for Housing",
        "The panel",
    ),
    ("We believe the court allowed evidence it should never have heard.", False, None, None),
    ("Please call 0800 555 123 or visit 42 Harbour Road.", False, None, None),
    ("Residents should call 911 if they see smoke.", True, "Residents", None),
    # a speaker's own appeal, and a communiqué's resolution (blind page 255)
    ("We appeal to labour to shelve the planned strike.", True, "labour", None),
    ("They appeal to the court on Monday.", False, None, None),
    (
        "That the Federal Government should direct NNPC Ltd to restore the pump price.",
        True,
        "the Federal Government",
        None,
    ),
    # a support service's notice under a story (blind page 249)
    (
        "If gambling is causing problems for you or someone you know, contact the National"
        " Gambling Helpline on 1800 858 858 or visit Gambling Help Online.",
        False,
        None,
        None,
    ),
    ("Residents should call the county's flood hotline before driving.", True, "Residents", None),
    ("If you see flooding on your street, call the council's flood hotline.", True, None, None),
    # found in a review: a fronted adverbial is no speaker, a noun after a name no verb
    (
        "On Tuesday, the agency, citing new data, said hospitals should stock more vaccine.",
        True,
        "hospitals",
        None,
    ),
    ("Campaigners urged that the UK government act now.", True, "the UK government", "Campaigners"),
    ("Call 911 immediately if someone collapses.", True, None, None),
]


def _recs(*sections: tuple[str | None, list[str]]):
    out, n = [], 0
    for i, (heading, texts) in enumerate(sections):
        paragraphs = [Paragraph(id=f"p{n + j}", text=t) for j, t in enumerate(texts, 1)]
        n += len(texts)
        out.append(Section(id=f"s{i}", heading=heading, paragraphs=paragraphs))
    return extract_recommendations(out)


@pytest.mark.parametrize(("text", "found", "actor", "reported_by"), ROWS, ids=lambda v: str(v)[:40])
def test_sentence_rule(text, found, actor, reported_by):
    recs = _recs(("Analysis", ["The report came out.", text]))
    assert bool(recs) == found, [r.evidence.quote for r in recs]
    if recs:
        (rec,) = recs
        assert (rec.actor, rec.reported_by) == (actor, reported_by)
        assert rec.headline in rec.text and rec.evidence.quote == text


def test_table_is_large_and_balanced():
    assert len(ROWS) >= 40
    assert sum(1 for row in ROWS if not row[1]) >= 20


def test_headings_of_a_tips_list_are_recommendations():
    recs = _recs(
        (None, ["Here are three tips."]),
        ("1. Drink more water", ["Water helps. Try a glass before each meal."]),
        ("2. Avoid late meals", ["Late meals disturb sleep."]),
        ("3. The evidence", ["Studies agree."]),
    )
    assert [r.headline for r in recs] == [
        "Drink more water",
        "Try a glass before each meal",
        "Avoid late meals",
    ]
    heading = recs[0]
    assert heading.text == "1. Drink more water"
    assert (heading.evidence.paragraph, heading.evidence.quote) == ("p2", "Water helps.")


def test_one_advice_heading_alone_is_not_a_list():
    recs = _recs(("Keep reading", ["The story continues."]), ("Results", ["Sales rose."]))
    assert recs == []


def test_reported_headline_is_the_whole_sentence():
    (rec,) = _recs(("Analysis", ["Doctors urged the agency to vaccinate detainees."]))
    assert rec.headline == "Doctors urged the agency to vaccinate detainees"


def test_reported_by_in_an_enumerated_list():
    recs = _recs(
        (
            "Recommendations",
            [
                "1. The board should resign, the auditors said.",
                "2. Shareholders must be consulted.",
            ],
        )
    )
    assert [(r.actor, r.reported_by) for r in recs] == [
        ("The board", "the auditors"),
        (None, None),
    ]


def test_recommendations_page_names_who_made_a_reported_one():
    text = (
        "A headline about vaccines\n\n"
        "The outbreak spread through three centres this winter and worried many families.\n\n"
        "Doctors urged the agency to vaccinate every detainee before the spring.\n"
    )
    brief = convert(Seed(Path("001_page.txt"), "0" * 64, text, Sidecar()))
    page = render_brief(brief)["recommendations.md"]
    assert "<strong>Addressed to:</strong> <brief-text>the agency</brief-text>" in page
    assert "<strong>Recommended by:</strong> <brief-text>Doctors</brief-text>" in page


def test_a_recommendation_heading_starts_with_a_capital_and_its_quote_is_not_repeated():
    """The headline is a verbatim slice ("the agency should …"): shown with only its first
    letter capitalised; a card whose text is its quote shows the quote once."""
    text = (
        "A headline about vaccines\n\n"
        "The outbreak spread through three centres this winter and worried many families.\n\n"
        "In response to the outbreak, the agency should vaccinate every detainee.\n"
    )
    brief = convert(Seed(Path("001_page.txt"), "0" * 64, text, Sidecar()))
    assert brief.recommendations[0].headline.startswith("the agency should")
    page = render_brief(brief)["recommendations.md"]
    assert "## 1. The agency should vaccinate every detainee {" in page
    assert page.count("vaccinate every detainee") == 2  # the heading and the quote, once each
    assert "The article's one recommendation, with its full text." in page
    assert "The 1 recommendation of" in page and "1 recommendations" not in page


def test_a_numbered_tip_with_a_fronted_clause_is_advice():
    """ "8. If you have a mortgage, consider paying it off": the fronted clause is read after
    the list number too (it was read only at the very start of a line)."""
    from brief.extract.prescribe import advises

    assert advises("8. If you have a mortgage, consider paying it off")
    assert advises("2. Next time you shop, buy less")


def test_a_pronoun_credits_the_person_the_sentence_before_names():
    """ "He urged …": reported_by is the person the paragraph's sentence before names first
    (not an institution); with no such name, the pronoun stays as written."""
    (rec,) = _recs(
        (
            "Analysis",
            [
                "In a letter in May, Ana Ruiz, the head of the Farm Bureau, said costs rose. "
                "She urged the ministry to cut fees."
            ],
        )
    )
    assert (rec.actor, rec.reported_by) == ("the ministry", "Ana Ruiz")
    (rec,) = _recs(("Analysis", ["The Farm Bureau met on Monday. He urged the ministry to act."]))
    assert rec.reported_by == "He"


def test_a_list_its_lead_in_calls_advice_is_advice_whatever_its_verbs():
    """ "IHO advises Member States to take the following measures:" and a numbered list: every
    item prescribes ("Offer vaccination …", "Contribute to the appeal …"); the lead-in is the
    list's framing, not a recommendation of its own."""
    paragraphs = [
        Paragraph(id="p0", text="Cases rose again last week."),
        Paragraph(id="p1", text="IHO advises Member States to take the following measures:"),
        Paragraph(id="p2", text="1. Strengthen surveillance at points of entry."),
        Paragraph(id="p3", text="2. Offer vaccination to contacts of cases."),
        Paragraph(id="p4", text="3. Contribute to the flash appeal so the response is funded."),
    ]
    got = extract_recommendations([Section(id="s1", heading="Advice", paragraphs=paragraphs)])
    assert [r.evidence.paragraph for r in got] == ["p2", "p3", "p4"]

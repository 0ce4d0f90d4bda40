"""Recommendations: the enumerated run of a recommendations section, verbatim, framing excluded."""

from __future__ import annotations

import pytest
from brief.extract.prescribe import imperative
from brief.extract.recommendations import extract_recommendations
from brief.extract.sentences import split_sentences
from brief.model import Paragraph, Section


def section(heading: str | None, *texts: str, start: int = 1) -> Section:
    paragraphs = [Paragraph(id=f"p{i}", text=t) for i, t in enumerate(texts, start)]
    return Section(id="s", heading=heading, paragraphs=paragraphs)


# --- the seed --------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def seed_recs(seed_sections):
    return extract_recommendations(seed_sections)


def test_seed_has_the_four_enumerated_recommendations(seed_recs, seed_sections):
    paragraphs = [p for s in seed_sections for p in s.paragraphs]
    by_id = {p.id: p.text for p in paragraphs}
    assert [r.number for r in seed_recs] == [1, 2, 3, 4]
    number = {p.id: p.number for p in paragraphs}
    assert [number[r.evidence.paragraph] for r in seed_recs] == [14, 15, 16, 17]
    assert [r.text for r in seed_recs] == [by_id[r.evidence.paragraph] for r in seed_recs]


def test_seed_framing_paragraphs_are_not_recommendations(seed_recs):
    texts = " ".join(r.text for r in seed_recs)
    assert "One common refrain" not in texts
    assert "Several obvious and immediate" not in texts


def test_seed_actors(seed_recs):
    assert [r.actor for r in seed_recs] == [
        "the United States",
        "the United States",
        "the United States",
        "the U.S. federal government",
    ]


def test_seed_headlines_are_verbatim_single_lines(seed_recs):
    assert seed_recs[0].headline == (
        "the United States must apply additional pressure on the Mexican cartels to cut off "
        "the flow of terror-affiliated illegal entrants"
    )
    for rec in seed_recs:
        assert rec.headline in rec.evidence.quote
        assert rec.headline in rec.text
        assert "\n" not in rec.headline
        assert len(rec.headline) <= 240
        assert not rec.headline.startswith(("First", "Second", "Third", "Lastly"))
    # The fronted clause before the actor is dropped; the long sentence is cut at a clause.
    assert seed_recs[3].headline.startswith("the U.S. federal government should make detention")
    assert not seed_recs[3].headline.endswith(",")


def test_seed_evidence_is_the_first_sentence(seed_recs):
    for rec in seed_recs:
        assert rec.evidence.quote == split_sentences(rec.text)[0].text


# --- synthetic -------------------------------------------------------------------------------


def test_numbered_list_with_framing():
    recs = extract_recommendations(
        [
            section(None, "Background on the problem."),
            section(
                "Recommendations",
                "We offer the following proposals.",
                "1. Congress should fund the agency. It has been underfunded.",
                "2. Regulators must publish their data.",
                "These steps are overdue.",
            ),
        ]
    )
    assert [(r.number, r.actor, r.headline) for r in recs] == [
        (1, "Congress", "Congress should fund the agency"),
        (2, "Regulators", "Regulators must publish their data"),
    ]
    assert recs[0].evidence.quote == "1. Congress should fund the agency."
    assert recs[0].evidence.paragraph == "p2"


def test_ordinals_finally_closes_the_run():
    recs = extract_recommendations(
        [
            section(
                "What should be done",
                "First, the ministry should train staff.",
                "This would help.",
                "Secondly, cities need to share data.",
                "Finally, we must act now.",
                "Second, an afterthought that is not part of the list.",
            )
        ]
    )
    assert [r.actor for r in recs] == ["the ministry", "cities", "we"]
    assert recs[-1].headline == "we must act now"


def test_run_must_start_at_the_first_item():
    """No list starts at "Second": "3. Fund it." is no item; the sentence that prescribes with
    a modal is still a recommendation, found as a sentence."""
    recs = extract_recommendations(
        [section("Policy recommendations", "Second, the state should act.", "3. Fund it.")]
    )
    assert [r.evidence.quote for r in recs] == ["Second, the state should act."]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Congress must act before the deadline.", True),
        ("Doctors urged the agency to vaccinate detainees.", True),
        ("We recommend that the Secretary publish the data.", True),
        ("Beijing also wants Washington to lift the tariffs.", True),
        ("The roads are old and need to be repaired.", False),
        ("Any agreement needs to be made with the agency directly.", True),
        ("He must have known about it.", False),
        ("Should the council act?", False),
        ("If the state should fail, others will act.", False),
        ("He denied any effort to urge Ukraine to investigate.", False),
        ("China is going to have to make a deal.", False),
        ("The agency could expand the program.", False),
    ],
)
def test_prescriptive_sentences_anywhere_in_the_article(text, found):
    recs = extract_recommendations([section("Analysis", "The report came out.", text)])
    assert bool(recs) == found, [r.evidence.quote for r in recs]


def test_a_paragraph_of_several_prescriptions_is_shared_out_between_them():
    """Each recommendation's text runs from its sentence to the next one's (the first from the
    paragraph's start): its context stays with it and no card repeats another's."""
    paragraph = (
        "Retiring early takes planning. First, you should list your debts. This can be done "
        "with an app. Then you should pay the costliest first."
    )
    recs = extract_recommendations([section("Plan", paragraph)])
    assert [r.text for r in recs] == [
        "Retiring early takes planning. First, you should list your debts. This can be done "
        "with an app.",
        "Then you should pay the costliest first.",
    ]
    assert [r.evidence.quote for r in recs] == [
        "First, you should list your debts.",
        "Then you should pay the costliest first.",
    ]
    (alone,) = extract_recommendations([section("Plan", "It rained. Congress must act. So.")])
    assert alone.text == "It rained. Congress must act. So."


def test_enumerated_argument_without_recommendations_section_is_ignored():
    recs = extract_recommendations(
        [
            section(
                "Analysis",
                "First, the data show a rise in crossings.",
                "Second, the rise began in 2021.",
            )
        ]
    )
    assert recs == []


def test_prescriptive_run_counts_without_a_recommendations_heading():
    recs = extract_recommendations(
        [
            section(
                "Conclusion",
                "First, lawmakers should close the loophole.",
                "Second, agencies must coordinate.",
            )
        ]
    )
    assert [r.actor for r in recs] == ["lawmakers", "agencies"]


def test_only_the_recommendations_section_counts_when_there_is_one():
    recs = extract_recommendations(
        [
            section("Analysis", "First, officials should note X.", "Second, they should note Y."),
            section("Recommendations", "First, the board should resign."),
        ]
    )
    assert [r.text for r in recs] == ["First, the board should resign."]


def test_under_conclusions_and_recommendations_only_items_that_prescribe_count():
    """Page 191: a committee's numbered conclusions and recommendations."""
    recs = extract_recommendations(
        [
            section(
                "Conclusions and recommendations",
                "1. Funding roads one year at a time is a false economy. (Paragraph 21)",
                "2. The Department should move to five-year settlements. (Paragraph 24)",
                "3. We recommend that the Department publish a repair standard. (Paragraph 37)",
                "4. The condition of local roads is not improving. (Paragraph 60)",
            )
        ]
    )
    assert [r.number for r in recs] == [1, 2]
    assert [r.text.split()[1] for r in recs] == ["The", "We"]


def test_a_court_s_roman_numbered_directions_after_their_lead_in_are_one_list():
    """Page 200: "(i)" opens a list (not the ninth letter); the lead-in says they are orders."""
    recs = extract_recommendations(
        [
            section(
                "Directions",
                "The Court issued the following directions:",
                "(i) The State shall pay the balance within six weeks;",
                "(ii) The department shall complete the survey within three months;",
                "(iii) Every council shall procure mechanised cleaning equipment.",
            )
        ]
    )
    assert [r.actor for r in recs] == ["The State", "The department", "Every council"]


def test_a_lettered_list_s_ninth_item_is_a_letter_and_questions_asked_are_no_advice():
    letters = "abcdefghij"
    items = [f"({c}) The council shall act on item {c}." for c in letters]
    recs = extract_recommendations([section("Directions", *items)])
    assert len(recs) == 10
    asked = extract_recommendations(
        [
            section(
                None,
                "We asked the candidates the following questions:",
                "- Will you cut rates?",
                "- Will you build homes?",
            )
        ]
    )
    assert asked == []


def test_a_list_a_union_is_calling_for_is_advice_whatever_its_verbs():
    recs = extract_recommendations(
        [
            section(
                None,
                "The union is calling on the HSE to:",
                "- cancel all non-urgent elective procedures;",
                "- fill the 43 vacant nursing posts;",
                "- open the promised modular ward without further delay.",
            )
        ]
    )
    assert len(recs) == 3


def test_beside_a_list_advice_reported_from_someone_named_counts_too():
    recs = extract_recommendations(
        [
            section(
                "Situation",
                "The Ministry of Health has urged residents to boil all drinking water.",
                "This is troubling, and suggests that much more must be done.",
                "One common refrain is that donors should give more. Our appeal for the drought "
                "response closed only 41% funded.",
            ),
            section(
                "Recommendations", "1. Donors must fund the appeal.", "2. Agencies should act."
            ),
        ]
    )
    assert [(r.actor, r.reported_by) for r in recs] == [
        ("residents", "The Ministry of Health"),
        ("Donors", None),
        ("Agencies", None),
    ]


def test_each_step_under_an_instructions_heading_is_one_recommendation():
    recs = extract_recommendations(
        [
            section("Making the jam", "You could use a jar lifter, which is a tool for this."),
            section(
                "Instructions",
                "Core, peel, and cube the pears and put them in a pot. Add the spices.",
                "Boil for 10 minutes.",
            ),
        ]
    )
    assert [r.text for r in recs][-2:] == [
        "Core, peel, and cube the pears and put them in a pot. Add the spices.",
        "Boil for 10 minutes.",
    ]


def test_a_study_s_method_section_is_no_list_of_steps():
    recs = extract_recommendations(
        [
            section("Method", "The researchers followed 1,240 adults for ten years."),
            section("Results", "Those who walked daily lived longer."),
        ]
    )
    assert recs == []


def test_fronted_clause_passive_and_imperative_actors():
    recs = extract_recommendations(
        [
            section(
                "Recommendations",
                "(a) In light of the findings, the Department of Health should act.",
                "(b) Stricter rules must be adopted.",
                "(c) Expand the program to rural areas.",
            )
        ]
    )
    assert [r.actor for r in recs] == ["the Department of Health", None, None]
    assert recs[0].headline == "the Department of Health should act"
    assert recs[2].headline == "Expand the program to rural areas"


def test_bullets_and_named_recommendations():
    bullets = extract_recommendations(
        [section("The way forward", "• Governments should tax carbon.", "• Firms should report.")]
    )
    assert [r.number for r in bullets] == [1, 2]
    named = extract_recommendations(
        [
            section(
                "Proposals",
                "The first recommendation is that Parliament should hold hearings.",
                "The second recommendation is to create an inspector.",
            )
        ]
    )
    assert [r.headline for r in named] == [
        "Parliament should hold hearings",
        "to create an inspector",
    ]
    assert named[0].actor == "Parliament"


def test_other_language_heading():
    recs = extract_recommendations(
        [section("Recommandations", "Premièrement, renforcer les contrôles.", "Enfin, agir.")]
    )
    assert [r.headline for r in recs] == ["renforcer les contrôles", "agir"]


def test_long_first_sentence_is_cut_at_a_clause_verbatim():
    text = (
        "First, the agency should overhaul its screening system, which has failed repeatedly "
        "over the past decade, which auditors have documented in detail, and which lawmakers "
        "have criticised in several hearings since the programme began."
    )
    (rec,) = extract_recommendations([section("Recommendations", text)])
    assert rec.headline == "the agency should overhaul its screening system"
    assert rec.headline in rec.text


def test_imperative_items_after_a_lead_in_of_terms_bind_and_advise_no_one():
    """ "The settlement requires Carrow to:" then "Install a monitor …": terms a party is bound
    to; after "We recommend that the agency:" the same items are advice."""
    items = (
        "Install and operate a fenceline air monitoring system by June 30, 2026.",
        "Remove contaminated soil from a 6.2-acre area along the creek.",
    )
    bound = extract_recommendations([section(None, "The settlement requires Carrow to:", *items)])
    assert bound == []
    # what a ruling binds its parties to, whatever the modal (blind page 232); a regulator's
    # "the trust must:" stays advice (page 210)
    bullets = [f"- {i}" for i in items]
    lead = "Under the consent judgment, SunCrest and Brightline must:"
    assert extract_recommendations([section(None, lead, *bullets)]) == []
    advised = extract_recommendations([section(None, "Among them, the trust must:", *bullets)])
    assert len(advised) == 2
    advised = extract_recommendations([section(None, "We recommend that the company:", *items)])
    assert set(items) <= {r.text for r in advised}
    # advice, tips, demands and what someone "will have to" do are advice, not terms
    tips = ("Drink plenty of water.", "Never leave children or pets in parked cars.")
    for lead in (
        "SA Health's advice for the heatwave includes:",
        "Police tips for avoiding fraud include:",
        "To survive the next four years, Ottawa will have to:",
        "Its demands include:",
    ):
        found = extract_recommendations([section(None, lead, *tips)])
        assert set(tips) <= {r.text for r in found}, lead


def test_beside_a_list_advice_to_others_urged_or_imperative_counts_but_not_its_lead_in():
    """Found on a health ministry's release and a think tank's report (pages 175, 177): beside
    the author's list, advice to someone the list does not address, advice urged in so many
    words and a reader's call to act are advice; the sentence that leads into the list, a
    press office's line and an action as a subject ("Pressuring X should be a focus") are not."""
    recs = extract_recommendations(
        [
            section(
                "Call to action",
                "Parents and guardians are urged to take all children to a vaccination post.",
                "Heads of schools should allow vaccination teams access to learners.",
                "We urge the Chancellor to fund the guarantee in the Budget.",
                "Pressuring the cartels should be a primary focus.",
                "For media queries, contact the Communications Unit at media@example.org.",
                "The ministry advises the public to take the following measures:",
            ),
            section(
                "Prevention",
                "1. The public should drink only boiled water.",
                "2. The public should wash hands with soap.",
            ),
        ]
    )
    assert [r.actor for r in recs] == [
        "Parents and guardians",
        "Heads of schools",
        "the Chancellor",
        "The public",
        "The public",
    ]


_LIST = section(
    "Recommendations",
    "The commission makes three recommendations:",
    "1. Create a national register of agency care workers.",
    "2. Fund 20 hours of dementia training for new staff.",
)


@pytest.mark.parametrize(
    ("sentence", "advice"),
    [
        # found in review: beside a list, rules, forecasts, calls to get in touch, the list
        # itself named or told again, and rhetoric are not advice
        ("Applicants must be 18 or over and live in the county.", False),
        ("Voters must decide by Nov. 4 whether to renew the levy.", False),
        ("The new rules should come into force next spring.", False),
        ("Councils should receive the money by March.", False),
        ("Anyone with information is urged to contact police on 101.", False),
        ("Readers are encouraged to submit questions for the panel by email.", False),
        ("The Government should implement these recommendations in full.", False),
        (
            "The report says the Government should create a national register of agency "
            "care workers.",
            False,
        ),
        ("No one should have to choose between heating and eating.", False),
        ("Investors should note that past performance is no guarantee of future results.", False),
        # advice all the same
        ("Heads of schools should allow vaccination teams access to learners.", True),
        ("Residents should come to the hearings and tell us where to cut.", True),
        ("The committee urged ministers to ring-fence 60% of the programme for social rent.", True),
        ("The panel also called on the federal government to share the cost of evacuations.", True),
        ("If you agree, call your state senator before Feb. 4.", True),
    ],
)
def test_what_counts_as_advice_beside_a_list(sentence, advice):
    recs = extract_recommendations([section("Story", sentence), _LIST])
    assert any(r.text.startswith(sentence[:30]) for r in recs) is advice


def test_a_numbered_list_across_addressee_subsections_names_each_item_s_actor():
    """Page 208: "Recommendations" with no text of its own, then "For Congress" 1-3 and "For
    States" 4-6: one list, each item's actor the subheading's addressee; ", so states can" and
    ", as 17 states already do" credit nobody."""
    recs = extract_recommendations(
        [
            section("Recommendations"),
            section(
                "For Congress",
                "1. Raise funding to $16 billion a year, so states can serve more families.",
                "2. Make the tax credit fully refundable.",
            ),
            section(
                "For States",
                "3. Set payment rates using cost models.",
                "4. Waive copayments for poor families, as 17 states already do.",
            ),
        ]
    )
    assert [(r.actor, r.reported_by) for r in recs] == [
        ("Congress", None),
        ("Congress", None),
        ("States", None),
        ("States", None),
    ]


def test_a_recommendations_heading_with_a_lead_in_covers_its_sentence_case_addressees():
    """Blind page 222: "We recommend the following." under the heading, then "For Congress"
    and "For states" (sentence case); "Reauthorize CCDBG" is a policy verb before an
    acronym."""
    recs = extract_recommendations(
        [
            section(
                "Recommendations",
                "Fixing child care will take action at both levels. We recommend the following.",
            ),
            section(
                "For Congress",
                "1. Raise funding to $16 billion a year.",
                "2. Reauthorize CCDBG with a permanent stabilization fund of $10 billion a year.",
            ),
            section(
                "For states",
                "3. Set payment rates using cost models.",
                "4. Limit family copayments to 7 percent of income.",
            ),
            section("For years", "5. Track the number of licensed slots."),
        ]
    )
    assert [r.actor for r in recs] == ["Congress", "Congress", "states", "states", None]
    # a heading whose text is no lead-in to lists covers no "For X" after it (review: a school
    # story's "Next steps" / "For students" tells what will happen)
    recs = extract_recommendations(
        [
            section("Next steps", "The board voted 5-2 to close the school in June."),
            section("For students", "Students will move to Riverside Elementary in the fall."),
        ]
    )
    assert [r.actor for r in recs if r.actor] == []


@pytest.mark.parametrize(
    ("sentence", "advice"),
    [
        ("Reauthorize CCDBG with a permanent fund.", True),
        # nouns as often as verbs: not advice words (review)
        ("Cap rates have widened since June.", False),
        ("Scrap metal prices fell 5% last month.", False),
        ("Audit reveals $2m overspend at the council.", False),
        ("Protect workers said to be at risk of heat stroke by requiring rest breaks.", True),
        ("Ensure students are safe on the way to school.", True),
        # the first word of a compound noun, then its subject's past verb: a report
        ("Cap rates rose in 2024.", False),
        ("Test results were released on Friday.", False),
        ("Restore Our Parks held its first meeting.", False),
    ],
)
def test_an_imperative_is_told_from_a_compound_subject(sentence, advice):
    assert (imperative(sentence) is not None) is advice


@pytest.mark.parametrize(
    ("sentence", "advice"),
    [
        # a norm said of no one (blind page 226, pages 140 and 184): no one to act on it
        ("Cholera is preventable and no one should be dying of it in 2025.", False),
        ("Nobody should spend a night on a trolley in a corridor.", False),
        ("None of us should accept this.", False),
        # a prohibition about a group is still asked of someone (page 216's annotator)
        ("No teacher should be sanctioned for taking part in the strike.", True),
        ("Councils should review their budgets.", True),
    ],
)
def test_a_norm_said_of_no_one_is_no_advice(sentence, advice):
    recs = extract_recommendations([section("Story", sentence)])
    assert bool(recs) is advice


def test_a_subheading_that_addresses_no_one_names_no_actor():
    recs = extract_recommendations(
        [
            section("Recommendations"),
            section("For the Government", "1. Introduce a legal maximum working temperature."),
            section("For the Longer Term", "2. Review building standards for new warehouses."),
        ]
    )
    assert [r.actor for r in recs] == ["Government", None]


def test_a_lead_ins_addressee_acts_in_its_items_and_a_named_request_beside_them_counts():
    """Blind page 248: items after "urged the county to:" are the county's to do; beside the
    list, "The groups also asked the Commission to audit …" is a request of its own (not
    "was asked to", nor "asked whether")."""
    recs = extract_recommendations(
        [
            section(
                "What civil society wants",
                "In a statement, the coalition welcomed the ruling and urged the county to:",
                "1. Hold fresh public forums in all 55 wards;",
                "2. Publish the amended budget at least 14 days before any vote.",
                "The groups also asked the Ethics Commission to audit how projects were awarded.",
                "The clerk was asked to explain the delay.",
                "Reporters asked whether the county would appeal.",
            )
        ]
    )
    assert [(r.actor, r.text[:12]) for r in recs] == [
        ("the county", "1. Hold fres"),
        ("the county", "2. Publish t"),
        ("the Ethics Commission", "The groups a"),
    ]

"""The date tagger's table: sentence -> dates found (wording, ISO), as dateparser's and CQE's
test tables do. The publication date is Thursday 21 November 2019 unless a row says otherwise."""

from __future__ import annotations

from datetime import date

import pytest
from brief.extract.dates import find_dates

PUBLISHED = date(2019, 11, 21)  # a Thursday

TABLE = [
    # a month after "from" is a date; "from May" may be a person, and a span of months is none
    ("Owners will get an update from December.", [("from December", "2019-12")]),
    ("It had a letter from May.", []),
    ("Sales rose from March through June.", []),
    # a participle's "scheduled to", a modal's "should": to come
    ("It won time, with observations scheduled to begin in June.", [("in June", "2020-06")]),
    ("Ministers should close the gap in February.", [("in February", "2020-02")]),
    ("Ministers should have closed the gap in February.", [("in February", "2019-02")]),
    # a name after "from" is a person's or a firm's; "May" with a capital is the month
    ("Police acted on a tip-off from June Lee, a neighbour.", []),
    # an absolute phrase with "to" tells what is to happen
    (
        "The union met on Monday, with a vote to be held on Friday.",
        [("on Monday", "2019-11-18"), ("on Friday", "2019-11-22")],
    ),
    # a short form in brackets breaks no clause: the "will" still schedules
    (
        "Shareholders will vote at a general meeting (EGM) on March 20.",
        [("on March 20", "2020-03-20")],
    ),
    ("The contract stipulated that the builder should finish in June.", [("in June", "2019-06")]),
    (
        "Sales in May fell 5% from April, the data showed.",
        [("in May", "2019-05"), ("from April", "2019-04")],
    ),
    # explicit dates, read as written
    ("It was founded on 7 March 2019.", [("on 7 March 2019", "2019-03-07")]),
    ("The law passed in mid-2020.", [("in mid-2020", "2020")]),
    ("Mid-November: the county mails notices.", [("Mid-November", "2019-11")]),
    # a conjunct of nouns shares the "will" before it; a proceeding someone faces is to come
    (
        "The council will confirm the venue and throw-in time on Monday.",
        [("on Monday", "2019-11-25")],
    ),
    (
        "He was cited for a high tackle and faces a disciplinary hearing on Monday.",
        [("on Monday", "2019-11-25")],
    ),
    # "Sunday week": the Sunday after the coming one (published Thursday 2019-11-21)
    ("The final is on Sunday week.", [("on Sunday week", "2019-12-01")]),
    ("They meet on Sunday week, December 1.", [("on Sunday week, December 1", "2019-12-01")]),
    # found in review: the date written after it says which; a named day is none
    (
        "It was adjourned to Thursday week, November 28.",
        [("Thursday week, November 28", "2019-11-28")],
    ),
    ("Sales rose throughout Black Friday week.", []),
    ("The bells will ring for the first time in six years.", []),
    ("The May 2019 arrest was the first.", [("May 2019", "2019-05")]),
    # fiscal years and year ranges: the first year
    ("In fiscal year 2019 encounters rose.", [("In fiscal year 2019", "2019")]),
    ("In FY2020 they fell.", [("In FY2020", "2020")]),
    ("The 2018-19 season ended early.", [("2018-19", "2018")]),
    ("Between 2015–2018 it grew.", [("2015–2018", "2015")]),
    ("The 2016 through 2019 models ran hot.", [("2016 through 2019", "2016")]),
    # two days of one event date by the first; a day or month with "last/next year" is that year's
    ("Hearings were held on 6 and 7 May 2019.", [("on 6 and 7 May 2019", "2019-05-06")]),
    ("The talks ran on Nov. 12 and 13, 2018.", [("on Nov. 12 and 13, 2018", "2018-11-12")]),
    ("Hearings will be held on 6 and 7 May.", [("on 6 and 7 May", "2020-05-06")]),
    ("The plant closed on 3 March last year.", [("on 3 March last year", "2018-03-03")]),
    ("It signed the law in July last year.", [("in July last year", "2018-07")]),
    ("In July last year's champion withdrew.", [("In July", "2019-07"), ("last year", "2018")]),
    ("A window opens Nov. 12 next year.", [("Nov. 12 next year", "2020-11-12")]),
    ("The vote was held on March 3 this year.", [("on March 3 this year", "2019-03-03")]),
    # a sentence all in the present neither reports nor schedules its day: the nearer one
    ("The summit on 3 December is the moment to act.", [("on 3 December", "2019-12-03")]),
    ("All eyes are on the talks in Geneva on 12 October.", [("on 12 October", "2019-10-12")]),
    (
        "The report, published on 3 December, says prices are high.",
        [("on 3 December", "2018-12-03")],
    ),
    # a span of days dates by its first; "From" opening a sentence leads a range as "from" does
    ("Week 45 (3–9 November 2019) was the worst.", [("3–9 November 2019", "2019-11-03")]),
    ("The talks ran Nov. 3-5, 2018, in Geneva.", [("Nov. 3-5, 2018", "2018-11-03")]),
    ("From 12 to 21 June the road was shut.", [("From 12 to 21 June", "2019-06-12")]),
    ("From 12 to 21 June 2018 the road was shut.", [("From 12 to 21 June 2018", "2018-06-12")]),
    # "that December": the month of the year last named; with none named, not read
    (
        "It arrives in July 2031 and passes Io that December.",
        [("in July 2031", "2031-07"), ("that December", "2031-12")],
    ),
    ("He said that March was the busiest month.", []),
    # dates without a year: past events take the latest on or before publication
    ("The company shelved its plans on September 30.", [("on September 30", "2019-09-30")]),
    ("Police said on Oct. 3 that two men fled.", [("on Oct. 3", "2019-10-03")]),
    ("He resigned on 2 December.", [("on 2 December", "2018-12-02")]),
    # a sentence that opens on its year dates the months after it; "the last year before" is
    # a year of a span, no date
    (
        "In 2016, the bill died when the session ended in April.",
        [("In 2016", "2016"), ("in April", "2016-04")],
    ),
    (
        "Last year, the bill died when the session ended on April 3.",
        [("Last year", "2018"), ("on April 3", "2018-04-03")],
    ),
    (
        "In 2016, it said it will list its shares in April.",
        [("In 2016", "2016"), ("in April", "2020-04")],
    ),
    ("It was the last year before the pandemic.", []),
    # a court's listing sets a day to come
    (
        "The court granted bail and posted the case for final hearing on December 9.",
        [("on December 9", "2019-12-09")],
    ),
    # what someone is ordered to do is to come
    (
        "He stays free until he reports to prison, which she ordered him to do on Jan. 9.",
        [("on Jan. 9", "2020-01-09")],
    ),
    (
        "In March he was ordered to pay, which he did on Jan. 9.",
        [("In March", "2019-03"), ("on Jan. 9", "2019-01-09")],
    ),
    # a possibility is to come ("could fall in April"); "could have" is past
    ("The minister said prices could fall in December.", [("in December", "2019-12")]),
    ("He could have died in December.", [("in December", "2018-12")]),
    # "of that year" is the year the text last named; with none named, the date is not read
    (
        "The hills last burned in 2008, when a fire, sparked on Aug. 9 of that year, spread.",
        [("in 2008", "2008"), ("on Aug. 9", "2008-08-09")],
    ),
    (
        "The mill opened in 1921 and was sold in May of that year.",
        [("in 1921", "1921"), ("in May", "1921-05")],
    ),
    ("The plant was sold in May of that year.", []),
    (
        "She was elected in 2016 and took office on Jan. 3 of the following year.",
        [("in 2016", "2016"), ("on Jan. 3", "2017-01-03")],
    ),
    # an end with its time of day: "until 8 p.m. Wednesday" is the span's end (lead "until")
    ("The warning will run until 8 p.m. Wednesday.", [("until 8 p.m. Wednesday", "2019-11-27")]),
    # a long scheduling clause, a name with "and" in it, a participle ("hosted by") inside it
    (
        "She will present it at the Conference on Activity and Ageing in Lisbon on Sept. 23.",
        [("on Sept. 23", "2020-09-23")],
    ),
    # a past participle's date in a long sentence that schedules something else is past; a
    # "will" far back governs a date with no past form between
    (
        "She will present the findings at the Conference on Physical Activity and Ageing in "
        "Lisbon on Sept. 23.",
        [("on Sept. 23", "2020-09-23")],
    ),
    (
        "The utility will refund customers in the three counties for the long blackout caused "
        "by the ice storm across the region on Monday.",
        [("on Monday", "2019-11-18")],
    ),
    # scheduled ones the next on or after it
    ("The vote is scheduled for Dec. 12.", [("Dec. 12", "2019-12-12")]),
    ("The court will rule on Jan. 8.", [("on Jan. 8", "2020-01-08")]),
    # a plan without "will" lies either side of publication: the nearer day
    ("He canceled an increase planned for Oct. 15.", [("Oct. 15", "2019-10-15")]),
    ("They had planned to impose it Dec. 15.", [("Dec. 15", "2019-12-15")]),
    # the tense of a clause a coordinated verb shares ("will open … and close on"), not of
    # a break with nothing after it; a timetable word that is a noun ("Housing starts fell")
    (
        "Entries will open next Monday and close on Dec. 7.",
        [("next Monday", "2019-11-25"), ("on Dec. 7", "2019-12-07")],
    ),
    (
        "He was arrested in May and charged on Oct. 3.",
        [("in May", "2019-05"), ("on Oct. 3", "2019-10-03")],
    ),
    ("Housing starts fell 4.2% in October.", [("in October", "2019-10")]),
    # a weekday naming the date after it is one mention, dated by the date
    (
        "The mayor will present it on Wednesday, 4 December.",
        [("on Wednesday, 4 December", "2019-12-04")],
    ),
    # found in a second probe: a day still to come after a setting, a present plan, a future
    # in the past, an obligation or a postponement
    ("The judge set sentencing for Dec. 12.", [("Dec. 12", "2019-12-12")]),
    ("The wage is set to rise on Oct. 1.", [("on Oct. 1", "2020-10-01")]),
    ("Markets expect a further cut on Oct. 30.", [("on Oct. 30", "2020-10-30")]),
    # a future in the past may be past by publication: the nearer day
    ("The council said it would hold a vote on 14 November.", [("on 14 November", "2019-11-14")]),
    ("The council said it would hold a vote on 2 December.", [("on 2 December", "2019-12-02")]),
    ("Lenders must file their accounts by March 31.", [("by March 31", "2020-03-31")]),
    ("The judge adjourned the case until 3 February.", [("until 3 February", "2020-02-03")]),
    ("The regulator should have acted on Oct. 3.", [("on Oct. 3", "2019-10-03")]),
    # found in a review: narration with "set", "fixed", "would"; a scheduled day that has
    # passed; a later clause's own past; a possessive's "last night"
    ("Rioters set fire to cars on Monday.", [("on Monday", "2019-11-18")]),
    ("The leak was fixed on Tuesday.", [("on Tuesday", "2019-11-19")]),
    (
        "He joined in January and would leave in March.",
        [("in January", "2019-01"), ("in March", "2019-03")],
    ),
    ("The vote, scheduled for Nov. 8, drew a record turnout.", [("Nov. 8", "2019-11-08")]),
    (
        "Investigators will review the footage and police arrested two men on Tuesday.",
        [("on Tuesday", "2019-11-19")],
    ),
    ("He spent his last night in Paris at a hotel.", []),
    # a fixture: a team's name, a base verb, its opponent (found on a blind synthetic page)
    ("Rovers travel to Dunmore on Saturday.", [("on Saturday", "2019-11-23")]),
    ("Saltmere host Kilbride on Wednesday.", [("on Wednesday", "2019-11-27")]),
    ("Leeds plays Arsenal on Saturday.", [("on Saturday", "2019-11-23")]),
    ("Smith plays golf on Saturday.", [("on Saturday", "2019-11-16")]),  # no opponent named
    ("The children play outside on Saturday.", [("on Saturday", "2019-11-16")]),
    # a year's digits in a phone number
    ("Call Crime Stoppers on 1800 333 000.", []),
    # "last night" is the evening before publication; "this morning" its day
    ("The minister resigned last night.", [("last night", "2019-11-20")]),
    ("Police said this morning that two men fled.", [("this morning", "2019-11-21")]),
    ("He played on the last night of the tour.", []),
    # weekdays, by tense and modifier
    ("WeWork confirmed on Monday it was contacted.", [("on Monday", "2019-11-18")]),
    ("The officers were charged Thursday.", [("Thursday", "2019-11-21")]),
    ("An all-company meeting is set for Friday.", [("Friday", "2019-11-22")]),
    ("It will reopen next Monday.", [("next Monday", "2019-11-25")]),
    ("They met last Thursday.", [("last Thursday", "2019-11-14")]),
    ("The office closes on Mondays.", []),
    # relative to the publication date
    ("Yesterday the council voted.", [("Yesterday", "2019-11-20")]),
    ("Last month SoftBank agreed a rescue.", [("Last month", "2019-10")]),
    ("Neumann had resigned as CEO the previous week.", []),  # anaphoric: the story's week
    ("Prices fell over the past week.", [("past week", "2019-11")]),
    ("Job cuts will be announced later this week.", [("later this week", "2019-11")]),
    ("Earlier this year prices fell.", [("Earlier this year", "2019")]),
    ("The settlement last year barred it.", [("last year", "2018")]),
    ("He was arrested three days ago.", [("three days ago", "2019-11-18")]),
    ("The plant closed two years ago.", [("two years ago", "2017")]),
    ("A decade ago, the city banned plastic bags.", [("A decade ago", "2009")]),
    # "in N days" from publication, only where the clause schedules: else it is how long
    ("The teams will meet again in three days.", [("in three days", "2019-11-24")]),
    ("The vote will take place in two weeks.", [("in two weeks", "2019-12")]),
    ("The store is set to open in about a month.", [("in about a month", "2019-12")]),
    ("Lawmakers will decide in 10 days' time.", [("in 10 days' time", "2019-12-01")]),
    ("He built the house in three days.", []),
    # fixed holidays, by their year or by tense; "Christmas" alone only after "on", "over" …
    ("The telescope launched on Christmas Day 2021.", [("on Christmas Day 2021", "2021-12-25")]),
    ("The Lakers lost to the Celtics on Christmas night.", [("on Christmas night", "2018-12-25")]),
    ("The store will reopen on New Year's Day.", [("on New Year's Day", "2020-01-01")]),
    ("The Christmas shopping season began early.", []),
    # names joined by "and" are no clause: the schedule's "will" still governs the month
    ("The airline will fly between Denver and Reykjavik in May.", [("in May", "2020-05")]),
    ("Ministers will meet, and Smith resigned in May.", [("in May", "2019-05")]),
    # a future in the past: its verb of saying may stand further back than the clause
    (
        "Aramco said on Tuesday it would raise its crude supply to a record high in April.",
        [("on Tuesday", "2019-11-19"), ("in April", "2020-04")],
    ),
    # a range of months: its first month, in the year written after the last; a fiscal range
    (
        "The survey ran in September and October 2019.",
        [("in September and October 2019", "2019-09")],
    ),
    (
        "Spending in fiscal years 2016 through 2018 rose.",
        [("in fiscal years 2016 through 2018", "2016")],
    ),
    # a range of months across a new year; holidays that name a thing; a fiscal quarter
    (
        "The survey ran from December to February 2019.",
        [("from December to February 2019", "2018-12")],
    ),
    ("Tariffs on Christmas trees rose.", []),
    ("Sales fell in its fiscal fourth quarter of 2018.", [("2018", "2018")]),
    # quarters and halves date to their first month
    (
        "A migration in the third quarter of 2018 failed.",
        [("in the third quarter of 2018", "2018-07")],
    ),
    ("Revenue rose in Q3 2018.", [("in Q3 2018", "2018-07")]),
    ("Sales fell in the second half of 2018.", [("in the second half of 2018", "2018-07")]),
    # a date in the subject takes the tense of the verb after its noun phrase
    ("The Dec. 3 meeting begins at 6 p.m.", [("Dec. 3", "2019-12-03")]),
    # "on Thursday next week": that week's day; a noun conjunct after "and" leaves the
    # clause's "would" governing the date
    (
        "The union will hold a rally on Thursday next week.",
        [("on Thursday next week", "2019-11-28")],
    ),
    ("The board met on Friday last week.", [("on Friday last week", "2019-11-15")]),
    # a part of a month is that month; an adjective after "all" is no past verb before the day
    ("The first wave came in the last week of May.", [("in the last week of May", "2019-05")]),
    (
        "He will chair a meeting with the heads of all affected districts by video on Tuesday.",
        [("on Tuesday", "2019-11-26")],
    ),
    (
        "She said the firm would publish results and new targets on 4 March.",
        [("on 4 March", "2020-03-04")],
    ),
    # page 210: an object and where it is taken up after "and" have no verb of their own
    (
        "The board will discuss the report and its plan at its meeting in public on 26 June.",
        [("on 26 June", "2020-06-26")],
    ),
    (
        "The board will meet and the mayor resigned at a meeting on 26 June.",
        [("on 26 June", "2019-06-26")],
    ),
    # page 207: a range's end states the year once for both days (the one before when the
    # first day falls later in the year)
    (
        "The judge moved the trial from 2 February to 27 March next year.",
        [("from 2 February", "2020-02-02"), ("27 March next year", "2020-03-27")],
    ),
    (
        "The festival runs from Dec. 20 to Jan. 5, 2021.",
        [("from Dec. 20", "2020-12-20"), ("Jan. 5, 2021", "2021-01-05")],
    ),
    # page 211: "ahead of" an event after a comma is no clause; the schedule's tense governs it
    (
        "The firm will mail its circular in January, ahead of a special meeting on May 14.",
        [("in January", "2020-01"), ("on May 14", "2020-05-14")],
    ),
    # what is prepared for has not happened yet, whatever the clause before tells (review)
    (
        "Shares rose in October, ahead of a special meeting on May 14.",
        [("in October", "2019-10"), ("on May 14", "2020-05-14")],
    ),
    (
        "Oil prices rose on Monday, ahead of an OPEC+ meeting on Sunday.",
        [("on Monday", "2019-11-18"), ("on Sunday", "2019-11-24")],
    ),
    # a date that opens its sentence takes the tense of the main clause after its comma
    # (blind page 222), unless a past verb comes before the cue
    ("On Friday, the council will vote on the plan.", [("On Friday", "2019-11-22")]),
    ("In December, the council will vote on the plan.", [("In December", "2019-12")]),
    ("In December, the council voted on the plan.", [("In December", "2018-12")]),
    ("Beginning March 1, the state will drop income limits.", [("March 1", "2020-03-01")]),
    ("On Friday, officials said they will appeal.", [("On Friday", "2019-11-15")]),
    ("The mayor spoke. On Friday, the council will vote.", [("On Friday", "2019-11-22")]),
    ("On Thursday, the Fed is expected to hold rates.", [("On Thursday", "2019-11-21")]),
    # review: a modal that reports, a past verb or an inner clause before the cue, a past
    # copula, a plan as a noun: the day is past
    ("On Monday, officials could not be reached for comment.", [("On Monday", "2019-11-18")]),
    (
        "On Friday, oil prices rose on hopes that OPEC will curb output.",
        [("On Friday", "2019-11-15")],
    ),
    ("In March, the vote was expected to pass easily, but it failed.", [("In March", "2019-03")]),
    ("In June, the city's plans to build a stadium were approved.", [("In June", "2019-06")]),
    ("In July, a new law that will cap rents was signed.", [("In July", "2019-07")]),
    ("On Monday, the next phase of the trial began.", [("On Monday", "2019-11-18")]),
    # people of a named body after "and" are no clause of their own (blind page 221)
    (
        "Roe will meet tenants and representatives of the Property Owners' Association on Friday.",
        [("on Friday", "2019-11-22")],
    ),
    (
        "Police arrested two men and members of the Red Brigade on Friday.",
        [("on Friday", "2019-11-15")],
    ),
    (
        "Ministers will meet next month and leaders of the European Union on Friday agreed a deal.",
        [("next month", "2019-12"), ("on Friday", "2019-11-15")],
    ),
    (
        "The bank will publish its results next month and its shares hit new lows on Friday.",
        [("next month", "2019-12"), ("on Friday", "2019-11-15")],
    ),
    # pages 229-235: a weekday with its date in brackets is one date; a place's region between
    # commas is no clause; a day a court "fixed" is to come; an event's day fronted ("After the
    # board's approval on Nov 28,") takes the main clause's tense, an adjective in -ed no past
    (
        "Marcos is scheduled to visit centers in Ilagan City, Isabela, on Friday (Nov. 22).",
        [("on Friday (Nov. 22)", "2019-11-22")],
    ),
    ("Police arrested two men in Ilagan City, Isabela, on Friday.", [("on Friday", "2019-11-15")]),
    ("A Federal High Court has fixed February 3 for hearing.", [("February 3", "2020-02-03")]),
    (
        "After the board's approval on Dec 2, the revised estimate will go to the cabinet.",
        [("on Dec 2", "2019-12-02")],
    ),
    (
        "After the board's approval on Nov 2, the estimate went to the cabinet.",
        [("on Nov 2", "2019-11-02")],
    ),
    # a date in a subject that is only a noun phrase so far takes the tense of the verb after
    # it; a day someone sets is to come
    ("The Spending Review on 11 December will set budgets.", [("on 11 December", "2019-12-11")]),
    ("The judge set a Nov. 25 hearing on the request.", [("Nov. 25", "2019-11-25")]),
    ("The judge held a Nov. 18 hearing on the request.", [("Nov. 18", "2019-11-18")]),
    ("The Nov. 18 hearing was adjourned.", [("Nov. 18", "2019-11-18")]),
    # "scheduled a hearing for": a schedule set, the day to come
    ("The committee has scheduled a hearing for Dec. 4.", [("Dec. 4", "2019-12-04")]),
    # "before the committee" is a preposition: the schedule's "will" still governs the day
    ("She will testify before the committee on March 3.", [("on March 3", "2020-03-03")]),
    ("It will go before voters on the Nov. 3 ballot.", [("Nov. 3", "2020-11-03")]),
    # a participle's phrase between commas is an aside: "will" still governs the date
    (
        "The council will publish its next report, covering the first half of the year, in April.",
        [("in April", "2020-04")],
    ),
    # a figure's comparison and a verbless phrase after it leave the plan to govern the day
    (
        "Acme plans to propose a dividend of 1.10 euros for 2019, up from 0.68 euros for 2018,"
        " at its annual general meeting on May 21.",
        [("2019", "2019"), ("2018", "2018"), ("on May 21", "2020-05-21")],
    ),
    # nouns after "and" are no clause: "will" still governs the day
    (
        "The board will adopt its budget and tax rate at a meeting Monday.",
        [("Monday", "2019-11-25")],
    ),
    # a verbless "with" phrase takes the tense of the clause it hangs on
    (
        "A first vote is set for the council's March 2 meeting, with the final vote March 16.",
        [("March 2", "2020-03-02"), ("March 16", "2020-03-16")],
    ),
    # a plural's timetable in the present; not a past participle nor a name
    ("The Black Caps start the second Test on Thursday.", [("on Thursday", "2019-11-21")]),
    ("The line was thrown open to commuters on October 7.", [("on October 7", "2019-10-07")]),
    ("She was knocked out of the Melbourne Open on Sunday.", [("on Sunday", "2019-11-17")]),
    # an election day told in the present is to come
    ("Electors go to the polls on Friday.", [("on Friday", "2019-11-22")]),
    # days said relative to today, British style
    (
        "The terminal reopened the day before yesterday.",
        [("the day before yesterday", "2019-11-19")],
    ),
    ("Voters go to the polls a week today.", [("a week today", "2019-11-28")]),
    (
        "It is a week today since the floods swept through the town.",
        [("a week today", "2019-11-14")],
    ),
    # a past event inside an appeal, a noun "open", a past thing in a verbless phrase
    (
        "Police are urging witnesses to come forward after the stabbing on Saturday.",
        [("on Saturday", "2019-11-16")],
    ),
    (
        "In an open letter on Monday, 200 economists warned of a slump.",
        [("on Monday", "2019-11-18")],
    ),
    ("After a slow start on Saturday, the Reds lost 2-1.", [("on Saturday", "2019-11-16")]),
    (
        "The Bank will announce its next decision on Nov. 26, with the last cut in August.",
        [("on Nov. 26", "2019-11-26"), ("in August", "2019-08")],
    ),
    ("Workers will be paid in two weeks.", [("in two weeks", "2019-12")]),
    # a date in figures: dots are day first; slashes only when a day over 12 tells the order
    (
        "In an order dated 28.08.2019, the court directed the MCD to act.",
        [("28.08.2019", "2019-08-28")],
    ),
    ("The notice dated 15/11/2019 was withdrawn.", [("15/11/2019", "2019-11-15")]),
    ("The notice dated 11/15/2019 was withdrawn.", [("11/15/2019", "2019-11-15")]),
    ("The notice dated 04/05/2019 was withdrawn.", []),
    ("Version 1.2.2019 was released.", []),
    # a loan's term is how long, not when
    ("The bank will offer loans of up to $5,000, payable in three years.", []),
    # an appeal said now asks for what is to come
    (
        "We urge the Chancellor to use the Spring Statement on 3 March.",
        [("on 3 March", "2020-03-03")],
    ),
    # a name's own "on" ("the committee on public accounts") is still the preposition's object
    (
        "She is scheduled to appear before the legislature's standing committee on public"
        " accounts on March 3.",
        [("on March 3", "2020-03-03")],
    ),
    ("We will make that decision on 19 March.", [("on 19 March", "2020-03-19")]),
    # a body's sitting in the present is its timetable; "did not resume" tells a past
    ("They hope to pass it before Congress adjourns on Oct. 11.", [("on Oct. 11", "2020-10-11")]),
    ("When sessions resume on Nov. 10, she will sponsor it.", [("on Nov. 10", "2020-11-10")]),
    ("Talks did not resume until June 3.", [("until June 3", "2019-06-03")]),
    # found in review: a plan told past, a clause after "that" or "after" with its own subject
    ("The trial was scheduled to begin on Oct. 6 but was delayed.", [("on Oct. 6", "2019-10-06")]),
    (
        "The court will hear that officers on 3 October ignored it.",
        [("on 3 October", "2019-10-03")],
    ),
    (
        "He will be sentenced after prosecutors on Oct. 2 dropped a charge.",
        [("on Oct. 2", "2019-10-02")],
    ),
    ("He said that prices fell on 19 March.", [("on 19 March", "2019-03-19")]),
    ("He will speak, before the polls closed on Feb. 3.", [("on Feb. 3", "2019-02-03")]),
    ("Most patients recover in two weeks.", []),
    ("The work will be done in two weeks of shifts.", []),
    # the weekend and the last few days: the month (the text names no day)
    ("Over the weekend, the mayor assailed critics.", [("Over the weekend", "2019-11")]),
    ("The talks resume next weekend.", [("next weekend", "2019-11")]),
    ("He spoke out in recent days.", [("in recent days", "2019-11")]),
    # a timetable in the present, or a planned date, is scheduled
    ("Lawmakers meet ahead of the session that starts on Jan. 8.", [("on Jan. 8", "2020-01-08")]),
    ("It cancelled a scheduled Dec. 15 increase.", [("Dec. 15", "2019-12-15")]),
    ("Come November 29, buyers will get their consoles.", [("November 29", "2019-11-29")]),
    # "today" and "tomorrow" as nouns are no dates
    ("This is where tomorrow is realized.", []),
    ("The children of today read less.", []),
    ("Today's vote was close.", []),
    # a month alone needs a lead-in; by tense
    ("The rally took place in March.", [("in March", "2019-03")]),
    ("The summit will take place in March.", [("in March", "2020-03")]),
    ("Sales peaked last December.", [("last December", "2018-12")]),
    ("It launched a new model as recently as May of this year.", [("May of this year", "2019-05")]),
    ("Executives met at October’s conference.", [("October", "2019-10")]),
    # not dates
    ("Shares may rise, Theresa May said.", []),
    ("Theresa May’s government fell.", []),
    ("MPs rejected May’s deal for a third time.", []),
    # found in review: a date of its own clause, "for tomorrow", a present that is no timetable
    ("Ahead of Tuesday’s vote, MPs met privately.", [("Tuesday", "2019-11-19")]),
    ("The vote is scheduled for tomorrow.", [("tomorrow", "2019-11-22")]),
    ("The strike ends in March, the union said.", [("in March", "2019-03")]),
    # the simple present of a timetable schedules; the same word as a noun does not
    ("Lowe’s reports earnings Wednesday.", [("Wednesday", "2019-11-27")]),
    ("The reports on Monday said little.", [("on Monday", "2019-11-18")]),
    ("He faces trial on Dec. 3.", [("on Dec. 3", "2019-12-03")]),
    # a month's part, and recent weeks and months (only their year is sure)
    ("He discussed it at the end of August.", [("the end of August", "2019-08")]),
    ("In recent months, we’ve seen a new phone.", [("In recent months", "2019")]),
    ("Over the past few weeks prices fell.", [("Over the past few weeks", "2019")]),
    # a present copula right before a date states a schedule
    ("Stadia's launch day is Tuesday.", [("Tuesday", "2019-11-26")]),
    # seasons date to their first month (GUIDE.md); "the fall of" is no season
    ("The exam was taken last spring.", [("last spring", "2019-03")]),
    ("The council will vote next summer.", [("next summer", "2020-06")]),
    ("The law passed in the spring of 2018.", [("in the spring of 2018", "2018-03")]),
    (
        "The mine has been closed since the spring of 2017.",
        [("since the spring of 2017", "2017-03")],
    ),
    ("The company will launch the phone in the spring.", [("in the spring", "2020-03")]),
    ("The late fall in prices hurt farmers.", []),
    ("Sales rose in spring 2018.", [("in spring 2018", "2018-03")]),
    ("The fall of the Berlin Wall changed everything.", []),
    ("The firm has operated since at least 1998.", [("since at least 1998", "1998")]),
    # a month alone after a determiner names an event's month; not a period's figures
    ("He witnessed a key September conversation in Warsaw.", [("September", "2019-09")]),
    ("Four candidates haven’t yet qualified for the December debate.", [("December", "2019-12")]),
    ("The September quarter earnings were strong.", []),
    ("Theresa May said no.", []),
    ("It rose 1.7 million, 33,341 and the 1990s saw more.", []),
    ("Route 66 and the S&P 500 and COVID-19.", []),
]


@pytest.mark.parametrize(("sentence", "expected"), TABLE, ids=[row[0][:40] for row in TABLE])
def test_date_tagger(sentence, expected):
    found = [(d.text, d.iso) for d in find_dates(sentence, PUBLISHED)]
    assert found == expected


@pytest.mark.parametrize(
    "sentence", ["It rose on Monday.", "Last month it fell.", "On Oct. 3 it opened.", "in March"]
)
def test_without_a_publication_date_relative_dates_are_left_undated(sentence):
    assert find_dates(sentence) == []


def test_nothing_depends_on_today():
    """The same sentence and publication date give the same dates whatever the clock says."""
    a = find_dates("It closed last Friday.", date(2001, 1, 1))
    b = find_dates("It closed last Friday.", date(2001, 1, 1))
    assert [d.iso for d in a] == [d.iso for d in b] == ["2000-12-29"]


ANCHOR = "2019-10-03"  # the story's last dated event, a Thursday

ANAPHORIC = [
    ("A night later, the team finished the sweep.", [("A night later", "2019-10-04")]),
    ("The firm filed an appeal a week later.", [("a week later", "2019-10-10")]),
    ("The next day, he was released.", [("The next day", "2019-10-04")]),
    ("Hours later, the mayor resigned.", [("Hours later", "2019-10-03")]),
    ("That same afternoon, a tanker crew was overrun.", [("That same afternoon", "2019-10-03")]),
    ("He had been arrested a day earlier.", [("a day earlier", "2019-10-02")]),
    ("Two days later, the council met.", [("Two days later", "2019-10-05")]),
    ("Later that night the crowd left.", [("Later that night", "2019-10-03")]),
    ("She slammed the day’s testimony.", [("the day’s", "2019-10-03")]),
    ("Neumann had resigned the previous week.", [("the previous week", "2019-09")]),
    # relative to another event, or to publication, not to the story's last date
    ("It happened the day before the vote.", []),
    ("The day before Christmas he came.", []),
    ("It made up a quarter of the day’s calories.", []),
    ("He was released 36 hours later.", []),
    ("Twenty-two days later he died.", []),
    ("It will announce its decision over the next week.", [("next week", "2019-11")]),
    ("The firm will report next week.", [("next week", "2019-11")]),
    ("Shares fell in the past week.", [("past week", "2019-11")]),
    # "a day after <clause>" counts from the story's day when its clause is told in the past;
    # not after a present or a future, nor when it opens its clause
    ("The vote came a day after the judge denied the injunction.", [("a day after", "2019-10-02")]),
    ("The law takes effect 90 days after the governor signs it.", []),
    ("Two days after the shooting, the suspect surrendered.", []),
    ("He had moved away, and two days after the funeral he left again.", []),
    ("They checked on him in the hours before he died.", []),
]


def test_a_day_named_earlier_in_the_same_sentence_anchors_what_follows():
    """ "filed on Jan. 16 and a petition two days later", "resigned on Friday, a day after the
    paper published …": the day named just before counts, not the story's last date."""
    text = "The firm filed on Jan. 16 and a petition two days later."
    assert [(d.text, d.iso) for d in find_dates(text, PUBLISHED, ANCHOR)] == [
        ("on Jan. 16", "2019-01-16"),
        ("two days later", "2019-01-18"),
    ]
    text = "The minister resigned on Friday, a day after the paper published the messages."
    assert [(d.text, d.iso) for d in find_dates(text, PUBLISHED)] == [
        ("on Friday", "2019-11-15"),
        ("a day after", "2019-11-14"),
    ]


@pytest.mark.parametrize(("sentence", "expected"), ANAPHORIC, ids=[r[0][:40] for r in ANAPHORIC])
def test_dates_relative_to_the_story_resolve_against_its_last_date(sentence, expected):
    """ "the next day", "hours later", "the previous week" count from the story's last dated
    event (the anchor cases pass), never from publication; without an anchor they stay undated."""
    assert [(d.text, d.iso) for d in find_dates(sentence, PUBLISHED, ANCHOR)] == expected
    if expected and expected[0][0] not in ("next week", "past week"):  # publication's
        assert find_dates(sentence, PUBLISHED) == []


def test_months_and_years_counted_from_a_day_named_before_are_as_precise_as_the_count():
    """ "on Sunday, three years after the militants seized the city": a count of months names a
    month, of years a year; not from the story's day alone, and not when the clause after
    "after" dates itself."""
    cases = [
        ("He arrived on Sunday, three years after the militants seized the city.", "2016"),
        (
            "It was issued on July 15, three months after a blade failure forced a landing.",
            "2019-04",
        ),
        ("He won Sunday's runoff after a first round two weeks earlier.", "2019-11-03"),
        ("Crews contained it on Friday, nine days after lightning ignited it.", "2019-11-06"),
    ]
    for text, counted in cases:
        assert [d.iso for d in find_dates(text, PUBLISHED)][-1] == counted, text
    assert [
        d.iso for d in find_dates("He was freed five years after the verdict.", PUBLISHED)
    ] == []
    text = "It ruled on Monday, four years after farmers filed suit in the summer of 2015."
    assert [d.text for d in find_dates(text, PUBLISHED)] == ["on Monday", "in the summer of 2015"]


def test_last_quarter_is_the_calendar_quarter_before_publication_as_its_first_month():
    found = find_dates("It cut prices last quarter and expects growth next quarter.", PUBLISHED)
    assert [(d.text, d.iso) for d in found] == [
        ("last quarter", "2019-07"),
        ("next quarter", "2020-01"),
    ]


def test_a_weekday_given_with_a_date_fixes_its_year():
    """ "on Thursday, June 13": of the years around publication, the one whose June 13 is a
    Thursday, whatever the tense says; a weekday that fits none leaves the tense to decide."""
    found = find_dates("They met on Thursday, June 13.", date(2024, 5, 22))
    assert [d.iso for d in found] == ["2024-06-13"]
    found = find_dates("They will meet on Thursday, May 2.", date(2024, 5, 22))
    assert [d.iso for d in found] == ["2024-05-02"]
    found = find_dates("They met on Friday, June 13.", date(2024, 5, 22))
    assert [d.iso for d in found] == ["2023-06-13"]  # the next such Friday is a year away
    found = find_dates("The trial is now set to begin on September 14.", date(2020, 8, 17))
    assert [d.iso for d in found] == ["2020-09-14"]


def test_at_the_time_takes_the_story_date_as_precise_as_it_is():
    """ "at the time" is the story's last date, at its own precision; days counted from a
    month ("In March …; the next day") name no day, and "at the time of the call" is the call's."""
    assert [
        (d.text, d.iso) for d in find_dates("At the time she objected.", PUBLISHED, "2019")
    ] == [("At the time", "2019")]
    assert find_dates("The next day, he left.", PUBLISHED, "2019-03") == []
    assert (
        find_dates("I feared at the time of the call that it would leak.", PUBLISHED, "2019") == []
    )

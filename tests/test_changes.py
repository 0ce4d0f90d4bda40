"""The change tagger's table: a sentence, one of its numbers → level (None) or the kind of change.

Through the figure extractor, so each row is what `brief.json` says of the figure."""

from __future__ import annotations

import pytest
from brief.extract.figures import extract_figures
from brief.model import Paragraph

ROWS = [
    # verbs of motion before the number: a change; "to" or "from" before it: a level
    ("Exports fell 3.2% to $1.2 billion in October.", "3.2%", "decrease"),
    ("Exports fell 3.2% to $1.2 billion in October.", "$1.2 billion", None),
    ("Homicide rates increased by 80 percent between 2015 and 2018.", "80 percent", "increase"),
    ("The jobless rate fell 0.4 percentage points to 3.6%.", "0.4 percentage points", "decrease"),
    ("The jobless rate fell 0.4 percentage points to 3.6%.", "3.6%", None),
    ("Single-core scores increased from 1061 to 1128.", "1128", None),
    ("Sales declined by $40 million from a year earlier.", "$40 million", "decrease"),
    ("The plan reduced costs by 12% in its first year.", "12%", "decrease"),
    ("The carrier will expand its fleet by 30 percent.", "30 percent", "increase"),
    ("The agency expanded by five the pool of eligible bidders.", "five", "increase"),
    # a count is what was won, lost or dropped, unless "by" makes it the size of the change
    ("The team dropped three straight games in October.", "three", None),
    ("The union lost 5% of its members.", "5%", "decrease"),
    ("The party lost five seats in the election.", "five", None),
    ("The firm cut 500 jobs across its plants.", "500", None),
    # a currency's moves; a comparative against this year's or an earlier year's amount
    ("The naira weakened by N13.45 against the dollar.", "N13.45", "decrease"),
    ("The rupee appreciated by 1.2% last week.", "1.2%", "increase"),
    ("It is 7.4 percent bigger than this year's budget.", "7.4 percent", "increase"),
    ("DepEd's share is 6.3 percent higher than its 2025 budget.", "6.3 percent", "increase"),
    ("Rents are 15% higher than in the suburbs.", "15%", "difference"),
    ("Costs are 25% higher than the 2030 target.", "25%", "difference"),
    # market adverbs
    ("Shares closed at $185.25 on Tuesday, up 0.35%.", "0.35%", "increase"),
    ("Shares closed at $185.25 on Tuesday, up 0.35%.", "$185.25", None),
    ("The stock is off too, down 1.8%.", "1.8%", "decrease"),
    ("Home Depot shares are up about 40% year to date.", "40%", "increase"),
    ("The two sides made up 65 percent of the vote.", "65 percent", None),
    # motion nouns and "off"
    ("The company reported a 30% increase in revenue.", "30%", "increase"),
    ("Workers won a 5 percent annual pay rise.", "5 percent", "increase"),
    ("You can get nearly $600 off the original price.", "$600", "decrease"),
    ("The council approved three cuts to the library budget.", "three", None),
    # differences between two things
    ("Prices are 15% higher than they were last year.", "15%", "difference"),
    ("The battery lasts one hour more than the old model.", "one hour", "difference"),
    ("He averages nearly four more assists than his career average.", "four", "difference"),
    ("One study in 24 older adults found that water helped.", "24", None),
    ("The new model is three times faster than the old one.", "three times", None),
    # found in a second probe: motion nouns with "of", more motion nouns, a loss of weight,
    # a list after one verb, an adverb after a noun, "more likely"
    ("Admissions fell, a drop of almost 40% from the record.", "40%", "decrease"),
    ("Shares suffered a 37% slide.", "37%", "decrease"),
    ("Unemployment saw a rise of 3.5 percentage points.", "3.5 percentage points", "increase"),
    ("The economy posted growth of 0.2%.", "0.2%", "increase"),
    ("There was a difference of 70 percent between them.", "70 percent", "difference"),
    ("Participants lost an average of 15.2 kg.", "15.2 kg", "decrease"),
    ("The firm lost $40 million last year.", "$40 million", None),
    ("Exports to China and the US rose 4% and 7%, respectively.", "7%", "increase"),
    ("Services prices were up 4.2% and energy down 3%.", "3%", "decrease"),
    ("Smokers were 41% more likely to die.", "41%", "difference"),
    # one thing at two times is a change, its direction the comparative's
    (
        "Waiting lists stood at 583,400, some 12,000 fewer than a year earlier.",
        "12,000",
        "decrease",
    ),
    ("The airline carried 14.2 million passengers, 9% more than in 2024.", "9%", "increase"),
    ("Prices in towns are 15% higher than in cities.", "15%", "difference"),
    # a change's reckoning between the number and its noun
    ("The firm posted a 12% year-on-year rise in revenue.", "12%", "increase"),
    (
        "The bank reported an 18.4 per cent year-on-year (YoY) rise in net profit.",
        "18.4 per cent",
        "increase",
    ),
    # the amount of cuts or increases named after it, not a share of one (page 205)
    ("They unwound a 2.2 million bpd layer of voluntary cuts.", "2.2 million bpd", "decrease"),
    ("Congress passed $40 billion of tax cuts.", "$40 billion", "decrease"),
    ("The levy is charged at 70 percent of such gains.", "70 percent", None),
    ("About 30% of the increase came from rents.", "30%", None),
    # verbs that are numbers
    ("The measure halved accidental damage claims by 2009.", "halved", "decrease"),
    ("Ticket sales doubled last year.", "doubled", "increase"),
]


@pytest.mark.parametrize(("sentence", "display", "change"), ROWS)
def test_change_of_a_figure(sentence: str, display: str, change: str | None) -> None:
    figures = extract_figures([Paragraph(id="p1", number=1, text=sentence)])
    found = {f.display: f.change for f in figures}
    assert display in found, f"{display!r} not a figure of {sentence!r}: {sorted(found)}"
    assert found[display] == change


@pytest.mark.parametrize(
    ("sentence", "display"),
    [
        # found in a review: phrasal verbs, motion through space, a share won, a passive's
        # agent, an expectation, an off-shore distance, an altitude, a span's length
        ("She grew up 20 miles from the border.", "20 miles"),
        ("The jet came down 40 km north of the capital.", "40 km"),
        ("The report breaks down 2,000 complaints by region.", "2,000"),
        ("The ferry sank 3 miles off the coast.", "3 miles"),
        ("She jumped 7.1 metres to win the long jump.", "7.1 metres"),
        ("He survived a fall of 30 feet from the scaffolding.", "30 feet"),
        ("The party gained 30% of the vote.", "30%"),
        ("The bill passed the lower house by 52 votes to 40.", "52"),
        ("A trade contract signed by 40 nations took effect.", "40"),
        ("A survey found 40% expect price rises this year.", "40%"),
        ("The boat capsized 20 km off the island.", "20 km"),
        ("The village sits 3,500 metres above sea level.", "3,500 metres"),
        ("Officials said the town's 20-year decline had ended.", "20-year"),
        ("Sales rose 5% in March, and 20 stores closed.", "20"),
    ],
)
def test_levels_that_look_like_changes(sentence: str, display: str) -> None:
    figures = {f.display: f.change for f in extract_figures([Paragraph(id="p1", text=sentence)])}
    assert figures.get(display, "absent") is None, figures

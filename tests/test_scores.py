"""The result tagger (`brief.extract.scores`): sentence → each side's tally and name, and each
record's wins, losses and ties."""

from __future__ import annotations

import pytest
from brief.extract.figures import extract_figures
from brief.extract.scores import find_records, find_scores
from brief.model import Paragraph


@pytest.mark.parametrize(
    ("sentence", "sides"),
    [
        # a result verb before the score: the subject won, the name after the verb lost
        ("Switzerland beat Gibraltar 6-0 to win Group D.", [(6, "Switzerland"), (0, "Gibraltar")]),
        ("Palm Bay d. Rockledge 70-44", [(70, "Palm Bay"), (44, "Rockledge")]),
        ("Canada beat the U.S. 2-1.", [(2, "Canada"), (1, "U.S.")]),
        (
            "Kazakhstan also needed the doubles match to beat the Netherlands 2-1 and clinch it.",
            [(2, "Kazakhstan"), (1, "Netherlands")],
        ),
        ("Turkey drew Iceland 0-0 in Istanbul.", [(0, "Turkey"), (0, "Iceland")]),
        # a result noun after the score, the opponent after "against", "of", "over"
        (
            "Croatia secured its spot with a 3-1 victory against Slovakia, while Germany's 4-0 "
            "rout of Belarus was enough.",
            [(3, "Croatia"), (1, "Slovakia"), (4, "Germany"), (0, "Belarus")],
        ),
        (
            "Davis scored 34 points during the Lakers’ fifth straight victory, 112-107 over the "
            "Oklahoma City Thunder on Tuesday night.",
            [(112, "Lakers"), (107, "Oklahoma City Thunder")],
        ),
        # English writes the winner's tally first: a loss gives the higher one to the other side
        ("The Chargers lost 24-17 to the Chiefs on Monday.", [(17, "Chargers"), (24, "Chiefs")]),
        ("Spain lost to Canada 1-2 in the final.", [(1, "Spain"), (2, "Canada")]),
        # a named opponent right after the score makes it a result, in the order written
        ("Finland clinched 3-0 against Liechtenstein.", [(3, "Finland"), (0, "Liechtenstein")]),
        # a side named by what it is; a count where the first side had more
        (
            "The men's basketball team closed the season with a 101-94 win over Carver College.",
            [(101, "men's basketball team"), (94, "Carver College")],
        ),
        ("Marlow outshot the Lakers 38-30.", [(38, "Marlow"), (30, "Lakers")]),
        # a side the sentence does not name is named by the result as written (with the venue
        # after it: "at" names a venue as often as a side, so it is never taken for a side)
        ("Instead, they lost 24-17.", [(24, "lost 24-17"), (17, "lost 24-17")]),
        ("Spain won 2-1 at Wembley.", [(2, "Spain"), (1, "won 2-1 at Wembley")]),
        (
            "The Muskies lost 68-61 at Dunmore on Sunday.",
            [(61, "Muskies"), (68, "lost 68-61 at Dunmore")],
        ),
        (
            "The win avenged an 88-79 loss at Carver.",
            [(88, "88-79 loss at Carver"), (79, "88-79 loss at Carver")],
        ),
        # a word that says how the result came, between the score and its noun
        (
            "The Muskies finished with a 2-1 overtime win.",
            [(2, "Muskies"), (1, "2-1 overtime win")],
        ),
        ("Marlow went on a 16-2 run.", [(16, "Marlow"), (2, "16-2 run")]),
        # no result word next to the score, or a range of a unit after the result word
        ("The Yankees won Game 2 of the series 5-3.", []),  # a fixture's name is no side
        ("Shares fell 2-3 percent on the news.", []),
        ("The company lost 3-4 customers a month.", []),
        ("It was the start of a 10-15 year run of growth.", []),
        ("James’ 3-pointer put the Lakers up 109-98 with 3:08 to play.", []),
        ("The court ruled 5-4 in favor of the state.", []),
        ("Unemployment among 18-24 year olds rose after the crisis.", []),
        ("The French duo squandered two match points while serving at 5-4.", []),
        # set scores of a series are not results; the verb before them is theirs
        ("Guido Pella beat Nicolas Jarry 6-4, 6-3 in the first match.", []),
        ("Nadal defeated Khachanov 6-3, 7-6 (7) to level the series 1-1.", []),
        ("Colombia fell after Nick Kyrgios’ 6-4, 6-4 win over Alejandro Gonzalez.", []),
    ],
)
def test_sides_of_results(sentence, sides):
    found = find_scores(sentence)
    assert sorted((s.value, sentence[s.name_start : s.name_end]) for s in found) == sorted(sides)


def test_results_are_figures_of_each_side_with_the_result_as_predicate():
    text = "Denmark clinched on Monday, while Switzerland beat Gibraltar 6-0 to win Group D."
    figures = extract_figures([Paragraph(id="p-1", text=text)])
    sides = [(f.display, f.unit, f.label, f.predicate) for f in figures]
    assert sides == [
        ("6", "score", "Switzerland", "Switzerland beat Gibraltar 6-0"),
        ("0", "score", "Gibraltar", "Switzerland beat Gibraltar 6-0"),
    ]
    assert all(f.evidence.quote == text for f in figures)


@pytest.mark.parametrize(
    ("sentence", "votes"),
    [
        ("The measure passed the Senate 52-48 on Tuesday.", [("52", "Senate"), ("48", "Senate")]),
        (
            "The school board voted 5-2 to ban phones.",
            [("5", "school board"), ("2", "school board")],
        ),
        (
            "The Supreme Court struck down the law in a 6-3 ruling.",
            [("6", "Supreme Court"), ("3", "Supreme Court")],
        ),
        (
            "The bill was approved by a vote of 310-118 in the House.",
            [("310", "House"), ("118", "House")],
        ),
        # no word of votes, or no vote's cue: a game, a range, a set score, a court as a venue
        ("Leeds defeated the Rovers 3-1 on Saturday.", []),
        ("The committee approved a 3-5 percent raise for members.", []),
        ("She cleared her opening hurdle 6-2, 6-3 on Centre Court.", []),
        ("The jury took 3-4 hours to decide.", []),
    ],
)
def test_a_vote_tally_gives_each_side_with_the_body_that_voted(sentence, votes):
    figures = extract_figures([Paragraph(id="p-1", text=sentence)])
    assert [(f.display, f.label) for f in figures if f.unit == "votes"] == votes


def test_a_count_inside_a_result_is_a_figure_of_its_own():
    """Only the scoreline's numbers are the sides' tallies: "five tries" in the same result is
    another figure."""
    text = "Ireland ran in five tries in a 38-17 victory over Scotland."
    figures = extract_figures([Paragraph(id="p-1", text=text)])
    assert [(f.display, f.unit, f.label) for f in figures] == [
        ("five", "count", "tries"),
        ("38", "score", "Ireland"),
        ("17", "score", "Scotland"),
    ]


@pytest.mark.parametrize(
    ("sentence", "tallies"),
    [
        # in parentheses after the side's name
        ("The Lakers (13-2) won their fifth straight game.", [(13, "wins"), (2, "losses")]),
        (
            "Palm Bay (1-0-2): Noah Jackson 1 goal, 1 assist.",
            [(1, "wins"), (0, "losses"), (2, "ties")],
        ),
        ("Rockledge (0-1): Blakely 15 points.", [(0, "wins"), (1, "losses")]),
        ("The women's team (16-13) opens the tournament Thursday.", [(16, "wins"), (13, "losses")]),
        (
            "Marlow (17-15-4) will face Ridgeway in a semifinal series.",
            [(17, "wins"), (15, "losses"), (4, "ties")],
        ),
        # after a verb of standing, before "record" or "overall", opening a sentence with "At"
        ("The win improved the Lakers to 13-2.", [(13, "wins"), (2, "losses")]),
        ("Los Angeles improved to 13-2 with the win.", [(13, "wins"), (2, "losses")]),
        ("The Bears have a 4-7 record.", [(4, "wins"), (7, "losses")]),
        (
            "At 4-7, including 2-6 in the AFC and 0-3 in AFC West, the Chargers would probably "
            "not make the playoffs.",
            [(4, "wins"), (7, "losses"), (2, "wins"), (6, "losses"), (0, "wins"), (3, "losses")],
        ),
        # no side named, a range of what follows, a capitalised word opening a sentence, a score
        ("They fell to 3-8 with the loss.", []),
        ("Sales fell to 3-4 percent last year.", []),
        ("Children (5-10) can play for free.", []),
        # outside a sentence about contests a pair is a range, a vote split, a height or odds
        ("Mortgage rates slipped to 6-7 this month.", []),
        ("Juniors (12-14) and Seniors (15-18) may enter.", []),
        ("In Citizens United (5-4), the court ruled for the group.", []),
        ("At 6-4, Jones is the tallest guard.", []),
        ("At 10-1, Smith is a long shot.", []),
        ("Switzerland beat Gibraltar 6-0 to win Group D.", []),
        ("Unemployment among 18-24 year olds rose after the crisis.", []),
    ],
)
def test_tallies_of_records(sentence, tallies):
    assert [(t.value, t.unit) for t in find_records(sentence)] == tallies


def test_a_record_is_a_figure_per_tally_labelled_with_its_side_and_split():
    text = "At 4-7, including 2-6 in the AFC, the Chargers would probably not make the playoffs."
    figures = extract_figures([Paragraph(id="p-1", text=text)])
    assert [(f.display, f.unit, f.label, f.predicate) for f in figures] == [
        ("4", "wins", "Chargers", "4-7"),
        ("7", "losses", "Chargers", "4-7"),
        ("2", "wins", "Chargers", "2-6 in the AFC"),
        ("6", "losses", "Chargers", "2-6 in the AFC"),
    ]

"""Cue words in front of costly patterns: a pattern that runs on every sentence or block is
tried only when it holds a word the pattern cannot match without (`dates._cues`,
`prescribe._MODAL_WORDS`, `boilerplate._PROMO_WORDS`, …). A cue list that misses a word would
silently lose dates, recommendations or a caption's removal, so each list is checked here
against its pattern on every line of the annotated dumps and the seed, and on phrases picked
to be near a cue's edge."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from brief.clean import boilerplate
from brief.extract import cases, dates, prescribe
from brief.extract.sentences import split_sentences

ROOT = Path(__file__).resolve().parent.parent
EDGES = [
    "In mid-June 2019 the plant closed; it reopened on Sept. 4, 2020 and on 3 March 2021.",
    "Sales rose in FY2019 and in fiscal 2020.",
    "A migration in the third quarter of 2019, revenue in Q3 2020 and the first half of 2021.",
    "The 2019–20 season and the 2019 - 2021 plan, from 2018 through 2020, 2018 thru 2019.",
    "It reopened in the spring of 2021, in Summer 2019 and in the fall.",
    "It met on Sept. 4 and on 4 Sept and on Mondays, last night, this evening, over the weekend.",
    "Two weeks ago, in recent months, earlier this year, the December debate, October’s vote.",
    "Hours later, a day earlier, the day’s events, three days later, the following week.",
    "You'd better go. We better leave. Members ought not to vote. It needs to be repaired.",
    "It's a no-brainer. Buying early is a must. The first step to retiring is to save.",
    "It is high time for the council to act. You might consider paying. It's a smart move to go.",
    "The mayor at the opening on Monday. (Photo by Jane Roe/Getty Images)",
    "Crowds at the gate. Credit...Anna Roe/The Daily",
    "Rescuers at work. Photograph by Jane Roe",
    "The harbour at dawn. (Jane Roe/AP)",
    "Subscribe to our newsletter. Follow us on X. Click here. Catch up on our podcast.",
    "Sign up for our daily emails. Download our free app. Join us today.",
    "Leeds plays Arsenal on Saturday. Rovers travel to Dunmore. Acme reports earnings Monday.",
    "They won't sign. It's due in May. We'll see. It has yet to vote. She faces a hearing on it.",
    "Talks adjourned until June. Payments are payable on 1 May, with refunds to follow in July.",
]


def _sentences() -> list[str]:
    texts = [
        p.read_text(encoding="utf-8") for p in sorted((ROOT / "tests/gold/dumps").glob("*.txt"))
    ]
    texts += [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    lines = [line.strip() for text in texts for line in text.splitlines() if line.strip()]
    # sentences, and whole lines for the patterns that read a block (`clean.boilerplate`)
    return [s.text for line in lines for s in split_sentences(line)] + EDGE_SENTENCES + lines


EDGE_SENTENCES = [s.text for line in EDGES for s in split_sentences(line)]
SENTENCES = _sentences()


def _gated() -> list[tuple[str, re.Pattern[str], object]]:
    """(name, pattern, test of the sentence that must hold wherever the pattern matches)."""
    rows = []
    for i, (cue, pattern) in enumerate(dates._ABSOLUTE):
        if cue:
            rows.append((f"absolute {i} ({cue})", pattern, lambda s, c=cue: c in dates._cues(s)))
    for i, (cue, pattern, _) in enumerate(dates._RELATIVE):
        rows.append((f"relative {i} ({cue})", pattern, lambda s, c=cue: c in dates._cues(s)))
    rows.append(("holiday", dates._HOLIDAY, lambda s: any(w in s for w in dates._HOLIDAY_CUES)))
    rows.append(
        (
            "anaphoric",
            dates._ANAPHORIC,
            # (a month or a year counted is read by `_COUNTED`, the same counts alone)
            lambda s: (
                any(w in s.lower() for w in dates._ANAPHORIC_WORDS)
                or dates._LONG_COUNT.search(s.lower()) is not None
            ),
        )
    )
    rows.append(("counted", dates._COUNTED, lambda s: dates._LONG_COUNT.search(s.lower())))
    modal = lambda s: any(w in s.lower() for w in prescribe._MODAL_WORDS)  # noqa: E731
    adjective = lambda s: any(w in s.lower() for w in prescribe._ADJECTIVE_WORDS)  # noqa: E731
    rows += [
        ("deontic modal", prescribe._DEONTIC, modal),
        ("adjective", prescribe._ADJECTIVE, adjective),
        ("gerund must", prescribe._GERUND_MUST, adjective),
        ("first step", prescribe._FIRST_STEP, adjective),
        ("timetable", cases._TIMETABLE, lambda s: cases._TIMETABLE_CUE.search(s) is not None),
        ("future", dates._FUTURE, lambda s: any(w in s.lower() for w in dates._FUTURE_WORDS)),
        ("credit end", boilerplate._CREDIT_END, lambda s: "(" in s),
        (
            "credit label",
            boilerplate._CREDIT_LABEL,
            lambda s: any(w in s for w in boilerplate._CREDIT_WORDS),
        ),
        (
            "promotion",
            boilerplate._PROMO,
            lambda s: any(w in s.lower() for w in boilerplate._PROMO_WORDS),
        ),
    ]
    return rows


@pytest.mark.parametrize(
    "name, pattern, holds", _gated(), ids=lambda v: v if isinstance(v, str) else ""
)
def test_a_pattern_matches_only_where_its_cue_word_is(name, pattern, holds):
    missed = [s for s in SENTENCES if pattern.search(s) and not holds(s)]
    assert not missed, f"{name}: the cue misses {missed[:3]}"


def test_the_edge_phrases_are_read_at_all():
    """The phrases above do reach their patterns (else the check above proves nothing)."""
    matched = {name for name, pattern, _ in _gated() if any(map(pattern.search, EDGE_SENTENCES))}
    absolute = {name.split(" ", 2)[-1] for name in matched if name.startswith("absolute")}
    assert {"(month)", "(fiscal)", "(range)", "(season)", "(quarter)"} <= absolute
    assert {"anaphoric", "deontic modal", "gerund must"} <= matched
    assert {"adjective", "first step", "credit end", "credit label", "promotion"} <= matched
    assert {"timetable", "future"} <= matched

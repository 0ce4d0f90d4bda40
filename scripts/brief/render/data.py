"""The brief's downloadable data files: `brief.json`, `cases.csv`, `figures.csv`.

Bytes are deterministic (fixed field order, `\n` line ends, no timestamps). CSV cells are all
quoted, and none can run as a spreadsheet formula, whichever separator the spreadsheet splits
on: a `'` is inserted before a formula start (`= + - @`, their full-width forms `＝ ＋ － ＠`, tab,
CR) found at the start of the cell or after any `,` `;` `|` tab or line break, with only spaces
or `"` between them. A cell that is exactly a plain number (`-40`, `-2.5`, `1e-07`) is kept.
"""

from __future__ import annotations

import csv
import io
import re

from brief.model import Brief

CASE_COLUMNS = {
    "id": "case id, also the anchor of its card on the Cases page",
    "date": "ISO date (YYYY, YYYY-MM or YYYY-MM-DD)",
    "date_text": "the date as the article words it",
    "kind": "incident, or context for background events",
    "count": "how many people, when the article says",
    "people": "who, in the article's words (; between several)",
    "nationalities": "nationalities named (; between several)",
    "places": "places named (; between several)",
    "organizations": "organizations named (; between several)",
    "hedges": "the article's qualifying words (; between several)",
    "summary": "what happened, in the article's words",
    "outcome": "what followed, in the article's words",
    "paragraph": "id of the Full text paragraph of the first evidence",
    "quote": "the evidence sentence(s), verbatim",
}

FIGURE_COLUMNS = {
    "id": "figure id, also its anchor on the Figures page",
    "value": "the number (empty for a range)",
    "low": "lower end of a range",
    "high": "upper end of a range",
    "display": "the number as written in the article",
    "unit": "count, percent, a currency code, times, a unit of measure or time (per …)",
    "kind": "count, money, percent, multiplier, duration, measure, rate or fraction",
    "per": "a rate's denominator (year, 100,000 people …)",
    "label": "what is counted",
    "predicate": "what the sentence says of it (who has it, what happened)",
    "change": "increase, decrease or difference: a change, not a level (empty for a level)",
    "period": "when (fiscal year, year, since …)",
    "segment": "where or which part (border, place, at or between ports …)",
    "qualifier": "at least, over, close to, some …",
    "group": "figures sharing a measure share a group (one table or chart)",
    "paragraph": "id of the Full text paragraph",
    "quote": "the evidence sentence, verbatim",
}

# A formula start at the cell's start or after a separator, behind spaces (not tab or CR) or `"`.
_FORMULA = re.compile(r'(?:^|(?<=[,;|\t\r\n]))((?:[^\S\t\r\n]|")*)(?=[=+\-@\t\r＝＋－＠])')
_NUMBER = re.compile(r"-?[0-9]+(?:\.[0-9]+)?(?:[eE][-+]?[0-9]+)?")


def brief_json(brief: Brief) -> str:
    return brief.model_dump_json(indent=2) + "\n"


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, list):
        value = "; ".join(str(v) for v in value)
    text = str(value)
    return text if _NUMBER.fullmatch(text) else _FORMULA.sub(r"\1'", text)


def _csv(columns: list[str], rows: list[dict[str, object]]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n", quoting=csv.QUOTE_ALL)
    writer.writerow(columns)
    for row in rows:
        writer.writerow([_cell(row.get(c)) for c in columns])
    return buffer.getvalue()


def cases_csv(brief: Brief) -> str:
    rows = []
    for case in brief.cases:
        row: dict[str, object] = case.model_dump(exclude={"evidence"})
        row["paragraph"] = case.evidence[0].paragraph if case.evidence else None
        row["quote"] = " … ".join(e.quote for e in case.evidence)
        rows.append(row)
    return _csv(list(CASE_COLUMNS), rows)


def figures_csv(brief: Brief) -> str:
    rows = []
    for figure in brief.figures:
        row: dict[str, object] = figure.model_dump(exclude={"evidence"})
        row["paragraph"] = figure.evidence.paragraph
        row["quote"] = figure.evidence.quote
        rows.append(row)
    return _csv(list(FIGURE_COLUMNS), rows)

"""`brief tag`: run the extractors on single texts, one JSON line in, one JSON line out.

For scoring the extractors on sentence test sets and for looking at what each keeps: every
input line `{"text": ..., "published": "YYYY-MM-DD"?}` is read as one paragraph and answered,
in order, with its `quantities` (the tagger: every quantity), `figures` (what the brief's
figures extractor keeps, in the `brief.json` shape), `dates`, `cases` and `recommendations`.
A bad line stops the run with a `BriefError` naming its line number; the lines before it have
been answered (output is streamed, so a long input needs no memory for its answers).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import fields
from datetime import date

from brief.errors import BriefError
from brief.extract.cases import extract_cases
from brief.extract.dates import find_dates
from brief.extract.figures import extract_figures
from brief.extract.quantities import tag_quantities
from brief.extract.recommendations import extract_recommendations
from brief.extract.sentences import forget_sentences
from brief.ids import content_id
from brief.model import Paragraph, Section
from brief.pipeline import item_ids

_SURROGATE = re.compile("[\ud800-\udfff]")


def tag_lines(lines: Iterable[str], published: date | None = None) -> Iterator[str]:
    """One JSON line (with its newline) per non-blank input line; `published` is the default
    publication date, a line's own "published" wins."""
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        text, day = _parse(line, number, published)
        if _SURROGATE.search(text):
            raise BriefError(f"stdin line {number}: text holds a lone surrogate (not Unicode text)")
        yield json.dumps(tag_text(text, day), ensure_ascii=False, sort_keys=False) + "\n"


def _parse(line: str, number: int, published: date | None) -> tuple[str, date | None]:
    try:
        item = json.loads(line)
    except ValueError as err:
        raise BriefError(f"stdin line {number}: not JSON ({getattr(err, 'msg', err)})") from None
    except RecursionError:
        raise BriefError(f"stdin line {number}: JSON nested too deeply") from None
    if not isinstance(item, dict) or not isinstance(item.get("text"), str):
        raise BriefError(f'stdin line {number}: no "text" string')
    day = item.get("published")
    if day is None:
        return item["text"], published
    try:
        return item["text"], date.fromisoformat(day)
    except (TypeError, ValueError):
        raise BriefError(f'stdin line {number}: "published" is not a date YYYY-MM-DD') from None


def tag_text(text: str, published: date | None = None) -> dict:
    """Everything the extractors find in `text` read as one paragraph, with the ids a brief
    would give them (`pipeline.item_ids`)."""
    paragraph = Paragraph(id=content_id("p", text), text=text)
    section = Section(id="opening", heading=None, paragraphs=[paragraph])
    try:
        cases = extract_cases([paragraph], published)
        figures = extract_figures([paragraph])
        recommendations = extract_recommendations([section])
    finally:
        forget_sentences()  # a stream of texts: each one's sentences are read by this call only
    ids = item_ids(cases, figures, recommendations)
    return {
        "quantities": [_quantity(q) for q in tag_quantities(text)],
        "figures": _dumped(figures, ids[1]),
        "dates": [_fields(d) for d in find_dates(text, published)],
        "cases": _dumped(cases, ids[0]),
        "recommendations": _dumped(recommendations, ids[2]),
    }


def _dumped(items, ids: list[str]) -> list[dict]:
    """The items in `brief.json`'s shape, each with its id (as `pipeline.stable_ids` sets it,
    without copying the item first)."""
    out = []
    for item, ident in zip(items, ids, strict=True):
        shape = item.model_dump(mode="json")
        shape["id"] = ident
        out.append(shape)
    return out


def _quantity(q) -> dict:
    out = _fields(q)
    out["span"] = [q.start, q.end]
    return out


def _fields(item) -> dict:
    """A frozen dataclass of plain values as a dict (`asdict` without its deep copies)."""
    return {f.name: getattr(item, f.name) for f in fields(item)}

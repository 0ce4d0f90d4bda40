"""read → clean → extract → model: one seed file in, one `Brief` out."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from slugify import slugify

from brief.clean import clean
from brief.errors import BriefError
from brief.extract.byline import byline_of, url_date
from brief.extract.cases import extract_cases
from brief.extract.figures import extract_figures
from brief.extract.findings import key_findings
from brief.extract.glossary import extract_glossary
from brief.extract.home_currency import home_currencies, localise
from brief.extract.recommendations import extract_recommendations
from brief.extract.sections import build_sections
from brief.extract.sentences import forget_sentences
from brief.ids import Names, content_id
from brief.limits import (
    MAX_CASES,
    MAX_CHARTS,
    MAX_FIGURES,
    MAX_GLOSSARY,
    MAX_RECOMMENDATIONS,
)
from brief.model import Brief, Case, Cleaned, Figure, Provenance, Recommendation, Source
from brief.read import Seed, read_seed, visible

SLUG_MAX = 60


def clean_seed(seed: Seed) -> Cleaned:
    try:
        return clean(seed.text)
    except BriefError as err:
        raise BriefError(f"{seed.path}: {err}") from None


def title_of(seed: Seed, cleaned: Cleaned) -> str:
    """The first visible one of: the sidecar's title, the dump's title, its first visible
    heading, the file name without `.txt` (with it, if that alone shows nothing).

    A title of spaces or of zero-width or bidi marks only (`read.visible`) would give an empty
    heading, navigation entry and page title, so it counts as missing."""
    heading = next((b.text for b in cleaned.blocks if b.kind == "heading" and visible(b.text)), "")
    for title in (seed.sidecar.title, cleaned.title, heading, seed.path.stem):
        if title and visible(title):
            return title
    return seed.path.name


def _shown(value: str | None) -> str | None:
    return value if value and visible(value) else None


def slug_of(title: str, seed: Seed) -> str:
    """URL folder name: from the title, else the seed's name, else "brief" (a title and a file
    name of punctuation only); `site.generate.unique_folders` separates equal slugs."""
    return (
        slugify(title, max_length=SLUG_MAX, word_boundary=True)
        or slugify(seed.path.stem, max_length=SLUG_MAX, word_boundary=True)
        or "brief"
    )


def convert(seed: Seed) -> Brief:
    try:
        return _convert(seed)
    finally:
        forget_sentences()  # one article's sentences, read by every extractor


def _convert(seed: Seed) -> Brief:
    cleaned = clean_seed(seed)
    sections = build_sections(cleaned.body)
    paragraphs = [p for s in sections for p in s.paragraphs]
    if not paragraphs:
        raise BriefError(f"{seed.path}: no article found (no paragraphs)")
    title = title_of(seed, cleaned)
    side = seed.sidecar
    found = byline_of(seed.text, cleaned)  # the dump's own dateline and byline fill gaps
    stated = None if found.yearless else found.published
    published = (
        side.published.isoformat()
        if side.published
        else stated or url_date(side.url) or found.published
    )
    limits: list[str] = []
    cases = extract_cases(paragraphs, _day(published), limits)
    figures = localise(
        extract_figures(paragraphs, limits), home_currencies("\n".join(p.text for p in paragraphs))
    )
    recommendations = extract_recommendations(sections)
    cases, figures, recommendations = stable_ids(cases, figures, recommendations)
    glossary = extract_glossary(paragraphs)
    kept = len(cleaned.blocks)
    return Brief(
        slug=slug_of(title, seed),
        title=title,
        source=Source(
            title=title,
            publisher=side.publisher or _shown(cleaned.publisher),
            republished_by=_shown(cleaned.publisher) if side.publisher else None,
            url=side.url,
            authors=list(side.authors) or [a for a in found.authors if visible(a)],
            published=published,
            notes=list(side.notes),
            seed=seed.name,
            sha256=seed.sha256,
        ),
        sections=sections,
        cases=cases,
        figures=figures,
        recommendations=recommendations,
        glossary=glossary,
        findings=key_findings(sections, cases, figures),
        provenance=Provenance(
            lines_total=cleaned.lines_total,
            lines_kept=cleaned.lines_total - cleaned.lines_dropped,
            lines_dropped=cleaned.lines_dropped,
            blocks=kept,
            headings=sum(1 for b in cleaned.blocks if b.kind == "heading"),
            paragraphs=len(paragraphs),
            dropped_text=cleaned.dropped_text,
            limits=limits + _limits_reached(cases, figures, recommendations, glossary),
        ),
    )


def stable_ids(
    cases: list[Case], figures: list[Figure], recommendations: list[Recommendation]
) -> tuple[list[Case], list[Figure], list[Recommendation]]:
    """The items with ids from their content (`item_ids`)."""
    case_ids, figure_ids, recommendation_ids = item_ids(cases, figures, recommendations)
    return (
        [c.model_copy(update={"id": i}) for c, i in zip(cases, case_ids, strict=True)],
        [f.model_copy(update={"id": i}) for f, i in zip(figures, figure_ids, strict=True)],
        [
            r.model_copy(update={"id": i})
            for r, i in zip(recommendations, recommendation_ids, strict=True)
        ],
    )


def item_ids(
    cases: list[Case], figures: list[Figure], recommendations: list[Recommendation]
) -> tuple[list[str], list[str], list[str]]:
    """The items' ids from their content (`ids.content_id`), in reading order unique: a link
    to an item, or an editor's reference to it, still names it after the extractors change
    what else they find."""
    names = Names()
    return (
        [names.unique(content_id("c", c.date, c.evidence[0].quote)) for c in cases],
        [names.unique(content_id("f", f.evidence.quote, f.display, f.unit)) for f in figures],
        [names.unique(content_id("r", r.text)) for r in recommendations],
    )


def _day(iso: str | None) -> date | None:
    """The publication day that relative dates are read against; None unless it is a whole
    date (a month or a year alone would make "on Tuesday" a guess)."""
    try:
        return date.fromisoformat(iso) if iso and len(iso) == 10 else None
    except ValueError:
        return None


def _limits_reached(cases, figures, recommendations, glossary) -> list[str]:
    """What `limits` left out, in words for the Source & method page."""
    notes = []
    if len(figures) >= MAX_FIGURES:
        notes.append(f"Figures: the first {MAX_FIGURES} found are listed; later ones are not.")
    if len(cases) >= MAX_CASES:
        notes.append(
            f"Dated cases: the first {MAX_CASES} found are listed; the text after the sentence "
            "that opened the last one was not read for cases."
        )
    for items, limit, what in (
        (recommendations, MAX_RECOMMENDATIONS, "Recommendations"),
        (glossary, MAX_GLOSSARY, "Abbreviations"),
    ):
        if len(items) >= limit:
            notes.append(f"{what}: the first {limit} found are listed; later ones are not.")
    tables = len({f.group for f in figures if f.group})
    if tables > MAX_CHARTS:
        notes.append(f"Charts: the first {MAX_CHARTS} figure tables are drawn; the others are not.")
    return notes


def convert_path(path: Path) -> Brief:
    return convert(read_seed(path))

"""The typed data passed between stages, and the public data contract (`brief.json`).

Every extracted item carries `Evidence`: the id of the paragraph it came from and the exact
sentence(s) quoted from it, so a reader can always check an item against the article.
The JSON Schema in `schema/brief.schema.json` is generated from these models.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = "2.0"  # 2.0: ids made from content (p-…, c-…, f-…, r-…), paragraph numbers


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


# --- clean stage ---------------------------------------------------------------------------


class Block(_Model):
    """One kept block of the dump: the title, a section heading or a paragraph, verbatim."""

    kind: Literal["title", "heading", "paragraph"]
    text: str
    line: int = Field(description="1-based line number in the seed")


class Cleaned(_Model):
    """The article found in a dump, plus what the dump says about where it came from."""

    blocks: list[Block]
    lines_total: int = Field(description="non-blank lines in the dump")
    lines_dropped: int = Field(description="non-blank lines not kept as article text")
    publisher: str | None = Field(None, description="publisher named by a feed footer")
    dropped_text: dict[str, int] = Field(
        {}, description="dropped lines that read like text (prose or a sentence), by reason"
    )

    @property
    def title(self) -> str | None:
        return next((b.text for b in self.blocks if b.kind == "title"), None)

    @property
    def body(self) -> list[Block]:
        return [b for b in self.blocks if b.kind != "title"]


# --- the brief -------------------------------------------------------------------------------


class Evidence(_Model):
    paragraph: str = Field(description="id of the Full text paragraph, e.g. p-1a2b3c4d")
    quote: str = Field(description="exact sentence(s) from that paragraph")


class Paragraph(_Model):
    id: str = Field(description="anchor from the paragraph's text, e.g. p-1a2b3c4d")
    number: int = Field(1, description="position in the Full text (1, 2, …), shown to readers")
    text: str


class Section(_Model):
    id: str = Field(description="anchor of the heading; 'opening' for text before any heading")
    heading: str | None
    paragraphs: list[Paragraph]


class Source(_Model):
    title: str
    publisher: str | None = None
    republished_by: str | None = Field(None, description="publisher named in the dump's footer")
    url: str | None = None
    authors: list[str] = []
    published: str | None = Field(None, description="ISO date of first publication")
    notes: list[str] = []
    seed: str = Field(description="seed file name")
    sha256: str = Field(description="SHA-256 of the seed's bytes")


class Case(_Model):
    id: str = Field(description="from the case's date and first quote, e.g. c-1a2b3c4d")
    date: str = Field(description="ISO date: YYYY, YYYY-MM or YYYY-MM-DD")
    date_text: str = Field(description="the date as the source words it")
    kind: Literal["incident", "context"]
    summary: str = Field(description="the source's own words for the incident")
    count: int | None = Field(None, description="how many people, when the source says")
    people: list[str] = Field([], description="who, as the source words it")
    nationalities: list[str] = []
    places: list[str] = []
    organizations: list[str] = []
    hedges: list[str] = Field([], description="the source's qualifying words, kept visible")
    outcome: str | None = Field(None, description="what followed, in the source's words")
    evidence: list[Evidence]


class Figure(_Model):
    id: str = Field(description="from the figure's quote, number and unit, e.g. f-1a2b3c4d")
    value: float | None = Field(None, description="the number; null for a range")
    low: float | None = None
    high: float | None = None
    display: str = Field(description="the number as written in the source")
    unit: str = Field(description="count, percent, USD, times, km, years, USD per month, ...")
    kind: str = Field(
        "count",
        description="count, money, percent, multiplier, duration, measure, rate or fraction",
    )
    per: str | None = Field(None, description="a rate's denominator: year, 100,000 people, ...")
    label: str = Field(description="what is counted")
    predicate: str | None = Field(
        None, description="what the sentence says of it, in its words: who has it, what happened"
    )
    change: Literal["increase", "decrease", "difference"] | None = Field(
        None,
        description="increase, decrease or difference when the number measures a change (a"
        " rise, a fall, a gap between two things), not a level; null for a level",
    )
    period: str | None = None
    segment: str | None = None
    qualifier: str | None = Field(None, description="at least, over, close to, some, ...")
    group: str | None = Field(None, description="figures sharing a measure form one table")
    evidence: Evidence


class Recommendation(_Model):
    id: str = Field("", description="from the recommendation's text, e.g. r-1a2b3c4d")
    number: int
    headline: str
    text: str
    actor: str | None = Field(description="who is to act, as the text names them")
    reported_by: str | None = Field(
        None, description="who the text says made it; null for the article's own"
    )
    evidence: Evidence


class GlossaryEntry(_Model):
    abbr: str
    expansion: str
    evidence: Evidence


class Provenance(_Model):
    """How the brief was made, for the Source & method page."""

    lines_total: int
    lines_kept: int
    lines_dropped: int
    blocks: int
    headings: int
    paragraphs: int
    dropped_text: dict[str, int] = Field(
        {}, description="dropped lines that read like text (prose or a sentence), by reason"
    )
    limits: list[str] = Field(
        [], description="work limits the seed reached, e.g. 'figures: the first 500 are listed'"
    )


class Brief(_Model):
    schema_version: str = SCHEMA_VERSION
    slug: str
    title: str
    source: Source
    sections: list[Section]
    cases: list[Case]
    figures: list[Figure]
    recommendations: list[Recommendation]
    glossary: list[GlossaryEntry]
    findings: list[Evidence] = Field([], description="key sentences for the overview, verbatim")
    provenance: Provenance

    @property
    def paragraphs(self) -> list[Paragraph]:
        return [p for s in self.sections for p in s.paragraphs]

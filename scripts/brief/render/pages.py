"""Render one brief into its Markdown pages and data files (in memory; the caller writes them).

Python prepares the view (bylines, counts, table grouping); templates only lay it out.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from urllib.parse import quote

from markupsafe import Markup
from slugify import slugify

from brief.ids import Names
from brief.limits import MAX_CHARTS, MAX_PRINTED_TEXT
from brief.model import Brief, Case, Figure
from brief.render import charts, cite, data, escape, front_matter
from brief.render.environment import environment
from brief.render.escape import md, plain
from brief.render.markdown_ext import abbr_line

# Page file → nav label, in reading order. The overview is the brief's section index.
PAGES = {
    "index.md": "Overview",
    "cases.md": "Cases",
    "figures.md": "Figures",
    "recommendations.md": "Recommendations",
    "text.md": "Full text",
    "source.md": "Source & method",
    "tags.md": "Cases by tag",
    "print.md": "Printable brief",
}
TEMPLATES = {
    "index.md": "overview.md.j2",
    "cases.md": "cases.md.j2",
    "figures.md": "figures.md.j2",
    "recommendations.md": "recommendations.md.j2",
    "text.md": "text.md.j2",
    "source.md": "source.md.j2",
    "tags.md": "tags.md.j2",
}
# The printable page: these pages' content, in this order, on one page.
PRINTED = ("index.md", "cases.md", "figures.md", "recommendations.md", "text.md", "source.md")
TITLE_WORDS = 12
WORDS_PER_MINUTE = 230
DESCRIPTION_CHARS = 200
CITATION_FILES = {
    "citation.bib": "BibTeX entry (@misc) of the original article: "
    "author, title, publisher, year, month, date, url.",
    "citation.ris": "RIS record (TY ELEC) of the original article: AU, TI, PB, PY, DA, UR.",
    "citation.json": "CSL-JSON item (type webpage) of the original article: "
    "author, title, container-title, publisher, issued, URL.",
}
TAG_KINDS = {"nationalities": "Nationality", "organizations": "Organization", "places": "Place"}


@dataclass(frozen=True)
class FigureTable:
    id: str
    title: str
    figures: list[Figure]


@dataclass(frozen=True)
class ChartView:
    """A figure table's chart (None past `limits.MAX_CHARTS`: the table stands alone) and the
    evidence of its figures."""

    chart: charts.Chart | None
    svg: Markup  # the inline <svg> element; on the printable page an <img> of the chart file
    evidence: list  # one Evidence per paragraph the table's figures come from
    quotes: list  # every distinct Evidence of its figures, in table order


@dataclass(frozen=True)
class Tag:
    kind: str  # Nationality, Organization, Place
    name: str
    anchor: str
    cases: list[str]  # case ids


@dataclass(frozen=True)
class BackLink:
    page: str  # file name of the page the item is on
    anchor: str
    label: str


@dataclass(frozen=True)
class View:
    byline: str
    findings: list
    incidents: int
    contexts: int
    tables: int
    tables_list: list[FigureTable]
    single_figures: list[Figure]
    case_titles: dict[str, str]
    date_labels: dict[str, str]
    hedges: dict[str, str]
    summaries: dict[str, str | None] = field(default_factory=dict)  # None: the quote says it
    charts: dict[str, ChartView] = field(default_factory=dict)
    tags: list[Tag] = field(default_factory=list)
    tag_anchors: dict[tuple[str, str], str] = field(default_factory=dict)
    backlinks: dict[str, list[BackLink]] = field(default_factory=dict)
    stat_values: dict[str, str] = field(default_factory=dict)
    numbers: dict[str, int] = field(default_factory=dict)  # paragraph id -> its position
    apa: str = ""  # escaped Markdown (Markup) built by _styled
    chicago: str = ""
    words: int = 0
    minutes: int = 0
    dropped_lines: int = 0
    citation_files: dict[str, str] = field(default_factory=lambda: dict(CITATION_FILES))
    case_columns: str = field(default=", ".join(data.CASE_COLUMNS))
    figure_columns: str = field(default=", ".join(data.FIGURE_COLUMNS))


def byline(brief: Brief) -> str:
    src = brief.source
    parts = []
    if src.authors:
        parts.append("By " + _join_names(src.authors))
    if src.publisher:
        parts.append(src.publisher)
    if src.published:
        parts.append(src.published)
    if src.republished_by and not _same_publisher(src.republished_by, src.publisher):
        parts.append(f"republished by {src.republished_by}")
    return " · ".join(parts) or f"From {src.seed}"


def _same_publisher(footer: str, publisher: str | None) -> bool:
    """A feed footer often names the publisher at length ("X by Y University"): not a reprint."""
    a, b = footer.casefold(), (publisher or "").casefold()
    return bool(b) and (a in b or b in a)


def _join_names(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


_MONTHS = (
    "January February March April May June July August September October November December"
).split()


def date_label(iso: str) -> str:
    """'2024-07' → 'July 2024', '2023-10-07' → '7 October 2023', '2014' → '2014'."""
    parts = iso.split("-")
    try:
        month = _MONTHS[int(parts[1]) - 1] if len(parts) > 1 else None
    except (ValueError, IndexError):
        return iso
    if month is None:
        return parts[0]
    return f"{int(parts[2])} {month} {parts[0]}" if len(parts) > 2 else f"{month} {parts[0]}"


def _short(text: str, words: int = TITLE_WORDS) -> str:
    parts = text.split()
    return " ".join(parts[:words]) + (" …" if len(parts) > words else "")


def case_title(case: Case) -> str:
    """A case's short title on cards, the timeline and tag lists: who, else what happened."""
    return _short(case.people[0] if case.people else case.summary)


def figure_tables(figures: list[Figure]) -> tuple[list[FigureTable], list[Figure]]:
    groups: dict[str, list[Figure]] = {}
    singles: list[Figure] = []
    for figure in figures:
        if figure.group:
            groups.setdefault(figure.group, []).append(figure)
        else:
            singles.append(figure)
    tables = []
    for name, members in groups.items():
        if len(members) < 2:
            singles.extend(members)
            continue
        tables.append(FigureTable(f"table-{slugify(name) or 'figures'}", _title(members), members))
    order = {id(f): i for i, f in enumerate(figures)}
    singles.sort(key=lambda f: order[id(f)])  # reading order: the article's, not the grouping's
    return tables, singles


def _title(members: list[Figure]) -> str:
    """A figure table's title: what its figures measure, and, when they measure a change (a
    group never mixes changes with levels), which: "Homicide rates: increase"."""
    changes = {f.change for f in members}
    if changes == {None}:
        return members[0].label
    return f"{members[0].label}: {changes.pop() if len(changes) == 1 else 'change'}"


def _summary(case: Case) -> str | None:
    """A case's "what happened", unless it is its evidence quote word for word: the card
    quotes that sentence right below, and saying it twice doubles the card for nothing."""
    if any(" ".join(case.summary.split()) == " ".join(ev.quote.split()) for ev in case.evidence):
        return None
    return case.summary


def view_of(brief: Brief) -> View:
    tables, singles = figure_tables(brief.figures)
    case_titles = {c.id: case_title(c) for c in brief.cases}
    date_labels = {c.id: date_label(c.date) for c in brief.cases}
    tags, tag_anchors = tags_of(brief)
    words = sum(len(p.text.split()) for p in brief.paragraphs)
    numbers = {p.id: p.number for p in brief.paragraphs}
    return View(
        byline=byline(brief),
        findings=brief.findings,
        incidents=sum(1 for c in brief.cases if c.kind == "incident"),
        contexts=sum(1 for c in brief.cases if c.kind == "context"),
        tables=len(tables),
        tables_list=tables,
        single_figures=singles,
        case_titles=case_titles,
        date_labels=date_labels,
        hedges={c.id: ", ".join(f"“{h}”" for h in c.hedges) for c in brief.cases},
        summaries={c.id: _summary(c) for c in brief.cases},
        charts={t.id: _chart(brief, t, numbers, draw=i < MAX_CHARTS) for i, t in enumerate(tables)},
        stat_values={f.id: _stat_value(f) for f in singles},
        numbers=numbers,
        tags=tags,
        tag_anchors=tag_anchors,
        backlinks=_backlinks(brief, case_titles, date_labels),
        apa=_styled(cite.apa(brief.source)),
        chicago=_styled(cite.chicago(brief.source)),
        words=words,
        minutes=max(1, math.ceil(words / WORDS_PER_MINUTE)),
        dropped_lines=sum(brief.provenance.dropped_text.values()),
    )


def _stat_value(figure: Figure) -> str:
    """The highlighted number: as written when that has digits, else in digits ("three" → 3;
    the words as written are shown beside it)."""
    if any(ch.isdigit() for ch in figure.display):
        return figure.display
    if figure.value is not None:
        return charts.number(figure.value)
    if figure.low is not None and figure.high is not None:
        return f"{charts.number(figure.low)}–{charts.number(figure.high)}"
    return figure.display


def _styled(citation: cite.Citation) -> Markup:
    """A citation as escaped Markdown, italic pieces in `*…*`."""
    return Markup("").join(
        Markup("*{}*").format(md(text)) if italic else md(text) for text, italic in citation.pieces
    )


def _chart(brief: Brief, table: FigureTable, numbers: dict[str, int], draw: bool) -> ChartView:
    evidence = list({f.evidence.paragraph: f.evidence for f in reversed(table.figures)}.values())
    evidence.reverse()
    quotes = list({f.evidence.quote: f.evidence for f in table.figures}.values())
    if not draw:
        return ChartView(None, Markup(""), evidence, quotes)
    chart_id = "chart-" + table.id.removeprefix("table-")
    paragraphs = [str(numbers[ev.paragraph]) for ev in evidence]
    note = f"Source: {plain(brief.source.title).strip()}, paragraph"
    note += ("s " if len(paragraphs) > 1 else " ") + ", ".join(paragraphs)
    chart = charts.render(chart_id, plain(table.title).strip(), table.figures, note)
    return ChartView(chart, Markup(charts.inline(chart)), evidence, quotes)


def tags_of(brief: Brief) -> tuple[list[Tag], dict[tuple[str, str], str]]:
    """The brief's tags (sorted by kind, then name) and each (kind, name)'s anchor on its
    Cases by tag page."""
    found: dict[tuple[str, str], list[str]] = {}
    for kind in TAG_KINDS:
        for case in brief.cases:
            for name in getattr(case, kind):
                found.setdefault((kind, name), [])
                if case.id not in found[(kind, name)]:
                    found[(kind, name)].append(case.id)
    tags, anchors, names = [], {}, Names()
    for (kind, name), cases in found.items():
        anchor = names.unique(f"{slugify(TAG_KINDS[kind])}-{slugify(name, max_length=60) or 'tag'}")
        anchors[(kind, name)] = anchor
        tags.append(Tag(TAG_KINDS[kind], name, anchor, cases))
    tags.sort(key=lambda t: (list(TAG_KINDS.values()).index(t.kind), t.name.casefold()))
    return tags, anchors


def _backlinks(brief: Brief, case_titles, date_labels) -> dict[str, list[BackLink]]:
    """For each paragraph id, what was extracted from it, in page order."""
    links: dict[str, list[BackLink]] = {}

    def add(paragraph: str, link: BackLink) -> None:
        items = links.setdefault(paragraph, [])
        if link not in items:
            items.append(link)

    for ev in brief.findings:
        add(ev.paragraph, BackLink("index.md", "key-findings", "key finding"))
    for c in brief.cases:
        for ev in c.evidence:
            label = f"case: {date_labels[c.id]} — {case_titles[c.id]}"
            add(ev.paragraph, BackLink("cases.md", c.id, label))
    for f in brief.figures:
        add(f.evidence.paragraph, BackLink("figures.md", f.id, f"figure: {f.display} {f.label}"))
    for r in brief.recommendations:
        add(
            r.evidence.paragraph,
            BackLink("recommendations.md", r.id, f"recommendation {r.number}"),
        )
    for g in brief.glossary:
        add(g.evidence.paragraph, BackLink("text.md", "glossary", f"abbreviation: {g.abbr}"))
    return links


def _description(brief: Brief, name: str, view: View) -> str:
    title = plain(brief.title).strip()
    cases = _count(len(brief.cases), "dated case")
    figures = _count(len(brief.figures), "figure")
    recs = _count(len(brief.recommendations), "recommendation")
    what = {
        "index.md": f"Research brief of “{title}”: {cases}, {figures} and {recs}, "
        "each linked to the sentence it comes from.",
        "cases.md": f"{cases} from “{title}”, on a timeline and as cards quoting the source.",
        "figures.md": f"{figures} from “{title}”, as charts and tables with their evidence.",
        "recommendations.md": f"The {recs} of “{title}”, in full.",
        "text.md": f"The full text of “{title}”, paragraph by paragraph, with what was "
        "extracted from each.",
        "source.md": f"Where “{title}” comes from and how this brief was made from it.",
        "tags.md": f"The cases of “{title}” by nationality, organization and place.",
        "print.md": f"“{title}”: the whole research brief on one printable page.",
    }[name]
    if len(what) > DESCRIPTION_CHARS:
        what = what[: DESCRIPTION_CHARS - 1].rsplit(" ", 1)[0] + "…"
    return what


def _front_matter(brief: Brief, name: str, view: View) -> str:
    """YAML front matter: page meta for the theme (`overrides/partials/brief-meta.html`).

    Every text value is stored attribute-ready (`escape.attr`: HTML-escaped, Markdown
    punctuation as numeric entities), because Material prints `description` unescaped and
    because a front matter that some other tool renders as Markdown must stay inert too. The
    overrides print these values as they are (no second escape)."""
    src = brief.source
    text = escape.attr
    description = text(_description(brief, name, view))
    meta = {
        "description": str(description),
        "brief": {
            "description": str(description),
            "seed": str(text(src.seed)),
            "sha256": str(text(src.sha256)),
            "cite": {
                "title": str(text(src.title)),
                "authors": [str(text(a)) for a in src.authors],
                "date": str(text(src.published)) if src.published else None,
                "scholar_date": cite.scholar_date(src),
                "publisher": str(text(src.publisher)) if src.publisher else None,
                "url": str(text(src.url)) if src.url else None,
            },
        },
    }
    if name == "print.md":
        # The printable page repeats every other page: kept out of search so results point at
        # the real pages and the index every page loads is not doubled.
        meta["search"] = {"exclude": True}
        # Read by overrides/partials/palette.html: no palette toggle on this page (see there).
        meta["brief"]["printable"] = True
    dumped = front_matter.dump(meta)
    return f"---\n{dumped}---\n\n"


def _abbr_block(brief: Brief) -> str:
    lines = [abbr_line(plain(g.abbr).strip(), plain(g.expansion).strip()) for g in brief.glossary]
    lines = [line for line in lines if len(line.split()) == 3]
    return "\n" + "\n".join(lines) + "\n" if lines else ""


_HEADING = re.compile(r"^(#{1,5}) ", re.MULTILINE)


def _count(n: int, noun: str) -> str:
    """ "1 figure", "3 figures": the interface's own words in the right number."""
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def _printable(bodies: dict[str, str], brief: Brief) -> str:
    """The printed pages in order under one title; each page's title becomes a section heading."""
    out = [f"# {md(brief.title)}\n"]
    for name in PRINTED:
        body = bodies[name]
        first = re.search(r"^# .*$", body, re.MULTILINE)
        if first is not None:
            body = body[: first.start()] + f"## {md(PAGES[name])}" + body[first.end() :]
            head, tail = body[: first.start() + 3], body[first.start() + 3 :]
            body = head + _HEADING.sub(lambda m: "#" + m.group(1) + " ", tail)
        out.append(body.strip() + "\n")
    return "\n".join(out)


def _chart_image(chart: charts.Chart) -> Markup:
    """A chart on the printable page: an <img> of the brief's own chart file (the page is
    `print/`, one folder below the files), named like the inline <svg> by the chart's title.

    Inline, each chart adds ~120 SVG elements to a page that already holds the whole brief, and
    Material's startup script restyles and re-lays out the whole page several times: the
    printable page's main-thread time grows with its element count (`make audit`, README)."""
    width, height = round(chart.width), round(chart.height)
    # Lazy: far below the first screen, so not fetched at load (nor counted by Lighthouse's
    # simulated LCP); browsers fetch lazy images before printing.
    return Markup(
        f'<img class="brief-chart__img" src="../{quote(chart.file)}" '
        f'alt="{escape.attr(chart.title)}" width="{width}" height="{height}" loading="lazy">'
    )


# A link we built (`link()` in a template: a Markdown link, or a raw one, `_macros.a`) to an
# anchor on a page the printable page holds.
def _printed_link(pages: tuple[str, ...]) -> re.Pattern[str]:
    names = "|".join(map(re.escape, pages))
    return re.compile(r'(?:(?<=\]\()|(?<=data-brief-link="))(?:' + names + r')(?=#[^)\s"])')


_PRINTED_LINK = _printed_link(PRINTED)
_PRINTED_LINK_NO_TEXT = _printed_link(tuple(p for p in PRINTED if p != "text.md"))


def _for_print(body: str, view: View, with_text: bool = True) -> str:
    """A page's rendered body as the printable page holds it: links to anchors on printed pages
    stay on the printable page, and charts are images of their files.

    Rewriting the rendered page instead of rendering it again halves the cost of the printable
    page. It is safe on seed text: escaped text never holds `](` (`]` is an entity) nor `="`
    (entities), and a chart's <svg> is our own markup, found whole."""
    body = (_PRINTED_LINK if with_text else _PRINTED_LINK_NO_TEXT).sub("", body)
    for cv in view.charts.values():
        if cv.chart is not None:
            body = body.replace(str(cv.svg), str(_chart_image(cv.chart)))
    return body


def render_brief(brief: Brief) -> dict[str, str]:
    """Pages and data files of one brief, keyed by path relative to the brief's folder."""
    env = environment()
    view = view_of(brief)
    bodies = {
        path: env.get_template(name).render(brief=brief, view=view)
        for path, name in TEMPLATES.items()
    }
    chars = sum(len(p.text) for p in brief.paragraphs)
    with_text = chars <= MAX_PRINTED_TEXT
    printed = {path: _for_print(bodies[path], view, with_text) for path in PRINTED}
    if not with_text:
        printed["text.md"] = env.get_template("text_not_printed.md.j2").render(
            brief=brief, view=view
        )
    bodies["print.md"] = _printable(printed, brief)
    abbrs = _abbr_block(brief)
    files = {
        path: _front_matter(brief, path, view) + body.rstrip("\n") + "\n" + abbrs
        for path, body in bodies.items()
    }
    files["brief.json"] = data.brief_json(brief)
    files["cases.csv"] = data.cases_csv(brief)
    files["figures.csv"] = data.figures_csv(brief)
    files["citation.bib"] = cite.bibtex(brief.source)
    files["citation.ris"] = cite.ris(brief.source)
    files["citation.json"] = cite.csl_json(brief.source)
    for chart_view in view.charts.values():
        if chart_view.chart is not None:
            files[chart_view.chart.file] = chart_view.chart.svg
    return files


@dataclass(frozen=True)
class HomeEntry:
    brief: Brief
    path: str
    byline: str
    summary: str | None


def render_home(entries: list[HomeEntry]) -> str:
    return environment().get_template("home.md.j2").render(briefs=entries)

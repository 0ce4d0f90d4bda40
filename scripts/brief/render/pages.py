"""Render one brief into its Markdown pages and data files (in memory; the caller writes them).

Python prepares the view (bylines, counts, table grouping); templates only lay it out.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from slugify import slugify

from brief.model import Brief, Figure
from brief.render import data
from brief.render.environment import environment

# Page file → nav label, in reading order. The overview is the brief's section index.
PAGES = {
    "index.md": "Overview",
    "cases.md": "Cases",
    "figures.md": "Figures",
    "recommendations.md": "Recommendations",
    "text.md": "Full text",
    "source.md": "Source & method",
}
TITLE_WORDS = 12


@dataclass(frozen=True)
class FigureTable:
    id: str
    title: str
    figures: list[Figure]


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
    if src.republished_by and src.republished_by != src.publisher:
        parts.append(f"republished by {src.republished_by}")
    return " · ".join(parts) or f"From {src.seed}"


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
        tables.append(FigureTable(f"table-{slugify(name) or 'figures'}", members[0].label, members))
    singles.sort(key=lambda f: int(f.id[1:]) if f.id[1:].isdigit() else 0)
    return tables, singles


def view_of(brief: Brief) -> View:
    tables, singles = figure_tables(brief.figures)
    return View(
        byline=byline(brief),
        findings=brief.findings,
        incidents=sum(1 for c in brief.cases if c.kind == "incident"),
        contexts=sum(1 for c in brief.cases if c.kind == "context"),
        tables=len(tables),
        tables_list=tables,
        single_figures=singles,
        case_titles={c.id: _short(c.people[0] if c.people else c.summary) for c in brief.cases},
        date_labels={c.id: date_label(c.date) for c in brief.cases},
        hedges={c.id: ", ".join(f"“{h}”" for h in c.hedges) for c in brief.cases},
    )


def render_brief(brief: Brief) -> dict[str, str]:
    """Pages and data files of one brief, keyed by path relative to the brief's folder."""
    env = environment()
    view = view_of(brief)
    templates = {
        "index.md": "overview.md.j2",
        "cases.md": "cases.md.j2",
        "figures.md": "figures.md.j2",
        "recommendations.md": "recommendations.md.j2",
        "text.md": "text.md.j2",
        "source.md": "source.md.j2",
    }
    files = {
        path: env.get_template(name).render(brief=brief, view=view)
        for path, name in templates.items()
    }
    files["brief.json"] = data.brief_json(brief)
    files["cases.csv"] = data.cases_csv(brief)
    files["figures.csv"] = data.figures_csv(brief)
    return files


@dataclass(frozen=True)
class HomeEntry:
    brief: Brief
    path: str
    byline: str
    summary: str | None


def render_home(entries: list[HomeEntry]) -> str:
    return environment().get_template("home.md.j2").render(briefs=entries)

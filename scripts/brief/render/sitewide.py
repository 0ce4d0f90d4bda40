"""Render the site-wide pages that gather every brief: tags and glossary (in memory).

Python groups the briefs' items; the templates only lay them out, with the same escaping
environment as a brief's pages. Each item keeps the brief it comes from: a tag lists each brief
that names it with that brief's cases, and an abbreviation that stands for different things in
different briefs keeps every meaning, each with its own briefs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from slugify import slugify

from brief.ids import Names
from brief.model import Brief, Case
from brief.render.environment import environment
from brief.render.escape import plain
from brief.render.markdown_ext import abbr_line, term_pattern
from brief.render.pages import TAG_KINDS, case_title, date_label, tags_of

# Page file → nav label, in nav order (after the briefs).
SITE_PAGES = {"tags/index.md": "Tags", "glossary/index.md": "Glossary"}
KIND_ORDER = list(TAG_KINDS.values())
# Per brief: its abbreviations (term → meaning) and the texts of it that a page shows.
Shown = list[tuple[dict[str, str], list[str]]]


@dataclass(frozen=True)
class Link:
    label: str
    href: str  # relative to the site-wide page's source file


@dataclass(frozen=True)
class BriefTag:
    brief: Link  # to the tag on the brief's own Cases by tag page
    cases: list[Link]  # to each case's card on the brief's Cases page


@dataclass(frozen=True)
class SiteTag:
    kind: str  # Nationality, Organization, Place
    name: str
    anchor: str
    briefs: list[BriefTag]


@dataclass(frozen=True)
class Meaning:
    expansion: str
    briefs: list[Link]  # to each defining brief's list of abbreviations


@dataclass(frozen=True)
class Term:
    abbr: str
    meanings: list[Meaning]


def _href(folder: str, page: str, anchor: str = "") -> str:
    """A link from `<section>/index.md` to a brief's page; `folder` is `briefs/<name>`."""
    return f"../{folder}/{page}" + (f"#{anchor}" if anchor else "")


def _title(brief: Brief) -> str:
    return plain(brief.title).strip()


def _case_label(case: Case) -> str:
    """As the brief's own Cases by tag page shows a case."""
    return f"{date_label(case.date)} — {case_title(case)}"


def site_tags(briefs: list[tuple[Brief, str]]) -> list[SiteTag]:
    """Every tag of every brief (same kind and name, as written, is one tag), sorted by kind and
    name; under each, the briefs naming it in site order, each with its cases."""
    found: dict[tuple[str, str], list[BriefTag]] = {}
    for brief, folder in briefs:
        cases = {c.id: c for c in brief.cases}
        for tag in tags_of(brief)[0]:
            links = [
                Link(_case_label(cases[cid]), _href(folder, "cases.md", cid)) for cid in tag.cases
            ]
            entry = BriefTag(Link(_title(brief), _href(folder, "tags.md", tag.anchor)), links)
            found.setdefault((tag.kind, tag.name), []).append(entry)
    keys = sorted(found, key=lambda k: (KIND_ORDER.index(k[0]), k[1].casefold(), k[1]))
    tags, names = [], Names()
    for kind, name in keys:
        anchor = names.unique(f"{slugify(kind)}-{slugify(name, max_length=60) or 'tag'}")
        tags.append(SiteTag(kind, name, anchor, found[(kind, name)]))
    return tags


def site_glossary(briefs: list[tuple[Brief, str]]) -> list[Term]:
    """Every abbreviation of every brief, sorted; each meaning (expansion, whitespace collapsed)
    in order of first definition, with the briefs that define it so."""
    found: dict[str, dict[str, list[Link]]] = {}
    for brief, folder in briefs:
        link = Link(_title(brief), _href(folder, "text.md", "glossary"))
        for entry in brief.glossary:
            abbr = plain(entry.abbr).strip()
            expansion = plain(entry.expansion).strip()
            if not abbr or not expansion:
                continue
            links = found.setdefault(abbr, {}).setdefault(expansion, [])
            if link not in links:
                links.append(link)
    return [
        Term(abbr, [Meaning(e, links) for e, links in found[abbr].items()])
        for abbr in sorted(found, key=lambda a: (a.casefold(), a))
    ]


def _labels(name: str) -> str:
    """Our own words on a page: its template with every Jinja tag, expression and comment
    removed, plus the tag kinds."""
    env = environment()
    source = env.loader.get_source(env, name)[0]
    return re.sub(r"\{[{%#].*?[}%#]\}", " ", source, flags=re.DOTALL) + " ".join(KIND_ORDER)


def _tooltips(terms: list[Term], shown: Shown, labels: str) -> str:
    """The page's abbreviation tooltips (`markdown_ext`; one meaning per term for the whole page).

    A term gets one only if it has one meaning across the site and it occurs in no text that
    could read otherwise: not in our labels, and not in any text the page shows from a brief
    that does not define it so (`shown`: per brief, its abbreviations and the texts of it the
    page shows). So no tooltip gives one brief's meaning to another brief's words. Each text is
    scanned once for every term, as the tooltip extension scans a page (`term_pattern`)."""
    single = {t.abbr: t.meanings[0].expansion for t in terms if len(t.meanings) == 1}
    if not single:
        return ""
    pattern = term_pattern(tuple(sorted(single)))
    excluded = set(pattern.findall(labels))
    for defined, texts in shown:
        for text in texts:
            excluded.update(t for t in pattern.findall(text) if defined.get(t) != single[t])
    lines = []
    for term in terms:
        if term.abbr in single and term.abbr not in excluded:
            line = abbr_line(term.abbr, single[term.abbr])
            if len(line.split()) == 3:
                lines.append(line)
    return "\n" + "\n".join(lines) + "\n" if lines else ""


def _defined(brief: Brief) -> dict[str, str]:
    return {plain(g.abbr).strip(): plain(g.expansion).strip() for g in brief.glossary}


def _shown_on_tags(briefs: list[tuple[Brief, str]]) -> Shown:
    """Per brief: its abbreviations and its texts on the tags page (title, tags, case labels)."""
    out = []
    for brief, _ in briefs:
        cases = {c.id: c for c in brief.cases}
        texts = [_title(brief)]
        for tag in tags_of(brief)[0]:
            texts.append(tag.name)
            texts += [_case_label(cases[cid]) for cid in tag.cases]
        out.append((_defined(brief), texts))
    return out


def _shown_on_glossary(briefs: list[tuple[Brief, str]]) -> Shown:
    """Per brief: its abbreviations and its texts on the glossary (title, terms, meanings)."""
    out = []
    for brief, _ in briefs:
        defined = _defined(brief)
        out.append((defined, [_title(brief), *defined, *defined.values()]))
    return out


def home_tooltips(briefs: list[tuple[Brief, str]], texts: list[list[str]]) -> str:
    """The home page's tooltip block, by the same rule as the site-wide pages: `texts` holds,
    per brief, what the home page shows of it (title, byline, summary)."""
    shown = [(_defined(b), t) for (b, _), t in zip(briefs, texts, strict=True)]
    return _tooltips(site_glossary(briefs), shown, _labels("home.md.j2"))


def render_site_pages(briefs: list[tuple[Brief, str]]) -> dict[str, str]:
    """The site-wide pages, keyed by path from the docs root; `briefs` holds each brief with
    its folder (`briefs/<name>`), in site order."""
    env = environment()
    terms = site_glossary(briefs)
    out = {}
    for path, template, data, shown in (
        ("tags/index.md", "site_tags.md.j2", {"tags": site_tags(briefs)}, _shown_on_tags),
        ("glossary/index.md", "site_glossary.md.j2", {"terms": terms}, _shown_on_glossary),
    ):
        body = env.get_template(template).render(**data).rstrip("\n") + "\n"
        out[path] = body + _tooltips(terms, shown(briefs), _labels(template))
    return out

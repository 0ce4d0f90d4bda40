"""render → site: every seed's pages, the home page, the site-wide tags and glossary pages and
the navigation, as in-memory files.

Both the MkDocs hook and `brief build` call `generate`; neither writes into `docs/`. Each seed is
read, converted and rendered (pages, data files, charts) on its own: a seed that fails at any of
these steps is reported in one line naming it and left out, so one bad page never takes the
other briefs down with it (a converter bug on one seed too: it is reported as an internal error
naming the seed and the step).
"""

from __future__ import annotations

import html
import os
from dataclasses import dataclass, field
from pathlib import Path

from slugify import slugify

from brief.errors import BriefError
from brief.extract.sentences import sentence_texts
from brief.ids import Names
from brief.model import Brief
from brief.pipeline import SLUG_MAX, convert_path
from brief.read import list_seeds
from brief.render.environment import keep_compiled
from brief.render.escape import plain, terminal  # noqa: F401 (terminal: for the hook)
from brief.render.pages import PAGES, HomeEntry, byline, render_brief, render_home
from brief.render.sitewide import SITE_PAGES, home_tooltips, render_site_pages
from brief.site import cache as build_cache
from brief.site.progress import track

BRIEFS_DIR = "briefs"
DEBUG_ENV = "BRIEF_DEBUG"
HOME = "index.md"
DETAIL_CHARS = 200  # of an internal error's message, which may quote seed text


@dataclass
class SiteFiles:
    files: dict[str, str] = field(default_factory=dict)
    nav: list = field(default_factory=list)
    briefs: list[Brief] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


def unique_folders(briefs: list[Brief]) -> list[str]:
    """One URL folder per brief. Briefs are in seed-name order; a later brief whose slug is taken
    gets its seed's name appended, so adding a seed never moves an existing brief's URL."""
    names = Names()
    folders = []
    for brief in briefs:
        folder = brief.slug
        if folder in names.taken:
            stem = slugify(Path(brief.source.seed).stem, max_length=SLUG_MAX, word_boundary=True)
            folder = f"{brief.slug}-{stem}"
        folders.append(names.unique(folder))
    return folders


def generate(seeds_dir: Path, *, cache: Path | None = None) -> SiteFiles:
    """`cache`: a folder where conversions and compiled templates are kept between builds
    (`brief.site.cache`; the MkDocs hook passes `build/cache`), so a rebuild converts only
    seeds that changed and compiles no template."""
    folder = build_cache.folder(cache)
    convert = build_cache.converter(folder / "briefs" if folder else None, convert_path)
    keep_compiled(folder / "templates" if folder else None)
    out = SiteFiles()
    converted = []
    for path in track(list_seeds(seeds_dir), "brief: converting seeds"):
        brief = _guarded(out.errors, path, "converting", convert, path)
        if brief is not None:
            converted.append(brief)
    entries = []
    for brief, folder in zip(converted, unique_folders(converted), strict=True):
        files = _guarded(out.errors, brief.source.seed, "rendering", render_brief, brief)
        if files is None:
            continue
        out.briefs.append(brief)
        prefix = f"{BRIEFS_DIR}/{folder}"
        for name, content in files.items():
            out.files[f"{prefix}/{name}"] = content
        out.nav.append(
            {
                html.escape(plain(brief.title).strip()): [f"{prefix}/index.md"]
                + [
                    {label: f"{prefix}/{name}"}
                    for name, label in PAGES.items()
                    if name != "index.md"
                ]
            }
        )
        entries.append(HomeEntry(brief, prefix, byline(brief), _summary(brief)))
    shown = [[e.brief.title, e.byline, e.summary or ""] for e in entries]
    pairs = [(e.brief, e.path) for e in entries]
    out.files[HOME] = render_home(entries).rstrip("\n") + "\n" + home_tooltips(pairs, shown)
    # Tags and glossary across every brief: top-level pages after the briefs.
    site_pages = _guarded(out.errors, "site-wide pages", "rendering", render_site_pages, pairs)
    if site_pages is not None:
        out.files.update(site_pages)
        out.nav.extend({label: path} for path, label in SITE_PAGES.items())
    out.nav.insert(0, {"Home": HOME})
    return out


def _guarded(errors: list[str], what, step: str, function, *args):
    """`function(*args)`, or None with one line in `errors` naming `what` (a seed) when it
    fails: a refusal as its message, a bug as an internal error naming the step."""
    try:
        return function(*args)
    except BriefError as err:
        errors.append(str(err))
    except Exception as err:  # a converter bug on one seed must not take the others down
        if os.environ.get(DEBUG_ENV):
            raise
        detail = str(err) if len(str(err)) <= DETAIL_CHARS else str(err)[:DETAIL_CHARS] + "…"
        errors.append(
            f"{what}: internal error while {step}: {type(err).__name__}: {detail} "
            f"(a converter bug; set {DEBUG_ENV}=1 for the traceback)"
        )
    return None


def _summary(brief: Brief) -> str | None:
    first = brief.paragraphs[0].text if brief.paragraphs else ""
    sentences = sentence_texts(first)
    return sentences[0] if sentences else None

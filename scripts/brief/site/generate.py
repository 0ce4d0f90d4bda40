"""render → site: every seed's pages, the home page, the site-wide tags and glossary pages and
the navigation, as in-memory files.

Both the MkDocs hook and `brief build` call `generate`; neither writes into `docs/`. A seed that
fails is reported and left out, so one bad page never takes the other briefs down with it (a
converter bug on one seed too: it is reported as an internal error naming the seed).
"""

from __future__ import annotations

import html
import os
from dataclasses import dataclass, field
from pathlib import Path

from slugify import slugify

from brief.errors import BriefError
from brief.extract.sentences import sentence_texts
from brief.model import Brief
from brief.pipeline import convert_path
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


@dataclass
class SiteFiles:
    files: dict[str, str] = field(default_factory=dict)
    nav: list = field(default_factory=list)
    briefs: list[Brief] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


def unique_folders(briefs: list[Brief]) -> list[str]:
    """One URL folder per brief. Briefs are in seed-name order; a later brief whose slug is taken
    gets its seed's name appended, so adding a seed never moves an existing brief's URL."""
    taken: set[str] = set()
    folders = []
    for brief in briefs:
        folder = brief.slug
        if folder in taken:
            folder = f"{brief.slug}-{slugify(Path(brief.source.seed).stem)}"
        n = 2
        base = folder
        while folder in taken:
            folder, n = f"{base}-{n}", n + 1
        taken.add(folder)
        folders.append(folder)
    return folders


def generate(seeds_dir: Path, *, cache: Path | None = None) -> SiteFiles:
    """`cache`: a folder where conversions and compiled templates are kept between builds
    (`brief.site.cache`; the MkDocs hook passes `build/cache`), so a rebuild converts only
    seeds that changed and compiles no template."""
    folder = build_cache.folder(cache)
    convert = build_cache.converter(folder / "briefs" if folder else None, convert_path)
    keep_compiled(folder / "templates" if folder else None)
    out = SiteFiles()
    for path in track(list_seeds(seeds_dir), "brief: converting seeds"):
        try:
            out.briefs.append(convert(path))
        except BriefError as err:
            out.errors.append(str(err))
        except Exception as err:  # a converter bug on one seed must not take the others down
            if os.environ.get(DEBUG_ENV):
                raise
            out.errors.append(
                f"{path}: internal error: {type(err).__name__}: {err} "
                f"(a converter bug; set {DEBUG_ENV}=1 for the traceback)"
            )
    entries = []
    for brief, folder in zip(out.briefs, unique_folders(out.briefs), strict=True):
        prefix = f"{BRIEFS_DIR}/{folder}"
        for name, content in render_brief(brief).items():
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
    out.files.update(render_site_pages(pairs))
    out.nav.extend({label: path} for path, label in SITE_PAGES.items())
    out.nav.insert(0, {"Home": HOME})
    return out


def _summary(brief: Brief) -> str | None:
    first = brief.paragraphs[0].text if brief.paragraphs else ""
    sentences = sentence_texts(first)
    return sentences[0] if sentences else None

"""Hostile seeds: whatever a dump holds, the site shows it as the same visible text, and nothing
in it becomes markup, a link, a script, an include or a template.

The corpus (tests/hostile/corpus.py) is an article of generated prose among page noise, with
raw HTML, live-Markdown, snippet/template syntax, front-matter look-alikes and Unicode traps in
the title, headings, paragraphs, case and figure sentences, recommendations, an abbreviation,
the sidecar and the seed's file name. The browser half is tests/browser/test_hostile_browser.py.
"""

from __future__ import annotations

import csv
import html
import io
import json
import os
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from brief.pipeline import convert_path
from brief.render.data import cases_csv, figures_csv
from brief.render.pages import render_brief

from .conftest import mkdocs_build, site_markdown
from .hostile.corpus import FRAGMENTS, HEADINGS, TITLE, shown
from .hostile.site import HOSTILE_NAME, write_hostile_seeds

# Elements only hostile text could create: the templates never write these (Material's theme
# adds svg, form, input … around the article, so the built-site check uses `assert_inert`).
FROM_TEXT = {
    "script", "img", "iframe", "frame", "math", "style", "object", "embed", "base",
    "form", "input", "button", "textarea", "link", "meta", "audio", "video", "b", "i", "hr",
    "pre", "h4", "h5", "h6", "sup", "del", "mark", "ins", "dl",
}  # fmt: skip
URL_ATTRS = {"href", "src", "action", "formaction", "data", "xlink:href", "srcset", "poster"}
# The printable page shows each chart as an <img> of the brief's own chart file, by relative path
# (brief.render.pages `_chart_image`): recorded as "chart:img". Any other <img> is from text.
CHART_IMG_SRC = re.compile(r"\.\./chart-[a-z0-9-]+\.svg")


def _chart_image(tag: str, attrs: dict[str, str | None]) -> bool:
    return (
        tag == "img"
        and attrs.get("class") == "brief-chart__img"
        and CHART_IMG_SRC.fullmatch(attrs.get("src") or "") is not None
    )


class Page(HTMLParser):
    """Tags, attributes and visible text of an HTML document or fragment."""

    def __init__(self, html_text: str, *, only: str | None = None) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.scripts: list[str] = []
        self._parts: list[str] = []
        self._only, self._depth, self._in_script, self._svg = only, 0, False, 0
        self.feed(html_text)
        self.close()

    def handle_starttag(self, tag, attrs):
        # Elements inside an inline <svg> (charts) are recorded as "svg:<tag>".
        attrs = dict(attrs)
        named = "chart:img" if _chart_image(tag, attrs) else tag
        self.tags.append((f"svg:{tag}" if self._svg else named, attrs))
        self._svg += tag == "svg"
        self._in_script = tag == "script"
        if self._only and (tag == self._only or self._depth):
            self._depth += tag not in ("br", "hr", "img", "input", "link", "meta")

    def handle_endtag(self, tag):
        self._in_script = False
        self._svg -= tag == "svg" and self._svg > 0
        if self._only and self._depth and tag not in ("br", "hr", "img", "input"):
            self._depth -= 1

    def handle_data(self, data):
        if self._in_script:
            self.scripts.append(data)
        elif not self._only or self._depth:
            self._parts.append(data)

    @property
    def text(self) -> str:
        return re.sub(r"\s+", " ", "".join(self._parts)).strip()


def assert_inert(page: Page, where: str, *, svg: bool = False) -> None:
    """No event handler, no script URL, no embedded content, no script that the site did not
    ship (Material's bundle and its JSON config). A chart file (`svg`) holds no script at all."""
    for tag, attrs in page.tags:
        for name, value in attrs.items():
            assert not name.startswith("on"), (where, tag, name, value)
            if name in URL_ATTRS and value:
                scheme = re.sub(r"[\s\x00-\x1f]", "", html.unescape(value)).lower()
                assert not scheme.startswith(("javascript:", "vbscript:", "data:text")) or (
                    value == "javascript:void(0)"
                ), (where, tag, name, value)
        if svg or tag.startswith("svg:"):  # a chart: drawing elements only
            assert tag.removeprefix("svg:") not in (
                "script", "foreignobject", "iframe", "image", "a", "animate", "set", "handler",
            ), (where, tag, attrs)  # fmt: skip
            assert all(
                (v or "#").startswith("#") for k, v in attrs.items() if k.endswith("href")
            ), (where, tag, attrs)
            continue
        assert tag not in ("iframe", "object", "embed", "img", "style", "base", "frame"), (
            where,
            tag,
            attrs,
        )
        if tag == "script":  # the theme's bundle, its JSON config, its inline snippets
            assert (attrs.get("src") or "").endswith(".js") or set(attrs) <= {"id", "type"}
    for script in page.scripts:
        assert "INJECTED" not in script and "alert(" not in script, (where, script[:200])


@pytest.fixture(scope="module")
def markdown_render():
    return site_markdown()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    folder = tmp_path_factory.mktemp("hostile-seeds")
    seeds = write_hostile_seeds(folder)
    return folder, seeds


@pytest.fixture(scope="module")
def hostile_brief(corpus):
    folder, seeds = corpus
    return seeds["001_hostile.txt"], convert_path(folder / "001_hostile.txt")


def test_the_corpus_reaches_every_part_of_the_brief(hostile_brief):
    """Guards the other tests against passing vacuously: the hostile text is really kept."""
    seed, brief = hostile_brief
    assert brief.title == TITLE
    assert [p.text for p in brief.paragraphs] == seed.paragraphs
    assert [s.heading for s in brief.sections if s.heading] == seed.headings
    assert any("<b>" in c.summary for c in brief.cases)
    assert any("<script>" in f.evidence.quote for f in brief.figures)
    assert any("INJECTED-chart" in f.evidence.quote and f.group for f in brief.figures)
    assert any(f.evidence.quote.startswith("=HYPERLINK") for f in brief.figures)
    assert any("onerror" in r.headline for r in brief.recommendations)
    assert any("</b>" in g.expansion for g in brief.glossary)
    for fragment in FRAGMENTS:
        assert sum(fragment in p for p in seed.paragraphs) >= 2, fragment


def test_pages_render_hostile_text_literally_and_inertly(hostile_brief, markdown_render):
    seed, brief = hostile_brief
    files = render_brief(brief)
    pages = {name: source for name, source in files.items() if name.endswith(".md")}
    rendered = {name: Page(markdown_render(source)) for name, source in pages.items()}
    for name, page in rendered.items():
        assert_inert(page, name)
        assert not {tag for tag, _ in page.tags} & FROM_TEXT, name
    text = rendered["text.md"].text
    for paragraph in seed.paragraphs:
        assert shown(paragraph) in text, paragraph
    for heading in HEADINGS[:1] + HEADINGS[-1:]:
        assert shown(heading) in text
    assert rendered["index.md"].text.startswith(shown(TITLE))
    for case in brief.cases:
        assert shown(case.summary) in rendered["cases.md"].text
    for figure in brief.figures:
        assert shown(figure.label) in rendered["figures.md"].text
        if not figure.group:  # a charted figure links to its quote instead of printing it
            assert shown(figure.evidence.quote) in rendered["figures.md"].text
    for rec in brief.recommendations:
        assert shown(rec.text) in rendered["recommendations.md"].text
    for entry in brief.glossary:
        assert shown(entry.expansion) in text


def test_hostile_file_name_and_sidecar_stay_text(corpus, markdown_render):
    folder, _ = corpus
    named = convert_path(folder / HOSTILE_NAME)
    source = Page(markdown_render(render_brief(named)["source.md"]))
    assert_inert(source, "source.md")
    assert not {tag for tag, _ in source.tags} & FROM_TEXT
    assert HOSTILE_NAME in source.text
    side = convert_path(folder / "001_hostile.txt")
    for name in ("source.md", "index.md", "text.md"):
        page = Page(markdown_render(render_brief(side)[name]))
        assert_inert(page, name)
        assert not {tag for tag, _ in page.tags} & FROM_TEXT, name
        assert "<script>alert('INJECTED-author')</script>" in page.text, name
    links = [a.get("href") for tag, a in Page(markdown_render(render_brief(side)["source.md"])).tags
             if tag == "a" and (a.get("href") or "").startswith("https://example.org")]  # fmt: skip
    assert links and all(
        h == "https://example.org/a?x=1&y=2#[z](javascript:alert('INJECTED-url'))" for h in links
    )


def test_csv_cells_cannot_run_as_spreadsheet_formulas(hostile_brief):
    _, brief = hostile_brief
    quotes = []
    for content in (cases_csv(brief), figures_csv(brief)):
        rows = list(csv.reader(io.StringIO(content)))
        assert len({len(r) for r in rows}) == 1  # hostile text never breaks the columns
        for row in rows[1:]:
            for cell in row:  # a plain number ("-40") is data, not a formula
                if not re.fullmatch(r"-?\d+(?:\.\d+)?", cell):
                    assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), cell
            quotes += row
    assert any(c.startswith("'=HYPERLINK(") for c in quotes)


def test_data_keeps_the_text_verbatim(hostile_brief):
    seed, brief = hostile_brief
    data = json.loads(brief.model_dump_json())
    texts = [p["text"] for s in data["sections"] for p in s["paragraphs"]]
    assert texts == seed.paragraphs  # controls, bidi and all: the data is the verbatim record


@pytest.fixture(scope="module")
def hostile_site(corpus, tmp_path_factory) -> Path:
    folder, _ = corpus
    dest = tmp_path_factory.mktemp("hostile-site")
    result = mkdocs_build(dest, folder)
    assert result.returncode == 0, result.stderr
    return dest


def test_built_site_is_inert_everywhere(hostile_site):
    pages = list(hostile_site.rglob("*.html"))
    assert len(pages) >= 18
    for path in pages:
        assert_inert(Page(path.read_text(encoding="utf-8")), str(path))
    charts = list((hostile_site / "briefs").rglob("*.svg"))
    assert charts  # the corpus has a figure table whose label holds markup
    for path in charts:
        assert_inert(Page(path.read_text(encoding="utf-8")), str(path), svg=True)


def test_no_local_file_is_included(hostile_site):
    """`--8<-- "/etc/passwd"` is text: no line of the file reaches any built file."""
    secret = [line for line in Path("/etc/passwd").read_text().splitlines() if len(line) > 12]
    assert secret
    for path in hostile_site.rglob("*"):
        if path.is_file() and path.suffix in (".html", ".json", ".csv", ".xml", ".md", ""):
            content = path.read_text(encoding="utf-8", errors="replace")
            assert not any(line in content for line in secret), path
            assert "root:x:0:0" not in content, path


def test_built_full_text_page_shows_every_paragraph(corpus, hostile_site):
    _, seeds = corpus
    seed = seeds["001_hostile.txt"]
    folder = next(p for p in (hostile_site / "briefs").iterdir() if p.name.startswith("script"))
    text = Page((folder / "text" / "index.html").read_text(encoding="utf-8"), only="article").text
    for paragraph in seed.paragraphs:
        assert shown(paragraph) in text, paragraph
    title = Page((folder / "index.html").read_text(encoding="utf-8"), only="title").text
    assert title.startswith(shown(TITLE))


def test_search_index_holds_text_not_markup(hostile_site):
    index = json.loads((hostile_site / "search" / "search_index.json").read_text("utf-8"))
    for doc in index["docs"]:
        fragment = Page(doc["title"] + " " + doc["text"])
        assert_inert(fragment, doc["location"])
        assert not {t for t, _ in fragment.tags} & FROM_TEXT, doc["location"]


def test_two_briefs_with_the_same_title_keep_distinct_urls(hostile_site):
    folders = sorted(p.name for p in (hostile_site / "briefs").iterdir())
    assert "same-title-a-review-of-borders" in folders
    assert "same-title-a-review-of-borders-003-same-title" in folders
    home = (hostile_site / "index.html").read_text(encoding="utf-8")
    assert home.count('href="briefs/same-title-a-review-of-borders') >= 2


def test_second_build_is_byte_identical(corpus, hostile_site, tmp_path):
    """Everything generated from seeds (pages, data files, search index, charts) is the same
    bytes on a rebuild, even with another hash seed and touched seed files; only the sitemap
    carries the build date."""
    folder, _ = corpus
    for seed in folder.iterdir():
        os.utime(seed, (1_000_000_000, 1_000_000_000))
    again = tmp_path / "again"
    result = mkdocs_build(again, folder, env={"PYTHONHASHSEED": "12345"})
    assert result.returncode == 0, result.stderr

    def files(root: Path) -> dict[str, bytes]:
        return {
            str(p.relative_to(root)): p.read_bytes()
            for p in sorted(root.rglob("*"))
            if p.is_file() and not p.name.startswith("sitemap")
        }

    first, second = files(hostile_site), files(again)
    assert sorted(first) == sorted(second)
    assert "search/search_index.json" in first
    assert any(name.endswith("brief.json") for name in first)
    assert [name for name in first if first[name] != second[name]] == []

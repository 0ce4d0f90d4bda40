"""The MkDocs build as a reader gets it: a strict build, every brief page, working evidence links,
downloads, no request to another host, and byte-identical output on a second build."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from .conftest import ROOT, TITLE, mkdocs_build

PAGES = ("", "cases/", "figures/", "recommendations/", "text/", "source/")


@pytest.fixture(scope="session")
def brief_dir(site: Path) -> Path:
    folders = [p for p in (site / "briefs").iterdir() if p.is_dir()]
    assert len(folders) == 1
    return folders[0]


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.ids: set[str] = set()
        self.hrefs: list[str] = []
        self.srcs: list[str] = []  # what the browser fetches: src= and <link href=>

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if "id" in a:
            self.ids.add(a["id"])
        if tag == "a" and a.get("href"):
            self.hrefs.append(a["href"])
        if tag == "link" and a.get("href") and a.get("rel") != "canonical":
            self.srcs.append(a["href"])
        if a.get("src"):
            self.srcs.append(a["src"])


def parse(path: Path) -> _Links:
    parser = _Links()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser


def test_every_brief_page_and_download_is_built(site, brief_dir):
    assert brief_dir.name == "closing-the-border-to-terrorists-cooperation-between-mexican"
    for page in PAGES:
        html = (brief_dir / page / "index.html").read_text(encoding="utf-8")
        assert TITLE in html or page, page
    for name in ("brief.json", "cases.csv", "figures.csv"):
        assert (brief_dir / name).stat().st_size > 100
    home = (site / "index.html").read_text(encoding="utf-8")
    assert TITLE in home and "briefs/closing-the-border" in home


def test_nothing_generated_is_written_into_docs(site):
    assert not (ROOT / "docs" / "briefs").exists()
    assert not (ROOT / "docs" / "index.md").exists()


def test_evidence_links_land_on_existing_paragraphs_that_hold_the_quote(brief_dir):
    text_page = brief_dir / "text" / "index.html"
    anchors = parse(text_page).ids
    data = json.loads((brief_dir / "brief.json").read_text(encoding="utf-8"))
    paragraphs = {p["id"]: p["text"] for s in data["sections"] for p in s["paragraphs"]}
    assert set(paragraphs) <= anchors
    checked = 0
    for page in ("cases", "figures", "recommendations", ""):
        for href in parse(brief_dir / page / "index.html").hrefs:
            if "text/#" in href:
                anchor = href.split("#", 1)[1].split(":~:", 1)[0]  # text fragment aside
                assert anchor in anchors, (page, href)
                checked += 1
    assert checked >= 20
    items = data["cases"] + data["figures"] + data["recommendations"] + data["glossary"]
    for item in items:
        evidence = item["evidence"] if isinstance(item["evidence"], list) else [item["evidence"]]
        for ev in evidence:
            assert ev["quote"] in paragraphs[ev["paragraph"]], ev


def test_pages_load_nothing_from_another_host(site):
    for html in site.rglob("*.html"):
        for url in parse(html).srcs:
            assert not re.match(r"(https?:)?//", url), (html, url)
        assert "fonts.googleapis" not in html.read_text(encoding="utf-8")


def test_search_index_covers_the_brief(site):
    index = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))
    text = " ".join(doc["text"] for doc in index["docs"])
    assert "Tajik" in text and "ISIS-K" in text


def test_second_build_is_byte_identical(site, tmp_path):
    again = tmp_path / "again"
    assert mkdocs_build(again).returncode == 0

    def files(root: Path) -> dict[str, bytes]:
        return {
            str(p.relative_to(root)): p.read_bytes()
            for p in root.rglob("*")
            if p.is_file() and not p.name.startswith("sitemap")
        }

    assert files(again) == files(site)


def test_bad_seed_fails_the_strict_build_with_a_clear_error(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "empty.txt").write_text("")
    result = mkdocs_build(tmp_path / "out", seeds)
    assert result.returncode != 0
    assert "empty.txt: empty file" in result.stderr
    assert "Traceback" not in result.stderr


def test_home_page_explains_the_briefs_abbreviations(site):
    """One brief: its abbreviations get their tooltips on the home page too (its summary)."""
    home = (site / "index.html").read_text("utf-8")
    article = home[home.index("<article") : home.index("</article>")]
    assert '<abbr title="Customs and Border Protection">CBP</abbr>' in article

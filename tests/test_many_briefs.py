"""A site of several briefs: the seed plus a handful of corpus pages used as extra seeds in a
temporary folder (never in the published `seeds/`), and a variant of the seed under another title
that expands one abbreviation differently. Home page, navigation and search must cover every
brief and keep each one apart; the site-wide tags and glossary pages gather every brief's items
and keep each with its brief."""

from __future__ import annotations

import html
import io
import json
import os
import posixpath
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from brief.render.pages import PAGES as BRIEF_PAGES

from .conftest import CORPUS, SEED, mkdocs_build

# A handful of corpus pages in several languages and shapes; few, so the build stays fast. 034_
# has tagged cases and 041_ defines abbreviations, so the site-wide pages gather several briefs.
CORPUS_PAGES = ("001_", "004_", "012_", "025_", "034_", "040_", "041_")
SIDECAR = "publisher: Test Publisher\npublished: 2021-03-04\nauthors: [Ada Example]\n"
# The variant: the seed with one abbreviation expanded differently, under its own title. It shares
# the seed's tags and its other abbreviations (same meanings).
VARIANT = "900_variant.txt"
VARIANT_TITLE = "A variant of the seed article"
CBP = ("Customs and Border Protection", "Central Border Patrol")  # the seed's, the variant's
SEEDS_TOTAL = 2 + len(CORPUS_PAGES)
# Each brief's pages as URL folders: "" (overview), "cases/", "figures/", …
PAGES = tuple("" if name == "index.md" else name.removesuffix(".md") + "/" for name in BRIEF_PAGES)


@pytest.fixture(scope="module")
def many(tmp_path_factory) -> Path:
    if not CORPUS.is_dir():
        pytest.skip(f"{CORPUS} not found")
    root = tmp_path_factory.mktemp("many")
    seeds = root / "seeds"
    seeds.mkdir()
    shutil.copy(SEED, seeds / SEED.name)
    shutil.copy(SEED.with_suffix(".yml"), seeds / SEED.with_suffix(".yml").name)
    for n, prefix in enumerate(CORPUS_PAGES, 1):
        page = next(CORPUS.glob(f"{prefix}*.txt"))
        shutil.copy(page, seeds / f"{n:03d}_corpus_{prefix}.txt")
    (seeds / "001_corpus_001_.yml").write_text(SIDECAR, encoding="utf-8")
    text = SEED.read_text(encoding="utf-8")
    assert text.count(f"{CBP[0]} (CBP)") == 1
    (seeds / VARIANT).write_text(text.replace(f"{CBP[0]} (CBP)", f"{CBP[1]} (CBP)"), "utf-8")
    (seeds / VARIANT).with_suffix(".yml").write_text(f"title: {VARIANT_TITLE}\n", "utf-8")
    site = root / "site"
    result = mkdocs_build(site, seeds)
    assert result.returncode == 0, result.stderr
    return site


@pytest.fixture(scope="module")
def briefs(many: Path) -> dict[str, dict]:
    """brief.json of every brief, by its URL folder."""
    found = {
        p.parent.name: json.loads(p.read_text("utf-8")) for p in many.glob("briefs/*/brief.json")
    }
    assert len(found) == SEEDS_TOTAL
    return found


def _text(fragment: str) -> str:
    """Visible text of an HTML fragment, whitespace collapsed."""
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", fragment)).split())


def _inline(fragment: str) -> str:
    """Visible text of inline HTML (a heading, a cell, a link): tags dropped, not spaced."""
    text = re.sub(r'<a class="headerlink".*?</a>', "", fragment, flags=re.DOTALL)
    return " ".join(html.unescape(re.sub(r"<[^>]+>", "", text)).split())


def _home_entries(many: Path) -> dict[str, str]:
    """The home page's entry per brief folder: the text from its heading to the next one."""
    page = (many / "index.html").read_text("utf-8")
    article = page[page.index("<article") : page.index("</article>")]
    parts = re.split(r"(?=<h2 )", article)[1:]
    entries = {}
    for part in parts:
        folder = re.search(r'<a href="briefs/([^/"]+)/">', part).group(1)
        entries[folder] = _text(part)
    return entries


def test_home_page_lists_every_brief_with_byline_summary_and_counts(many, briefs):
    entries = _home_entries(many)
    assert set(entries) == set(briefs)
    for folder, data in briefs.items():
        entry = entries[folder]
        assert entry.startswith(" ".join(data["title"].split())), folder
        counts = (
            f"{len(data['cases'])} cases · {len(data['figures'])} figures · "
            f"{len(data['recommendations'])} recommendations"
        )
        assert counts in entry, folder
        first = data["sections"][0]["paragraphs"][0]["text"]
        assert " ".join(first.split()[:6]) in entry, folder  # the one-line summary
        source = data["source"]
        for known in (source["publisher"], source["published"]):
            if known:
                assert known in entry, (folder, known)
    test = next(d for d in briefs.values() if d["source"]["seed"] == "001_corpus_001_.txt")
    assert test["source"]["publisher"] == "Test Publisher"


def _primary_nav(page: Path) -> str:
    text = page.read_text("utf-8")
    nav = text[text.index('<nav class="md-nav md-nav--primary"') :]
    return nav[: nav.index('<div class="md-sidebar md-sidebar--secondary"')]


def _nav_sections(nav: str) -> list[tuple[str, str]]:
    """(class, html) of each nested item (a brief's section) of the primary navigation."""
    parts = re.split(r'<li class="(md-nav__item[^"]*md-nav__item--nested[^"]*)">', nav)
    return list(zip(parts[1::2], parts[2::2], strict=True))


def test_each_brief_has_its_own_navigation_section(many, briefs):
    """Material's primary navigation: one section per brief, labelled with its title; on a
    brief's pages its own section is open and holds exactly its own pages (the others are
    pruned to their label and link, see `navigation.prune` in mkdocs.yml)."""
    for folder in briefs:
        sections = _nav_sections(_primary_nav(many / "briefs" / folder / "index.html"))
        assert len(sections) == len(briefs), folder
        labels = {}
        for css, section in sections:
            href = re.search(r'<a href="([^"]+)" class="md-nav__link', section).group(1)
            other = folder if href == "./" else href.strip("./").split("/")[-1]
            labels[other] = _text(section[: section.index("</a>")])
            if other == folder:
                assert "md-nav__item--active" in css
                links = [h for h in re.findall(r'<a href="([^"]*)"', section) if "../" not in h]
                assert sorted(set(links)) == sorted(sub or "./" for sub in PAGES), folder
        assert labels == {f: " ".join(d["title"].split()) for f, d in briefs.items()}, folder
        for sub in PAGES:
            assert (many / "briefs" / folder / sub / "index.html").is_file(), (folder, sub)


def test_search_covers_every_brief_and_ties_each_result_to_its_brief(many, briefs):
    index = json.loads((many / "search" / "search_index.json").read_text("utf-8"))
    by_brief: dict[str, list[dict]] = {folder: [] for folder in briefs}
    for doc in index["docs"]:
        location = doc["location"]
        if location.startswith("briefs/"):
            folder = location.split("/")[1]
            assert folder in by_brief, location  # every result belongs to one known brief
            by_brief[folder].append(doc)
        else:
            site_wide = ("#", "about/", "tags/", "glossary/")
            assert location == "" or location.startswith(site_wide), location
    for folder, data in briefs.items():
        docs = by_brief[folder]
        pages = {d["location"].split("#")[0] for d in docs}
        searchable = {sub for sub in PAGES if sub != "print/"}  # the printable copy is excluded
        assert pages == {f"briefs/{folder}/{sub}" for sub in searchable}, folder
        # The brief's overview result carries the brief's title.
        overview = next(d for d in docs if d["location"] == f"briefs/{folder}/")
        assert html.unescape(overview["title"]) == data["title"]
        # Its text is searchable, within its own brief's pages only.
        words = [w for w in data["sections"][0]["paragraphs"][0]["text"].split() if len(w) > 3]
        own = " ".join(html.unescape(d["text"]) for d in docs)
        assert any(w in own for w in words[:10]), folder


def test_every_search_result_title_names_its_brief(many, briefs):
    """Material's search shows a result's page title, which is the page's h1: each page of a brief
    names the brief, then the page, so results from different briefs are told apart. (The
    overview's h1 is the brief's title; the printable copy is kept out of search.)"""
    index = json.loads((many / "search" / "search_index.json").read_text("utf-8"))
    docs = {d["location"]: d for d in index["docs"]}
    for folder, data in briefs.items():
        title = " ".join(data["title"].split())
        for name, label in BRIEF_PAGES.items():
            if name in ("index.md", "print.md"):
                continue
            doc = docs[f"briefs/{folder}/{name.removesuffix('.md')}/"]
            assert _text(doc["title"]) == f"{title} › {label}", (folder, name, doc["title"])


_KICKER = re.compile(
    r'<span class="brief-kicker">(.*)<span class="brief-kicker__sep"> › </span></span>'
    r'(.*?)<a class="headerlink" href="#([\w-]+)"',
    re.DOTALL,
)


def test_brief_pages_name_their_brief_in_heading_and_window_title_but_not_in_the_nav(many, briefs):
    """The h1 is the brief's title (a kicker), a separator and the page's name, with a stable
    permalink; the window title names page, brief and site; the navigation, the previous/next
    links and the page's contents keep the short page name."""
    for folder, data in briefs.items():
        title = " ".join(data["title"].split())
        for name, label in BRIEF_PAGES.items():
            if name == "index.md":
                continue
            page = (many / "briefs" / folder / name.removesuffix(".md") / "index.html").read_text(
                "utf-8"
            )
            where = (folder, name)
            head = re.search(r"<title>(.*?)</title>", page).group(1)
            assert html.unescape(head) == f"{label} - {title} - Research briefs", where
            active = re.search(
                r'<a href="./" class="md-nav__link md-nav__link--active">(.*?)</a>', page, re.DOTALL
            )
            assert _text(active.group(1)) == label, where
            h1 = re.search(r"<h1 [^>]*>(.*?)</h1>", page, re.DOTALL).group(1)
            if name == "print.md":  # one h1, the brief's title; each page a section under it
                assert page.count("<h1") == 1 and "brief-kicker" not in page, where
                assert _inline(h1) == title, where
                continue
            kicker = _KICKER.match(h1)
            assert kicker, (where, h1)
            assert (_inline(kicker.group(1)), _inline(kicker.group(2))) == (title, label), where
            anchor = kicker.group(3)
            assert anchor == re.sub(r"[^a-z]+", "-", label.lower()), where  # as before the kicker
            assert f'<h1 id="{anchor}">' in page, where
            toc = page[page.index('data-md-type="toc"') :]
            assert "brief-kicker" not in toc[: toc.index("</nav>")], where


def _article(page: Path) -> str:
    text = page.read_text("utf-8")
    return text[text.index("<article") : text.index("</article>")]


def _target(many: Path, page: Path, href: str) -> tuple[Path, str]:
    """The built file and anchor a relative link of `page` leads to."""
    path, _, anchor = href.partition("#")
    target = (page.parent / path).resolve()
    return (target / "index.html" if target.is_dir() else target), anchor


def _assert_resolves(many: Path, page: Path, href: str) -> None:
    target, anchor = _target(many, page, href)
    assert target.is_file(), href
    if anchor:
        assert f'id="{anchor}"' in target.read_text("utf-8"), href


def test_brief_pages_link_only_within_their_own_brief(many, briefs):
    """A brief's pages never link into another brief; its abbreviations are on its Full text."""
    for folder in briefs:
        for page in (many / "briefs" / folder).rglob("index.html"):
            base = page.parent.relative_to(many).as_posix() + "/"
            for href in re.findall(r'href="([^"#:]+)', _article(page)):
                target = posixpath.normpath(posixpath.join(base, href))
                if target.startswith("briefs/"):
                    assert target.split("/")[1] == folder, (page, href)
    for folder, data in briefs.items():
        text = (many / "briefs" / folder / "text" / "index.html").read_text("utf-8")
        for item in data["glossary"]:
            assert html.escape(item["abbr"], quote=False) in text, (folder, item["abbr"])


TAG_KINDS = {"nationalities": "Nationality", "organizations": "Organization", "places": "Place"}


def test_site_wide_tags_page_lists_every_tag_with_its_briefs_and_cases(many, briefs):
    """tags/: every nationality, organization and place of every brief, once, under its kind;
    under it each brief naming it (linked to the tag on the brief's Cases by tag page) and that
    brief's cases naming it (linked to their cards). Every link lands on its anchor."""
    expected: dict[tuple[str, str], dict[str, list[str]]] = {}
    for folder, data in briefs.items():
        for key, kind in TAG_KINDS.items():  # the order of a brief's own Cases by tag page
            for case in data["cases"]:
                for name in case[key]:
                    cases = expected.setdefault((kind, name), {}).setdefault(folder, [])
                    if case["id"] not in cases:
                        cases.append(case["id"])
    assert len({f for tag in expected.values() for f in tag}) >= 3  # several briefs have tags
    assert any(len(tag) > 1 for tag in expected.values())  # and share some

    page = many / "tags" / "index.html"
    article = _article(page)
    found: dict[tuple[str, str], dict[str, list[str]]] = {}
    for part in re.split(r"(?=<h2 )", article)[1:]:
        kind = _inline(part[: part.index("</h2>")])
        for tag in re.split(r"(?=<h3 )", part)[1:]:
            name = _inline(tag[: tag.index("</h3>")])
            assert (kind, name) not in found, (kind, name)  # each tag once
            briefs_here = found.setdefault((kind, name), {})
            body = tag[tag.index("</h3>") :]
            for href in re.findall(r'<a href="([^"]+)"', body):
                _assert_resolves(many, page, href)
                match = re.fullmatch(r"\.\./briefs/([^/]+)/(tags|cases)/#([\w-]+)", href)
                assert match, href
                folder, sub, anchor = match.groups()
                if sub == "tags":
                    assert folder not in briefs_here, href
                    briefs_here[folder] = []
                    own = _article(many / "briefs" / folder / "tags" / "index.html")
                    heading = re.search(f'<h3 id="{anchor}">(.*?)</h3>', own, re.DOTALL)
                    assert _inline(heading.group(1)) == name, href
                else:
                    assert list(briefs_here)[-1] == folder, href  # under its own brief
                    briefs_here[folder].append(anchor)
    assert found == expected
    order = [list(TAG_KINDS.values()).index(kind) for kind, _ in found]
    assert order == sorted(order)


def _cells(article: str) -> list[list[str]]:
    return [
        re.findall(r"<td>(.*?)</td>", row, re.DOTALL)
        for row in re.findall(r"<tr>(.*?)</tr>", article, re.DOTALL)
        if "<td>" in row
    ]


def test_site_wide_glossary_keeps_each_meaning_with_the_briefs_that_define_it(many, briefs):
    """glossary/: one row per abbreviation and meaning, naming (and linking to the list of) every
    brief defining it so; an abbreviation with two meanings in two briefs keeps both."""
    expected: dict[tuple[str, str], list[str]] = {}
    for folder, data in briefs.items():
        for item in data["glossary"]:
            key = (" ".join(item["abbr"].split()), " ".join(item["expansion"].split()))
            if folder not in expected.setdefault(key, []):
                expected[key].append(folder)
    variant = next(f for f, d in briefs.items() if d["title"] == VARIANT_TITLE)
    seed = next(f for f, d in briefs.items() if d["source"]["seed"] == SEED.name)
    assert expected[("CBP", CBP[0])] == [seed] and expected[("CBP", CBP[1])] == [variant]
    assert len({f for fs in expected.values() for f in fs}) >= 3

    page = many / "glossary" / "index.html"
    found: dict[tuple[str, str], list[str]] = {}
    for abbr, meaning, defined_in in _cells(_article(page)):
        key = (_inline(abbr), _inline(meaning))
        assert key not in found, key
        found[key] = []
        for href, label in re.findall(r'<a href="([^"]+)">(.*?)</a>', defined_in):
            _assert_resolves(many, page, href)
            folder = re.fullmatch(r"\.\./briefs/([^/]+)/text/#glossary", href).group(1)
            assert _inline(label) == " ".join(briefs[folder]["title"].split())
            found[key].append(folder)
    assert found == expected
    keys = [abbr.casefold() for abbr, _ in found]
    assert keys == sorted(keys)


def test_site_wide_tooltips_never_give_one_briefs_meaning_to_another(many, briefs):
    """On the site-wide pages an abbreviation gets a tooltip only if every brief that defines it
    gives it the one meaning shown; an abbreviation with two meanings gets none."""
    meanings: dict[str, set[str]] = {}
    for data in briefs.values():
        for item in data["glossary"]:
            meanings.setdefault(item["abbr"], set()).add(" ".join(item["expansion"].split()))
    for sub in ("tags", "glossary", ""):
        article = _article(many / sub / "index.html")
        tooltips = re.findall(r'<abbr title="([^"]*)">(.*?)</abbr>', article)
        assert tooltips or not sub, sub  # the home page shows little text: maybe none there
        for title, term in tooltips:
            assert meanings[html.unescape(term)] == {html.unescape(title)}, (sub, term, title)
        assert ">CBP</abbr>" not in article, sub
    glossary = _article(many / "glossary" / "index.html")
    assert '<abbr title="Immigration and Customs Enforcement">ICE</abbr>' in glossary


def _nav_links(page: Path) -> list[tuple[str, str]]:
    """(href, label) of every link in the primary navigation, in order."""
    nav = _primary_nav(page)
    return [
        (href, _text(label))
        for href, label in re.findall(
            r'<a href="([^"]*)" class="md-nav__link[^"]*">(.*?)</a>', nav, re.DOTALL
        )
    ]


def test_site_wide_pages_follow_the_briefs_in_the_nav_and_are_linked_from_home(many, briefs):
    links = _nav_links(many / "about" / "index.html")  # every brief's section is pruned here
    home_order = list(_home_entries(many))
    expected = [("..", "Home")]
    expected += [(f"../briefs/{f}/", " ".join(briefs[f]["title"].split())) for f in home_order]
    expected += [("../tags/", "Tags"), ("../glossary/", "Glossary"), ("./", "About")]
    assert links == expected
    home = _article(many / "index.html")
    intro = home[: home.index("<h2 ")]
    assert '<a href="tags/">Tags</a>' in intro and '<a href="glossary/">Glossary</a>' in intro
    for sub in ("tags", "glossary"):
        page = (many / sub / "index.html").read_text("utf-8")
        title = sub.capitalize()
        assert f"<title>{title} - Research briefs</title>" in page
        assert re.search(f'<h1 id="{sub}">{title}<a class="headerlink"', page), sub


def test_a_long_build_reports_progress_on_stderr_only(many, tmp_path):
    """`brief build` of many seeds: plain progress lines on stderr when it is not a terminal
    (forced here with BRIEF_PROGRESS=1, as the fixture has fewer seeds than the threshold);
    stdout keeps its one-line summary."""
    brief = Path(sys.executable).parent / "brief"
    result = subprocess.run(
        [
            str(brief),
            "build",
            "--seeds",
            str(many.parent / "seeds"),
            "--out",
            str(tmp_path / "out"),
        ],
        capture_output=True,
        text=True,
        env={**os.environ, "BRIEF_PROGRESS": "1"},
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.count("\n") == 1 and "brief(s)" in result.stdout
    total = SEEDS_TOTAL
    assert f"converting seeds: {total}/{total}" in result.stderr
    assert "\r" not in result.stderr  # not a terminal: lines, no bar


def test_progress_is_a_bar_on_a_terminal_and_silent_for_short_runs(monkeypatch):
    from brief.site.progress import MIN_ITEMS, track

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    monkeypatch.delenv("BRIEF_PROGRESS", raising=False)
    monkeypatch.setenv("TERM", "xterm")
    out = Terminal()
    assert list(track(list(range(MIN_ITEMS)), "converting", stream=out)) == list(range(MIN_ITEMS))
    assert out.getvalue().count("\r") == MIN_ITEMS and out.getvalue().endswith("\n")
    quiet = io.StringIO()
    list(track([1, 2], "converting", stream=quiet))
    assert quiet.getvalue() == ""

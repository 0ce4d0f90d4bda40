"""Reader features of issue 4, at Python level and on a strict MkDocs build: evidence text
fragments and back-links, citations (APA, Chicago, BibTeX, RIS, CSL-JSON, page meta), charts,
highlighted single figures, timeline, tags, glossary tooltips, printable page, reading aids.

Browser checks of the same features: tests/browser/test_features_browser.py.
"""

from __future__ import annotations

import html
import json
import os
import re
import subprocess
from html.parser import HTMLParser
from pathlib import Path
from xml.etree import ElementTree

import markdown
import pytest
import yaml
from brief.model import Figure, Source
from brief.pipeline import convert_path
from brief.render import charts, cite
from brief.render.escape import md
from brief.render.markdown_ext import abbr_line, text_fragment
from brief.render.pages import PAGES, PRINTED, render_brief, view_of

from .conftest import MKDOCS, SEED, mkdocs_build

MD_EXTENSIONS = [
    "attr_list",
    "md_in_html",
    "tables",
    "pymdownx.escapeall",
    "brief.render.markdown_ext",
]


@pytest.fixture(scope="module")
def brief():
    return convert_path(SEED)


@pytest.fixture(scope="module")
def files(brief):
    return render_brief(brief)


def front_matter(page: str) -> dict:
    match = re.match(r"---\n(.*?\n)---\n", page, re.DOTALL)
    assert match, page[:200]
    return yaml.safe_load(match.group(1))


def convert(source: str) -> str:
    return markdown.Markdown(extensions=MD_EXTENSIONS).convert(source)


class _Head(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.meta: list[tuple[str, str]] = []
        self.tags: list[str] = []
        self.hrefs: list[str] = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        self.tags.append(tag)
        if tag == "meta" and a.get("content") is not None:
            self.meta.append((a.get("name") or a.get("property") or "", a["content"]))
        if tag == "a" and a.get("href"):
            self.hrefs.append(a["href"])


def parse(path: Path) -> _Head:
    parser = _Head()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser


# --- evidence links: text fragments and back-links ---------------------------------------------


def test_text_fragment_is_percent_encoded_and_inert():
    assert text_fragment("Short, sharp - done.") == "Short%2C%20sharp%20%2D%20done%2E"
    long = "one two three four five six seven eight nine ten eleven"
    assert (
        text_fragment(long) == "one%20two%20three%20four%20five,seven%20eight%20nine%20ten%20eleven"
    )
    hostile = "x](javascript:alert(1)) {: onclick=alert(1) } <b>&amp; “q” é"
    assert re.fullmatch(r"[A-Za-z0-9%,]+", text_fragment(hostile))


def test_evidence_links_get_the_text_fragment_after_the_link_is_resolved():
    out = convert('Q [¶3](text.md#p3 "t"){ data-brief-fragment="Some%20words" }')
    assert 'href="text.md#p3:~:text=Some%20words"' in out
    assert "data-brief-fragment" not in out
    # anything else in the attribute is dropped, not spliced into the URL
    out = convert('[x](t.md#p1){ data-brief-fragment="a&quot;b" }')
    assert 'href="t.md#p1"' in out and "data-brief-fragment" not in out


def test_a_raw_html_region_is_passed_through_whole_with_its_links_and_seed_text():
    """Item-dense parts are raw HTML between region markers: no Markdown inside, seed text
    still escaped and given its tooltips, links written with their fragment."""
    page = "\n".join(
        [
            "<!-- brief:html -->",
            '<ul><li><a data-brief-link="text.md#p3" data-brief-fragment="Some%20words">'
            "*not emphasis* [not](a.md)</a> <brief-text>The CBP &lt;b&gt;</brief-text></li>",
            "",
            "</ul>",
            "<!-- /brief:html -->",
            "",
            abbr_line("CBP", "Customs and Border Protection"),
        ]
    )
    out = convert(page)
    assert '<a href="text.md#p3:~:text=Some%20words">*not emphasis* [not](a.md)</a>' in out
    assert '<abbr title="Customs and Border Protection">CBP</abbr> &lt;b&gt;' in out
    assert "brief:html" not in out and "data-brief" not in out and "<b>" not in out
    # seed text cannot open a region: escaped, the marker is text
    out = convert("<brief-text>&lt;!-- brief:html --&gt; *x*</brief-text>")
    assert "&lt;!-- brief:html --&gt; *x*" in out


def _mini_site(tmp_path: Path, pages: dict[str, str]):
    """A strict MkDocs build of `pages` with only the brief Markdown extension."""
    (tmp_path / "docs").mkdir(parents=True)
    for name, text in pages.items():
        (tmp_path / "docs" / name).write_text(text, encoding="utf-8")
    (tmp_path / "mkdocs.yml").write_text(
        "site_name: t\nmarkdown_extensions:\n  - brief.render.markdown_ext\n"
        "validation:\n  links:\n    anchors: warn\n",
        encoding="utf-8",
    )
    return subprocess.run(
        [str(MKDOCS), "build", "--strict", "-d", str(tmp_path / "site")],
        cwd=tmp_path,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_mkdocs_resolves_and_checks_the_links_of_raw_html_regions(tmp_path):
    region = "<!-- brief:html -->\n{}\n<!-- /brief:html -->\n"
    target = "# B\n\n" + region.format('<table><tr><td id="row-1">1</td></tr></table>')
    link = '<p><a data-brief-link="b.md#{}" data-brief-fragment="One">one</a></p>'
    ok = _mini_site(tmp_path / "ok", {"a.md": "# A\n\n" + region.format(link.format("row-1")),
                                      "b.md": target})  # fmt: skip
    assert ok.returncode == 0, ok.stderr
    page = (tmp_path / "ok" / "site" / "a" / "index.html").read_text(encoding="utf-8")
    assert '<a href="../b/#row-1:~:text=One">one</a>' in page
    bad = _mini_site(tmp_path / "bad", {"a.md": "# A\n\n" + region.format(link.format("row-2")),
                                        "b.md": target})  # fmt: skip
    assert bad.returncode != 0 and "b.md#row-2" in bad.stderr


def test_every_evidence_link_in_the_pages_carries_its_quote(brief, files):
    quotes = {e.quote for c in brief.cases for e in c.evidence}
    quotes |= {f.evidence.quote for f in brief.figures}
    quotes |= {r.evidence.quote for r in brief.recommendations}
    fragments = set(re.findall(r'data-brief-fragment="([^"]+)"', "".join(files.values())))
    assert {text_fragment(q) for q in quotes} <= fragments


def test_every_full_text_paragraph_lists_what_was_extracted_from_it(brief, files):
    view = view_of(brief)
    text = files["text.md"]
    for case in brief.cases:
        for ev in case.evidence:
            assert any(b.anchor == case.id for b in view.backlinks[ev.paragraph])
    for figure in brief.figures:
        assert any(b.anchor == figure.id for b in view.backlinks[figure.evidence.paragraph])
    for rec in brief.recommendations:
        links = view.backlinks[rec.evidence.paragraph]
        assert any(b.anchor == rec.id for b in links)
    assert text.count('<p class="brief-backlinks">') == len(view.backlinks)
    assert 'data-brief-link="cases.md#c-' in text


def test_a_case_card_does_not_repeat_its_quote_as_what_happened(brief, files):
    """A summary that is its evidence sentence word for word is shown once, as the quote; a
    shorter summary (a clause of the sentence) is still shown above it."""
    cards = files["cases.md"].split("\n## ")
    for case in brief.cases:
        card = next(c for c in cards if "{ #" + case.id + " " in c)
        same = case.summary in {e.quote for e in case.evidence}
        assert ("<strong>What happened:</strong>" in card) is not same, case.id
    assert any(c.summary not in {e.quote for e in c.evidence} for c in brief.cases)
    assert any(c.summary in {e.quote for e in c.evidence} for c in brief.cases)


# --- citations ---------------------------------------------------------------------------------


def _source(**kw) -> Source:
    base = dict(
        title="A Study of Things",
        authors=["Ada Lovelace", "Charles Babbage", "Grace Brewster Hopper"],
        publisher="Example Review",
        published="2021-03-04",
        url="https://example.org/a",
        seed="x.txt",
        sha256="0" * 64,
    )
    return Source(**{**base, **kw})


def test_apa_and_chicago_citations_of_the_original():
    src = _source()
    assert cite.apa(src).text == (
        "Lovelace, A., Babbage, C., & Hopper, G. B. (2021, March 4). A Study of Things. "
        "Example Review. https://example.org/a"
    )
    assert cite.apa(src).pieces[1] == ("A Study of Things", True)  # italic title
    assert cite.chicago(src).text == (
        "Lovelace, Ada, Charles Babbage, and Grace Brewster Hopper. “A Study of Things.” "
        "Example Review. March 4, 2021. https://example.org/a."
    )
    bare = _source(authors=[], publisher=None, published=None, url=None)
    assert cite.apa(bare).text == "A Study of Things. (n.d.)."
    assert cite.chicago(bare).text == "“A Study of Things.”"


def test_author_names_keep_particles_and_suffixes_and_organisations_whole():
    src = _source(
        authors=[
            "Martin Luther King Jr.",
            "Ludwig van Beethoven",
            "Dr. Jane Q. Smith, PhD",
            "RAND Corporation",
            "Madonna",
        ]
    )
    assert cite.apa(src).text.startswith(
        "King, M. L., Jr., van Beethoven, L., Smith, J. Q., RAND Corporation, & Madonna (2021"
    )
    assert cite.chicago(src).text.startswith(
        "King, Martin Luther, Jr., Ludwig van Beethoven, Jane Q. Smith, RAND Corporation, "
        "and Madonna."
    )
    assert (
        "author = {King, Jr., Martin Luther and van Beethoven, Ludwig and Smith, Jane Q. "
        "and {RAND Corporation} and {Madonna}}" in cite.bibtex(src)
    )
    assert "AU  - van Beethoven, Ludwig\nAU  - Smith, Jane Q.\nAU  - RAND Corporation\n" in (
        cite.ris(src)
    )
    authors = json.loads(cite.csl_json(src))[0]["author"]
    assert authors[0] == {"family": "King", "given": "Martin Luther", "suffix": "Jr."}
    assert authors[3:] == [{"literal": "RAND Corporation"}, {"literal": "Madonna"}]


def test_reference_manager_files_escape_and_stay_well_formed():
    src = _source(title="Cost {50%} & $x_1 #2\nline", authors=["O'Neil, Cathy"])
    bib = cite.bibtex(src)
    assert r"{{Cost \{50\%\} \& \$x\_1 \#2 line}}" in bib
    assert "author = {O'Neil, Cathy}" in bib
    assert bib.count("{") == bib.count("}") + bib.count(r"\{") - bib.count(r"\}")
    ris = cite.ris(src)
    assert ris.splitlines()[0] == "TY  - ELEC" and ris.splitlines()[-1] == "ER  -"
    assert "TI  - Cost {50%} & $x_1 #2 line" in ris
    assert all(re.match(r"[A-Z][A-Z0-9]  -", line) for line in ris.splitlines())
    item = json.loads(cite.csl_json(src))[0]
    assert item["author"] == [{"family": "O'Neil", "given": "Cathy"}]
    assert item["issued"] == {"date-parts": [[2021, 3, 4]]}


def test_brief_has_citation_files_and_cite_box(files):
    assert {"citation.bib", "citation.ris", "citation.json"} <= set(files)
    overview = files["index.md"]
    assert "## Cite this brief" in overview and "**APA**" in overview and "**Chicago**" in overview
    for name in ("citation.bib", "citation.ris", "citation.json"):
        assert f"[{md(name)}]({name}){{ download }} — " in overview


def test_front_matter_is_parseable_and_attribute_escaped(brief, files):
    for name in PAGES:
        meta = front_matter(files[name])
        assert meta["description"] == meta["brief"]["description"]
        assert meta["brief"]["sha256"] == brief.source.sha256
        assert html.unescape(meta["brief"]["cite"]["title"]) == brief.source.title
    hostile = brief.model_copy(
        update={
            "title": 'T "q" <script>alert(1)</script> [x](javascript:alert(1))',
            "source": _source(title='<b>"x"</b>', authors=["A [b](javascript:c) <i>"]),
        }
    )
    page = render_brief(hostile)["index.md"]
    meta = front_matter(page)
    assert "<" not in yaml.safe_dump(meta) and '"x"' not in meta["brief"]["cite"]["title"]
    assert html.unescape(meta["brief"]["cite"]["authors"][0]) == "A [b](javascript:c) <i>"
    # rendered as Markdown by a tool that does not know front matter, it is still inert
    out = convert(page.split("\n---\n", 1)[0])
    assert "<a " not in out and "<script" not in out and "<b>" not in out


# --- charts and single figures -----------------------------------------------------------------


def test_every_figure_group_is_an_inline_chart_with_a_file_and_a_table(brief, files):
    view = view_of(brief)
    assert view.tables_list
    page = files["figures.md"]
    for table in view.tables_list:
        cv = view.charts[table.id]
        svg = files[cv.chart.file]
        assert svg.startswith("<?xml") and cv.chart.id + "-title" in svg
        assert str(cv.svg) in page  # inline
        assert f'<a data-brief-link="{cv.chart.file}" download>Download the chart (SVG)</a>' in page
        assert re.search(r'<svg [^>]*role="img" aria-labelledby="' + cv.chart.id + '-title"', svg)
        assert "<script" not in svg and "<metadata" not in svg and "<!--" not in svg
        assert "currentColor" in svg
        assert svg.count("<text") >= 5  # text stays text, selectable and searchable
        ids = re.findall(r'\sid="([^"]+)"', svg)
        assert all(i.startswith(cv.chart.id + "-") for i in ids)
        # Inlined in the page, the chart's CSS must style nothing else: every rule is scoped.
        (css,) = re.findall(r"<style[^>]*>(.*?)</style>", svg, re.DOTALL)
        selectors = [s.strip() for rule in html.unescape(css).split("}") for s in
                     rule.split("{")[0].split(",") if "{" in rule]  # fmt: skip
        assert selectors and all(s.startswith(f"#{cv.chart.id}-svg") for s in selectors)
        for f in table.figures:
            assert f'<a href="#{f.id}" id="{f.id}">' in page  # the data table, each row anchored


def test_charts_are_deterministic_and_escape_seed_text():
    figures = [
        Figure(
            id=f"f{n}",
            value=v,
            display=str(v),
            unit="USD",
            label='$5 <script>alert("x")</script> & co',
            period=p,
            segment=s,
            evidence={"paragraph": "p1", "quote": "q"},
        )
        for n, (v, p, s) in enumerate([(1.0, "2020", "A&B"), (2.5, "2021", "</text><b>")], 1)
    ]
    one = charts.render("chart-x", '"T" <b>', figures, "Source: <i>")
    two = charts.render("chart-x", '"T" <b>', figures, "Source: <i>")
    assert one.svg == two.svg
    assert "<script" not in one.svg and "<b>" not in one.svg and "<i>" not in one.svg
    assert "&lt;script&gt;" in one.svg and "$5" in one.svg  # no mathtext
    root = ElementTree.fromstring(one.svg.encode())  # well-formed XML, seed text as text
    (title,) = root.findall("{http://www.w3.org/2000/svg}title")
    assert title.get("id") == "chart-x-title" and title.text == '"T" <b>'
    texts = "".join(root.itertext())
    assert "</text><b>" in texts and '$5 <script>alert("x")</script> & co' in texts


def test_single_figures_are_highlighted_numbers_with_context(brief, files):
    view = view_of(brief)
    page = files["figures.md"]
    assert view.single_figures
    for f in view.single_figures:
        assert f'<div class="brief-stat" id="{f.id}">' in page
    assert page.count('<p class="brief-stat__value">') == len(view.single_figures)


# --- timeline, tags, glossary, printable page, reading aids -----------------------------------


def test_timeline_lists_every_case_in_order_and_links_its_card(brief, files):
    page = files["cases.md"]
    items = re.findall(
        r'<li class="brief-timeline__item brief-timeline__item--(\w+)">'
        r'<time datetime="([^"]+)">.*?<a href="#([\w-]+)">.*?</a></li>',
        page,
    )
    assert [(k, d, c) for k, d, c in items] == [(c.kind, c.date, c.id) for c in brief.cases]
    assert [d for _, d, _ in items] == sorted(d for _, d, _ in items)
    for case in brief.cases:
        assert f"{{ #{case.id} .brief-case" in page


def test_tags_page_indexes_every_nationality_organization_and_place(brief, files):
    page = files["tags.md"]
    view = view_of(brief)
    for case in brief.cases:
        for kind in ("nationalities", "organizations", "places"):
            for name in getattr(case, kind):
                anchor = view.tag_anchors[(kind, name)]
                assert f"{{ #{anchor} }}" in page
                assert f'data-brief-link="tags.md#{anchor}"' in files["cases.md"]
    assert len(set(view.tag_anchors.values())) == len(view.tag_anchors)


def test_abbreviations_become_escaped_tooltips_wherever_they_occur():
    source = "\n".join(
        [
            "# About CBP",
            "",
            "The CBP and ISIS\\-K met; CBPX and xCBP are other words. [CBP](x.md) `CBP`",
            "",
            abbr_line("CBP", 'Customs "and" <script>alert(1)</script>'),
            abbr_line("ISIS-K", "Islamic State \n Khorasan"),
            abbr_line("[x](javascript:alert(1))", "<b>"),
        ]
    )
    out = convert(source)
    title = "Customs &quot;and&quot; &lt;script&gt;alert(1)&lt;/script&gt;"
    tooltip = f'<abbr title="{title}">CBP</abbr>'
    # In the heading, the sentence and the link, but not inside code or inside other words.
    assert out.count(tooltip) == 3
    assert f"<h1>About {tooltip}</h1>" in out and f'<a href="x.md">{tooltip}</a>' in out
    assert "<code>CBP</code>" in out
    assert '<abbr title="Islamic State Khorasan">ISIS-K</abbr>' in out
    assert "CBPX and xCBP" in out
    assert "brief-abbr" not in out and "<script" not in out and "<b>" not in out


def test_glossary_terms_are_defined_on_every_brief_page(brief, files):
    for name in PAGES:
        for g in brief.glossary:
            assert abbr_line(g.abbr, g.expansion) in files[name], name
    assert "## Abbreviations { #glossary }" in files["text.md"]


def test_printable_page_holds_the_whole_brief_in_order(files):
    page = files["print.md"]
    positions = [
        page.index(f"\n## {md(label)}")
        for label in (
            "Overview",
            "Cases",
            "Figures",
            "Recommendations",
            "Full text",
            "Source & method",
        )
    ]
    assert positions == sorted(positions)
    assert page.count("\n# ") == 1
    # evidence stays on the page
    assert "text.md#p" not in page and 'data-brief-link="#p-' in page
    assert len(PRINTED) == 6


def test_reading_time_and_downloads_described(brief, files):
    overview = files["index.md"]
    words = sum(len(p.text.split()) for p in brief.paragraphs)
    assert f"({words} words)" in overview and "min" in overview
    for name in [n for n in files if not n.endswith(".md")]:
        assert re.search(r"\]\(" + re.escape(name) + r"\)\{ download \} — \S", overview), name


# --- the built site ----------------------------------------------------------------------------


def test_built_pages_have_sharing_citation_and_provenance_meta(site, brief):
    folder = next(p for p in (site / "briefs").iterdir() if p.is_dir())
    for page in ("", "cases/", "text/", "print/", "tags/"):
        path = folder / page / "index.html"
        head = parse(path)
        meta = dict(head.meta)
        for key in (
            "description",
            "og:title",
            "og:description",
            "og:url",
            "twitter:card",
            "citation_title",
            "citation_publication_date",
            "DC.title",
            "DC.date",
        ):
            assert key in meta, (page, key)
        assert meta["citation_title"] == brief.source.title
        # A shared link names the brief, not just "Cases".
        assert brief.source.title in meta["og:title"] and meta["og:title"] == meta["twitter:title"]
        authors = [v for k, v in head.meta if k == "citation_author"]
        assert authors == brief.source.authors
        assert meta["og:url"].endswith(f"/briefs/{folder.name}/{page}")
        text = path.read_text(encoding="utf-8")
        assert '<link rel="canonical" href="' in text
        assert brief.source.sha256 in text.split('class="md-footer')[-1]
    assert (folder / "citation.bib").read_text().startswith("@misc{")
    assert any(":~:text=" in h for h in parse(folder / "index.html").hrefs)


def test_hostile_source_metadata_stays_inert_in_the_head(tmp_path):
    from .hostile.site import write_hostile_seeds

    seeds = tmp_path / "seeds"
    write_hostile_seeds(seeds)
    dest = tmp_path / "site"
    result = mkdocs_build(dest, seeds)
    assert result.returncode == 0, result.stderr
    folders = [p for p in (dest / "briefs").iterdir() if p.is_dir()]
    index = next(
        p / "index.html"
        for p in folders
        if json.loads((p / "brief.json").read_text())["source"]["seed"] == "001_hostile.txt"
    )
    head = index.read_text(encoding="utf-8").split("</head>")[0]
    assert "INJECTED" in head  # the hostile values are there …
    assert "<script>alert" not in head and "<img" not in head  # … as text only
    meta = parse(index).meta
    authors = [v for k, v in meta if k == "citation_author"]
    assert authors[0] == "<script>alert('INJECTED-author')</script>"

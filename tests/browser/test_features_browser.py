"""Issue 4's reader features in Chromium: text-fragment evidence links, inline accessible charts,
citation and sharing meta, glossary tooltips, the timeline, the tag index, print styles."""

from __future__ import annotations

import html
import re

from playwright.sync_api import expect


def test_evidence_link_carries_a_text_fragment_and_lands_on_the_paragraph(
    watched_page, base_url, briefs
):
    page, watch = watched_page
    brief = briefs[0]
    page.goto(base_url + brief.path, wait_until="networkidle")
    link = page.locator("article li a[href*=':~:text=']").first
    href = link.get_attribute("href")
    anchor = re.search(r"#(p-[0-9a-f]{8}(?:-\d+)?):~:text=", href).group(1)
    link.click()
    page.wait_for_url(re.compile(r"/text/#" + anchor))
    target = page.evaluate("() => document.querySelector(':target')?.id")
    assert target == anchor
    expect(page.locator(f"#{anchor}")).to_be_in_viewport()
    # the paragraph lists what was extracted from it, linking back
    backlinks = page.locator(f"#{anchor} + p.brief-backlinks a")
    assert backlinks.count() >= 1
    assert watch.problems() == []


def test_text_fragment_highlights_the_quote_when_the_browser_supports_it(
    watched_page, base_url, briefs
):
    page, watch = watched_page
    brief = briefs[0]
    ev = brief.data["findings"][0]
    page.goto(base_url + brief.path, wait_until="networkidle")
    href = page.locator(f"article a[href*='#{ev['paragraph']}:~:text=']").first.get_attribute(
        "href"
    )
    page.goto(base_url + brief.path + href, wait_until="networkidle")
    supported = page.evaluate("() => 'fragmentDirective' in document")
    assert supported  # Chromium supports text fragments; the link is well formed for it
    assert page.evaluate("() => location.hash") == "#" + ev["paragraph"]  # directive stripped
    assert watch.problems() == []


def test_charts_are_inline_images_with_an_accessible_name_and_a_data_table(
    watched_page, base_url, briefs
):
    page, watch = watched_page
    brief = briefs[0]
    page.goto(base_url + brief.path + "figures/", wait_until="networkidle")
    charts = page.locator("figure.brief-chart > svg[role=img]")
    groups = {f["group"] for f in brief.data["figures"] if f["group"]}
    assert charts.count() >= 1 and charts.count() <= len(groups)
    for i in range(charts.count()):
        svg = charts.nth(i)
        name = svg.evaluate(
            "s => document.getElementById(s.getAttribute('aria-labelledby')).textContent"
        )
        assert name
        expect(page.get_by_role("img", name=name)).to_be_visible()
        # the data table beside it, and the downloadable SVG file
        figure = svg.locator("xpath=..")
        assert figure.evaluate("f => f.nextElementSibling.nextElementSibling.tagName") in (
            "TABLE",
            "DIV",
        )
        download = figure.locator("xpath=following-sibling::p[1]//a[@download]")
        response = page.request.get(page.url + download.get_attribute("href"))
        assert response.ok and response.text().lstrip().startswith("<?xml")
        # text stays text, in the page's text colour (readable in either palette)
        colour = svg.locator("text").first.evaluate("t => getComputedStyle(t).fill")
        body = page.evaluate("() => getComputedStyle(document.querySelector('.md-typeset')).color")
        assert colour == body
    assert page.locator(".brief-stat .brief-stat__value").count() >= 1
    assert watch.problems() == []


def test_chart_text_follows_the_dark_palette(open_page, base_url, briefs):
    page, watch = open_page(color_scheme="dark")
    page.goto(base_url + briefs[0].path + "figures/", wait_until="networkidle")
    svg_text = page.locator("figure.brief-chart svg text").first
    if svg_text.count():
        fill = svg_text.evaluate("t => getComputedStyle(t).fill")
        r, g, b = (int(x) for x in re.findall(r"\d+", fill)[:3])
        assert r + g + b > 3 * 150, fill  # light text on the slate background
    assert watch.problems() == []


def test_citation_and_sharing_meta_in_the_head(watched_page, base_url, briefs):
    page, watch = watched_page
    brief = briefs[0]
    page.goto(base_url + brief.path, wait_until="networkidle")
    src = brief.data["source"]

    def meta(key: str) -> list[str]:
        return page.eval_on_selector_all(
            f'meta[name="{key}"], meta[property="{key}"]', "ms => ms.map(m => m.content)"
        )

    assert meta("citation_title") == [src["title"]]
    assert meta("citation_author") == src["authors"]
    assert meta("DC.title") == [src["title"]]
    if src["published"]:
        assert meta("citation_publication_date") == [src["published"].replace("-", "/")]
    assert meta("og:title") and meta("twitter:card") == ["summary"]
    assert meta("description")[0] == meta("og:description")[0]
    assert html.unescape(meta("description")[0]) == meta("description")[0]  # no double escape
    assert page.locator("link[rel=canonical]").count() == 1
    # the cite box and the footer provenance line
    expect(page.locator(".brief-cite")).to_contain_text("APA")
    expect(page.locator(".brief-provenance")).to_contain_text(src["sha256"])
    assert watch.problems() == []


def test_abbreviations_are_tooltips_wherever_they_occur(watched_page, base_url, briefs):
    """Every block that mentions a defined term (paragraph, list item, table cell, heading,
    link) shows its tooltip: the first occurrence in each is an <abbr> with the meaning (later
    ones in the same block are not, so a page's size stays in proportion to its text)."""
    page, watch = watched_page
    brief = briefs[0]
    glossary = {g["abbr"]: g["expansion"] for g in brief.data["glossary"]}
    if not glossary:
        return
    terms = re.compile(r"(?<![\w-])(" + "|".join(map(re.escape, glossary)) + r")(?![\w-])")
    for sub in ("text/", "cases/", "figures/", ""):
        page.goto(base_url + brief.path + sub, wait_until="networkidle")
        abbrs = page.eval_on_selector_all(
            "article abbr[title]", "as => as.map(a => [a.textContent, a.title])"
        )
        assert abbrs, sub
        for term, title in abbrs:
            assert glossary[term] == title
        blocks = page.evaluate(
            """() => [...document.querySelectorAll(
                    "article :is(p, li, td, th, h1, h2, h3, h4, a, blockquote)")]
                .filter(b => !b.closest("code, pre, svg, script, style"))
                .map(b => [b.textContent, [...b.querySelectorAll("abbr")].map(a => a.textContent)])
            """
        )
        for text, tooltips in blocks:
            for term in set(terms.findall(text)):
                assert term in tooltips, (sub, term, text[:120])
    assert watch.problems() == []


def test_timeline_entries_link_to_their_case_cards(watched_page, base_url, briefs):
    page, watch = watched_page
    brief = briefs[0]
    page.goto(base_url + brief.path + "cases/", wait_until="networkidle")
    items = page.locator("ol.brief-timeline > li")
    assert items.count() == len(brief.data["cases"])
    contexts = page.locator("ol.brief-timeline > li.brief-timeline__item--context")
    assert contexts.count() == sum(c["kind"] == "context" for c in brief.data["cases"])
    if contexts.count():
        style = contexts.first.evaluate("e => getComputedStyle(e).fontStyle")
        assert style == "italic"  # context styled apart
    last = items.last.locator("a")
    case_id = last.get_attribute("href").lstrip("#")
    last.click()
    expect(page.locator(f"[id='{case_id}']")).to_be_in_viewport()
    assert watch.problems() == []


def test_tag_index_filters_cases_by_tag(watched_page, base_url, briefs):
    page, watch = watched_page
    brief = briefs[0]
    page.goto(base_url + brief.path + "cases/", wait_until="networkidle")
    tag = page.locator("article .brief-card a[href*='tags/#']").first
    name = tag.text_content()
    tag.click()
    page.wait_for_url(re.compile(r"/tags/#"))
    heading = page.locator(":target")
    expect(heading).to_have_text(re.compile(re.escape(name)))
    cases = [
        c["id"]
        for c in brief.data["cases"]
        if name in c["nationalities"] + c["organizations"] + c["places"]
    ]
    links = heading.locator("xpath=following-sibling::ul[1]/li/a")
    assert links.count() == len(cases)
    assert watch.problems() == []


def test_print_hides_navigation_and_expands_links(watched_page, base_url, briefs):
    page, watch = watched_page
    brief = briefs[0]
    page.goto(base_url + brief.path + "print/", wait_until="networkidle")
    page.emulate_media(media="print")
    for selector in (".md-header", ".md-sidebar--primary", ".md-footer"):
        expect(page.locator(selector).first).to_be_hidden()
    external = page.locator("article a[href^='http']").first
    if external.count():
        after = external.evaluate("a => getComputedStyle(a, '::after').content")
        assert external.get_attribute("href") in after
    # the printable page holds every part of the brief, in order
    headings = page.locator("article h2").all_text_contents()
    parts = [h.strip().rstrip("¶").strip() for h in headings]
    order = ["Overview", "Cases", "Figures", "Recommendations", "Full text", "Source & method"]
    assert [p for p in parts if p in order] == order
    # Charts are images of the brief's own chart files (not inline <svg>, which cost the page
    # its Lighthouse budget): named, loaded before printing though lazy, greyscale on paper.
    assert page.locator("article svg.brief-chart__svg").count() == 0
    charts = page.locator("figure.brief-chart > img")
    groups = {f["group"] for f in brief.data["figures"] if f["group"]}
    assert 1 <= charts.count() <= len(groups)
    page.pdf()  # printing fetches lazy images and waits for them
    for i in range(charts.count()):
        img = charts.nth(i)
        assert img.get_attribute("alt").strip()
        assert img.get_attribute("loading") == "lazy"
        src = img.evaluate("i => new URL(i.currentSrc || i.src).href")
        assert re.fullmatch(re.escape(base_url + brief.path) + r"chart-[a-z0-9-]+\.svg", src)
        assert img.evaluate("i => i.complete && i.naturalWidth > 0")
        assert "grayscale" in img.evaluate("i => getComputedStyle(i).filter")
    assert watch.problems() == []


def test_printable_page_keeps_the_palette_without_a_toggle_and_lists_its_parts(
    open_page, base_url, briefs
):
    """The printable page has no palette toggle (its restyles cost the page its Lighthouse
    budget) but shows the reader's palette, and its table of contents lists its parts only."""
    brief = briefs[0]
    page, watch = open_page(color_scheme="dark")
    page.goto(base_url + brief.path + "print/", wait_until="networkidle")
    assert page.locator("[data-md-component=palette]").count() == 0
    expect(page.locator("body")).to_have_attribute("data-md-color-scheme", "slate")
    toc = page.locator(".md-sidebar--secondary [data-md-component=toc]")
    parts = [t.strip() for t in toc.locator(":scope > li > a").all_text_contents()]
    order = ["Overview", "Cases", "Figures", "Recommendations", "Full text", "Source & method"]
    assert parts == order
    assert toc.locator("nav").count() == 0
    # a palette chosen on another page is remembered here
    page, _ = open_page(color_scheme="dark")
    page.goto(base_url + brief.path, wait_until="networkidle")
    page.get_by_title("Switch to light mode").click()
    page.goto(base_url + brief.path + "print/", wait_until="networkidle")
    expect(page.locator("body")).to_have_attribute("data-md-color-scheme", "default")
    assert watch.problems() == []

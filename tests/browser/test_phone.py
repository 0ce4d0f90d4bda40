"""A phone-sized screen (375 CSS px wide): no page scrolls sideways; a wide table scrolls inside
its own wrapper while the page stays put."""

from __future__ import annotations

from .reader import visit

PHONE = {"viewport": {"width": 375, "height": 812}, "device_scale_factor": 2, "has_touch": True}

MEASURE = """() => ({
  pageWidth: document.documentElement.scrollWidth,
  viewport: document.documentElement.clientWidth,
  unwrappedTables: [...document.querySelectorAll("article table")]
    .filter(t => !t.closest(".md-typeset__scrollwrap")).length,
  tooWide: [...document.querySelectorAll("article *")]
    .filter(e => !e.closest(".md-typeset__scrollwrap, pre, .highlight"))
    .filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
    .slice(0, 5).map(e => e.tagName + "." + e.className + ": " + e.textContent.slice(0, 60)),
})"""

SCROLL_TABLES = """() => [...document.querySelectorAll("article .md-typeset__scrollwrap")]
  .filter(w => w.scrollWidth > w.clientWidth)
  .map(w => {
    const overflow = getComputedStyle(w).overflowX;
    w.scrollLeft = w.scrollWidth;
    return {overflow, scrolled: w.scrollLeft > 0, pageScrollX: window.scrollX,
            pageWidth: document.documentElement.scrollWidth};
  })"""


def test_no_page_scrolls_sideways_on_a_phone(open_page, base_url, brief_paths):
    page, watch = open_page(**PHONE)
    wide_tables = 0
    for path in brief_paths:
        visit(page, base_url + path)
        m = page.evaluate(MEASURE)
        assert m["viewport"] == 375, path
        assert m["pageWidth"] <= 375, (path, m)
        assert m["unwrappedTables"] == 0, path
        for table in page.evaluate(SCROLL_TABLES):
            wide_tables += 1
            assert table["overflow"] in ("auto", "scroll"), (path, table)
            assert table["scrolled"], (path, table)
            assert table["pageScrollX"] == 0 and table["pageWidth"] <= 375, (path, table)
    # The brief's tables (figures, cases) are wider than a phone: the check above was exercised.
    assert wide_tables > 0
    assert watch.problems() == []

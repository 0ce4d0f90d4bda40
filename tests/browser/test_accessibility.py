"""axe-core (WCAG 2.1 A and AA rules) finds nothing on any page, in the light and the dark palette,
nor in the open search dialog with results.

The dark palette changes colours only, so there axe runs just its colour rules (all WCAG 2.1 A/AA
rules that depend on colour); the full rule set runs in the light palette. That halves the time.
"""

from __future__ import annotations

import pytest
from axe_playwright_python.sync_playwright import Axe

from .reader import search_for, visit, wait_for_page_in_results

WCAG21_AA = {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}
COLOUR_RULES = {"type": "rule", "values": ["color-contrast", "link-in-text-block"]}
RULES = {"light": WCAG21_AA, "dark": COLOUR_RULES}


def _violations(page, scheme: str) -> list[str]:
    results = Axe().run(page, options={"runOnly": RULES[scheme], "resultTypes": ["violations"]})
    return [
        f"{v['id']} ({v['impact']}): {v['help']} at {[n['target'] for n in v['nodes']][:5]}"
        for v in results.response["violations"]
    ]


@pytest.mark.parametrize("scheme", RULES)
def test_no_wcag_violations_on_any_page(open_page, base_url, brief_paths, scheme):
    page, watch = open_page(color_scheme=scheme)
    found = {}
    for path in brief_paths:
        visit(page, base_url + path)
        if violations := _violations(page, scheme):
            found[path or "/"] = violations
    assert found == {}
    assert watch.problems() == []


@pytest.mark.parametrize("scheme", RULES)
def test_no_wcag_violations_in_the_search_dialog(open_page, base_url, briefs, scheme):
    page, watch = open_page(color_scheme=scheme)
    visit(page, base_url)
    search_for(page, "Philadelphia")
    wait_for_page_in_results(page, "/" + briefs[0].pages["cases"])
    # Colours are measured once results stop fading in; mid-transition text is not what a
    # reader is left looking at.
    page.wait_for_function(
        "document.getAnimations().every(a => a.playState !== 'running')"
        " && [...document.querySelectorAll('.md-search-result *')]"
        ".every(el => getComputedStyle(el).opacity === '1')"
    )
    assert _violations(page, scheme) == []
    assert watch.problems() == []


# Charts (inline SVG in the article) and data tables, with what a screen reader gets from them.
GRAPHICS = """() => ({
  charts: [...document.querySelectorAll("article svg")]
    .filter(svg => svg.getAttribute("aria-hidden") !== "true" && !svg.closest(".headerlink"))
    .map(svg => {
      const ids = (svg.getAttribute("aria-labelledby") || "").split(/\\s+/).filter(Boolean);
      const named = ids.map(id => document.getElementById(id)?.textContent || "").join(" ");
      return {role: svg.getAttribute("role"),
              name: (svg.getAttribute("aria-label") || named).trim(),
              nextTable: !!svg.closest("figure, div, p")?.parentElement?.querySelector("table")};
    }),
  // the printable page's charts: <img> of the chart files
  images: [...document.querySelectorAll("article img")]
    .map(img => ({name: (img.getAttribute("alt") || "").trim(),
                  nextTable: !!img.closest("figure")?.parentElement?.querySelector("table")})),
  headless: [...document.querySelectorAll("article table")]
    .filter(t => t.querySelectorAll("th").length === 0).length,
})"""


def test_charts_and_tables_have_text_alternatives(watched_page, base_url, brief_paths):
    page, watch = watched_page
    for path in brief_paths:
        visit(page, base_url + path)
        found = page.evaluate(GRAPHICS)
        for chart in found["charts"]:
            assert chart["role"] == "img" and chart["name"], (path, chart)
            assert chart["nextTable"], (path, "a chart without its data table")
        for image in found["images"]:
            assert image["name"] and image["nextTable"], (path, image)
        assert found["headless"] == 0, (path, "a table without header cells")
    assert watch.problems() == []

"""Hostile seeds in the real browser: a site built from the hostile corpus (tests/hostile/) runs
no injected code (no dialog, no console message from it, no request to another host, no event
handler or script URL in the DOM) and shows every hostile text literally."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from ..hostile.corpus import TITLE, shown
from ..hostile.site import HOSTILE_NAME, write_hostile_seeds
from .conftest import build_site, serve, watch_page
from .reader import SEARCH_INPUT, open_search, type_query

# Everything injected code could do that a page can see; run in the page after it loaded.
LIVE_MARKUP = """() => {
  const found = [];
  for (const el of document.querySelectorAll('*')) {
    for (const a of el.attributes) {
      const v = a.value.replace(/[\\s\\x00-\\x1f]/g, '').toLowerCase();
      if (a.name.startsWith('on')) found.push(`${el.tagName} ${a.name}=${a.value}`);
      if (['href', 'src', 'action', 'formaction', 'xlink:href', 'data'].includes(a.name)
          && /^(javascript|vbscript|data):/.test(v) && v !== 'javascript:void(0)')
        found.push(`${el.tagName} ${a.name}=${a.value}`);
    }
  }
  // The printable page's charts are <img> of the brief's own chart files, by relative path
  // (see CHART_IMG_SRC in test_hostile.py); any other embedded content is from text.
  const chart = el => el.matches('figure.brief-chart > img.brief-chart__img')
    && /^[.][.][/]chart-[a-z0-9-]+[.]svg$/.test(el.getAttribute('src'));
  // A chart's own stylesheet: pygal's, every rule scoped to that chart's root id.
  const chartStyle = el => el.matches('svg.brief-chart__svg > defs > style')
    && el.textContent.startsWith('#' + el.closest('svg').id + '{');
  for (const el of document.querySelectorAll('iframe, object, embed, img, style, base'))
    if (!chart(el) && !chartStyle(el)) found.push(el.outerHTML.slice(0, 120));
  const article = document.querySelector('article');
  for (const el of article ? article.querySelectorAll('script, svg, b, i, hr, pre') : [])
    if (!el.closest('.headerlink, .md-content__button, .md-source-file, .brief-chart'))
      found.push(el.outerHTML.slice(0, 120));
  for (const el of document.querySelectorAll('svg script, svg foreignObject, svg image, svg a'))
    found.push(el.outerHTML.slice(0, 120));
  return found;
}"""


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    seeds_dir = tmp_path_factory.mktemp("hostile-seeds")
    seeds = write_hostile_seeds(seeds_dir)
    site = build_site(tmp_path_factory.mktemp("hostile-site"), seeds_dir)
    with serve(site) as url:
        yield url, site, seeds


@pytest.fixture
def tab(browser, hostile):
    url = hostile[0]
    context = browser.new_context()
    page = context.new_page()
    console: list[str] = []
    page.on("console", lambda m: console.append(f"{m.type}: {m.text}"))
    watch = watch_page(page, url)
    yield page, watch, console
    context.close()


def _pages(site: Path) -> list[str]:
    paths = []
    for html in sorted(site.rglob("index.html")):
        rel = html.parent.relative_to(site).as_posix()
        paths.append("" if rel == "." else rel + "/")
    return [*paths, "404.html"]


def test_no_injected_code_runs_on_any_page(tab, hostile):
    page, watch, console = tab
    url, site, _ = hostile
    paths = _pages(site)
    assert len(paths) >= 20
    for path in paths:
        response = page.goto(url + path, wait_until="networkidle")
        assert response is not None and response.status in (200, 404), path
        assert page.evaluate(LIVE_MARKUP) == [], path
    assert [m for m in console if "INJECTED" in m or "alert" in m] == []
    assert watch.problems() == []
    # A chart file opened on its own (a download, a shared link) must not run anything either.
    # (Chromium asks the server for /favicon.ico for a bare SVG: that 404 is not a problem.)
    charts = [p.relative_to(site).as_posix() for p in sorted((site / "briefs").rglob("*.svg"))]
    assert charts
    for path in charts:
        response = page.goto(url + path, wait_until="networkidle")
        assert response is not None and response.status == 200, path
        assert page.evaluate(LIVE_MARKUP) == [], path
    assert watch.dialogs == watch.page_errors == watch.foreign == []
    assert [m for m in console if "INJECTED" in m or "alert" in m] == []


def test_search_results_show_hostile_text_as_text(tab, hostile):
    page, watch, console = tab
    url, _, _ = hostile
    page.goto(url, wait_until="networkidle")
    open_search(page)
    type_query(page, "INJECTED")
    page.wait_for_selector(".md-search-result__item", timeout=10_000)
    assert page.evaluate(LIVE_MARKUP.replace("document.querySelector('article')", "null")) == []
    text = page.locator(".md-search-result").inner_text()
    assert "INJECTED" in text
    page.locator(SEARCH_INPUT).press("Enter")
    page.wait_for_load_state("networkidle")
    assert page.evaluate(LIVE_MARKUP) == []
    assert [m for m in console if "INJECTED" in m] == []
    assert watch.problems() == []


def _brief_url(url: str, site: Path, prefix: str) -> str:
    folder = next(p for p in (site / "briefs").iterdir() if p.name.startswith(prefix))
    return f"{url}briefs/{folder.name}/"


def _visible(page) -> str:
    return re.sub(r"\s+", " ", page.locator("article").inner_text())


def test_every_hostile_paragraph_is_shown_verbatim(tab, hostile):
    page, watch, _ = tab
    url, site, seeds = hostile
    seed = seeds["001_hostile.txt"]
    base = _brief_url(url, site, "script-alert")
    page.goto(base + "text/", wait_until="networkidle")
    text = _visible(page)
    missing = [p for p in seed.paragraphs if shown(p) not in text]
    assert missing == []
    for heading in seed.headings:
        assert shown(heading) in text
    page.goto(base, wait_until="networkidle")
    assert shown(TITLE) in page.title()
    assert page.locator("article h1").inner_text().startswith(shown(TITLE))
    nav = page.locator("nav.md-nav--primary").inner_text()
    assert shown(TITLE) in re.sub(r"\s+", " ", nav)
    overview = _visible(page)
    assert "<script>alert('INJECTED-author')</script>" in overview  # sidecar author, byline
    assert watch.problems() == []


def test_cases_figures_and_recommendations_show_hostile_text(tab, hostile):
    page, watch, _ = tab
    url, site, _ = hostile
    base = _brief_url(url, site, "script-alert")
    expectations = {
        "cases/": "three men from the <b>Hostile</b> Border Agency (HBA)",
        "figures/": "encounters <script>alert('INJECTED-fig')</script> at the border",
        "recommendations/": "fund the <img src=x onerror=alert('INJECTED-rec')> review of "
        "every [border](javascript:alert(1)) crossing",
    }
    for path, expected in expectations.items():
        page.goto(base + path, wait_until="networkidle")
        assert expected in _visible(page), path
    page.goto(base + "source/", wait_until="networkidle")
    source = _visible(page)
    assert "<svg onload=alert('INJECTED-note')> [n](javascript:alert(1))" in source
    assert "https://example.org/a?x=1&y=2#[z](javascript:alert('INJECTED-url'))" in source
    href = page.locator("article a[href^='https://example.org']").first.get_attribute("href")
    assert href == "https://example.org/a?x=1&y=2#[z](javascript:alert('INJECTED-url'))"
    assert watch.problems() == []


def test_hostile_file_name_is_shown_literally(tab, hostile):
    page, watch, _ = tab
    url, site, _ = hostile
    folder = site / "briefs" / "same-title-a-review-of-borders"
    assert folder.is_dir()
    page.goto(f"{url}briefs/same-title-a-review-of-borders/source/", wait_until="networkidle")
    assert HOSTILE_NAME in _visible(page)
    assert page.evaluate(LIVE_MARKUP) == []
    assert watch.problems() == []

"""Every evidence link (Overview, Cases, Figures, Recommendations) lands on the Full text page, on
an anchor that exists, and the paragraph there holds the quoted sentence.

brief.json is the truth for which quote belongs to which paragraph; the browser resolves every
link on the rendered pages, and one link per page is really clicked.
"""

from __future__ import annotations

import re
from urllib.parse import unquote

import pytest
from playwright.sync_api import expect

from .reader import visit

# Links from `page` to the Full text page: the anchor they target and the text of the block
# they sit in (the card's quote, the list item, the table row).
LINKS_TO = """textPath => [...document.querySelectorAll("article a[href]")]
  .map(a => [a, new URL(a.href)])
  .filter(([a, url]) => url.pathname === textPath && url.hash.length > 1)
  .map(([a, url]) => ({
    href: a.getAttribute("href"),
    id: decodeURIComponent(url.hash.slice(1).split(":~:")[0]),
    textFragment: url.hash.split(":~:text=")[1] || null,
    block: (a.closest("blockquote, li, tr, .brief-stat, p") || a.parentElement).textContent,
  }))"""

TARGETS = """() => Object.fromEntries(
  [...document.querySelectorAll("article [id]")].map(e => [e.id, e.textContent]))"""

SOURCES = ("overview", "cases", "figures", "recommendations")


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _evidence(data: dict, source: str) -> list[dict]:
    if source == "overview":
        return list(data["findings"])
    if source == "cases":
        return [ev for c in data["cases"] for ev in c["evidence"]]
    if source == "figures":
        return [f["evidence"] for f in data["figures"]]
    return [r["evidence"] for r in data["recommendations"]]


@pytest.fixture
def full_text(watched_page, base_url, briefs):
    """Each brief's Full text page as {element id: its text}."""
    page, _ = watched_page
    texts = {}
    for brief in briefs:
        visit(page, base_url + brief.pages["text"])
        texts[brief.path] = {k: _squash(v) for k, v in page.evaluate(TARGETS).items()}
    return texts


@pytest.mark.parametrize("source", SOURCES)
def test_evidence_links_land_on_the_quoted_paragraph(
    watched_page, base_url, briefs, full_text, source
):
    page, watch = watched_page
    for brief in briefs:
        targets = full_text[brief.path]
        evidence = _evidence(brief.data, source)
        text_path = "/" + brief.pages["text"]
        visit(page, base_url + brief.pages[source])
        links = page.evaluate(LINKS_TO, text_path)
        if evidence:
            assert links, f"{source}: no link to the Full text page"

        # Every link targets an element that exists on the Full text page.
        missing = sorted({link["href"] for link in links if link["id"] not in targets})
        assert missing == [], f"{source}: links to anchors that do not exist: {missing}"

        # A text fragment (#p7:~:text=start,end) names words of the paragraph it targets.
        for link in links:
            if link["textFragment"]:
                for part in link["textFragment"].split(","):
                    words = unquote(part.removesuffix("-").removeprefix("-"))
                    assert _squash(words) in targets.get(link["id"], ""), link["href"]

        # Every quote of the brief's data is in the paragraph it names, and that paragraph is
        # linked from this page.
        linked = {link["id"] for link in links}
        for ev in evidence:
            assert _squash(ev["quote"]) in targets.get(ev["paragraph"], ""), ev
            assert ev["paragraph"] in linked, f"{source}: no link to {ev['paragraph']}: {ev}"

        # A quote shown next to a link is in the paragraph that link goes to.
        for link in links:
            block = _squash(link["block"])
            shown = [ev for ev in evidence if _squash(ev["quote"]) in block]
            for ev in shown:
                if ev["paragraph"] != link["id"] and not any(
                    other["paragraph"] == link["id"] for other in shown
                ):
                    pytest.fail(f"{source}: {link['href']} next to a quote from {ev['paragraph']}")

        # A reader's click lands there, with the paragraph in view and marked as the target.
        if links:
            first = page.locator("article a[href]").filter(
                has=page.locator(f'xpath=self::*[@href="{links[0]["href"]}"]')
            )
            first.first.click()
            expect(page).to_have_url(re.compile(re.escape(base_url + brief.pages["text"]) + "#"))
            target = page.locator(f'[id="{links[0]["id"]}"]')
            expect(target).to_be_in_viewport()
            assert page.evaluate("document.querySelector(':target')?.id") == links[0]["id"]
    assert watch.problems() == []

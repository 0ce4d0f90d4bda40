"""Every page of the built site loads cleanly in Chromium and asks no other host for anything."""

from __future__ import annotations

from .reader import settle


def test_every_page_loads_without_errors_or_foreign_requests(watched_page, base_url, brief_paths):
    page, watch = watched_page
    assert len(brief_paths) >= 8
    for path in brief_paths:
        response = page.goto(base_url + path.lstrip("/"), wait_until="networkidle")
        assert response is not None and response.status == 200, path
        settle(page)  # the search worker has its index, from the local server
    assert watch.problems() == []


def test_downloads_are_served(watched_page, base_url, briefs):
    page, _ = watched_page
    for brief in briefs:
        for name, kind in (("brief.json", "json"), ("cases.csv", "csv"), ("figures.csv", "csv")):
            response = page.request.get(base_url + brief.path + name)
            assert response.status == 200, name
            assert kind in response.headers["content-type"], name
            assert response.body(), name

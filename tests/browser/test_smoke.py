"""Every page of the built site loads cleanly in Chromium and asks no other host for anything."""

from __future__ import annotations


def test_every_page_loads_without_errors_or_foreign_requests(watched_page, base_url, brief_paths):
    page, watch = watched_page
    assert len(brief_paths) >= 8
    for path in brief_paths:
        response = page.goto(base_url + path.lstrip("/"), wait_until="networkidle")
        assert response is not None and response.status == 200, path
    assert watch.problems() == []

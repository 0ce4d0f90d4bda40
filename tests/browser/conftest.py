"""Real-browser fixtures: the built site served over HTTP on 127.0.0.1, driven in Debian's
headless Chromium by Playwright.

`site_dir` builds the site once per session; `serve(folder)` serves any built folder on a free
port; `watched_page` opens a fresh tab (and `open_page(**context_options)` any number of them, e.g.
phone-sized or dark) that records console errors, page errors, failed requests and every request
to a host other than the local server, for the tests to assert on. `briefs` lists the built
briefs with their brief.json; `reader.py` holds what a reader does (search, Tab through a page).
"""

from __future__ import annotations

import contextlib
import functools
import http.server
import json
import os
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from ..conftest import mkdocs_build

CHROMIUM = os.environ.get("BRIEF_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-quic",
    "--no-first-run",
]

if not Path(CHROMIUM).exists():
    # .ci/run installs it, so in CI a missing browser is a failure, not a skip.
    if os.environ.get("CI"):
        raise RuntimeError(f"{CHROMIUM} not installed: .ci/run must apt-get install chromium")
    pytest.skip(f"{CHROMIUM} not installed (apt-get install chromium)", allow_module_level=True)


def build_site(dest: Path, seeds: Path | None = None) -> Path:
    result = mkdocs_build(dest, seeds)
    assert result.returncode == 0, result.stderr
    return dest


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format, *args):
        pass


@contextlib.contextmanager
def serve(folder: Path) -> Iterator[str]:
    """Serve `folder` on 127.0.0.1 (free port) until the block ends; yields the base URL."""
    handler = functools.partial(_QuietHandler, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


@pytest.fixture(scope="session")
def site_dir(site: Path) -> Path:
    """The project's site: the session's one build (tests/conftest.py), served read-only."""
    return site


@pytest.fixture(scope="session")
def base_url(site_dir: Path) -> Iterator[str]:
    with serve(site_dir) as url:
        yield url


@pytest.fixture(scope="session")
def browser(tmp_path_factory):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        instance = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield instance
        instance.close()


@dataclass
class Watch:
    """What a page did that a reader would not want: errors and foreign requests."""

    host: str
    console_errors: list[str] = field(default_factory=list)
    page_errors: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)
    foreign: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)

    def problems(self) -> list[str]:
        return self.console_errors + self.page_errors + self.failed + self.foreign + self.dialogs


def watch_page(page, base_url: str) -> Watch:
    """Record on a `Watch` what `page` does: console errors, page errors, failed requests,
    requests to any host but the local server, and dialogs (dismissed)."""
    host = urlsplit(base_url).netloc
    watch = Watch(host)

    def on_request(request):
        url = urlsplit(request.url)
        if url.scheme in ("http", "https", "ws", "wss") and url.netloc != host:
            watch.foreign.append(request.url)

    page.on("request", on_request)
    page.on("console", lambda m: m.type == "error" and watch.console_errors.append(m.text))
    page.on("pageerror", lambda e: watch.page_errors.append(str(e)))
    # A load cancelled because the reader moved on (a click while the search index was still
    # loading) is not a failure anyone sees; every other failed request is.
    page.on(
        "requestfailed",
        lambda r: r.failure != "net::ERR_ABORTED" and watch.failed.append(f"{r.url} {r.failure}"),
    )

    def on_dialog(dialog):
        watch.dialogs.append(f"dialog: {dialog.message}")
        dialog.dismiss()

    page.on("dialog", on_dialog)
    return watch


@pytest.fixture
def open_page(browser, base_url):
    """Factory: `open_page(**context_options)` opens a fresh tab in a new browser context (e.g.
    `viewport={"width": 375, "height": 812}`, `color_scheme="dark"`) and returns (page, watch).
    Every context is closed when the test ends."""
    contexts = []

    def _open(**context_options):
        context = browser.new_context(**context_options)
        contexts.append(context)
        page = context.new_page()
        return page, watch_page(page, base_url)

    yield _open
    for context in contexts:
        context.close()


@pytest.fixture
def watched_page(open_page):
    """A fresh tab (desktop size, 1280x720) plus a `Watch` of everything it did; yields
    (page, watch)."""
    return open_page()


@pytest.fixture(scope="session")
def brief_paths(site_dir: Path) -> list[str]:
    """URL paths (relative to the base URL) of every HTML page of the built site."""
    paths = []
    for html in site_dir.rglob("*.html"):
        rel = html.relative_to(site_dir)
        if html.name != "index.html":
            paths.append(rel.as_posix())
        elif rel.parent != Path("."):
            paths.append(rel.parent.as_posix() + "/")
        else:
            paths.append("")
    return sorted(paths)


@dataclass(frozen=True)
class Brief:
    """One built brief: its URL path (relative to the base URL, ending in /) and brief.json."""

    path: str
    data: dict

    @property
    def pages(self) -> dict[str, str]:
        """The brief's pages in reading order: name -> URL path."""
        names = ("overview", "cases", "figures", "recommendations", "text", "source")
        return {n: self.path + ("" if n == "overview" else n + "/") for n in names}


@pytest.fixture(scope="session")
def briefs(site_dir: Path) -> list[Brief]:
    """Every brief of the built site, in home-page order, with its data."""
    found = [
        Brief(
            data_file.parent.relative_to(site_dir).as_posix() + "/",
            json.loads(data_file.read_text()),
        )
        for data_file in sorted(site_dir.glob("briefs/*/brief.json"))
    ]
    assert found, "the built site has no brief"
    return found

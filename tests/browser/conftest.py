"""Real-browser fixtures: the built site served over HTTP on 127.0.0.1, driven in Debian's
headless Chromium by Playwright.

`site_dir` builds the site once per session; `serve(folder)` serves any built folder on a free
port; `page` opens a fresh tab that records console errors, page errors, failed requests and every
request to a host other than the local server, for the tests to assert on.
"""

from __future__ import annotations

import contextlib
import functools
import http.server
import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from ..conftest import ROOT

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
MKDOCS = Path(sys.executable).parent / "mkdocs"

if not Path(CHROMIUM).exists():
    # .ci/run installs it, so in CI a missing browser is a failure, not a skip.
    if os.environ.get("CI"):
        raise RuntimeError(f"{CHROMIUM} not installed: .ci/run must apt-get install chromium")
    pytest.skip(f"{CHROMIUM} not installed (apt-get install chromium)", allow_module_level=True)


def build_site(dest: Path, seeds: Path | None = None) -> Path:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    if seeds is not None:
        env["BRIEF_SEEDS"] = str(seeds)
    result = subprocess.run(
        [str(MKDOCS), "build", "--strict", "--clean", "-d", str(dest)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
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
def site_dir(tmp_path_factory) -> Path:
    return build_site(tmp_path_factory.mktemp("browser-site"))


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


@pytest.fixture
def watched_page(browser, base_url):
    """A fresh tab plus a `Watch` of everything it did; yields (page, watch)."""
    host = urlsplit(base_url).netloc
    context = browser.new_context()
    page = context.new_page()
    watch = Watch(host)

    def on_request(request):
        url = urlsplit(request.url)
        if url.scheme in ("http", "https", "ws", "wss") and url.netloc != host:
            watch.foreign.append(request.url)

    page.on("request", on_request)
    page.on("console", lambda m: m.type == "error" and watch.console_errors.append(m.text))
    page.on("pageerror", lambda e: watch.page_errors.append(str(e)))
    page.on("requestfailed", lambda r: watch.failed.append(f"{r.url} {r.failure}"))

    def on_dialog(dialog):
        watch.dialogs.append(f"dialog: {dialog.message}")
        dialog.dismiss()

    page.on("dialog", on_dialog)
    yield page, watch
    context.close()


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

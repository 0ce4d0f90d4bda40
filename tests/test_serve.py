"""`mkdocs serve` as a researcher uses it: edit a seed, and the served page shows the edit."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from .conftest import ROOT, SEED

MKDOCS = Path(sys.executable).parent / "mkdocs"
TEXT_PAGE = "briefs/closing-the-border-to-terrorists-cooperation-between-mexican/text/"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait_for(url: str, needle: str, timeout: float) -> bool:
    """Poll until the page holds `needle` (a bounded wait for a condition, not a timing test)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=5) as response:
                if needle in response.read().decode("utf-8"):
                    return True
        except (urllib.error.URLError, ConnectionError):
            pass
        time.sleep(0.2)
    return False


@pytest.fixture
def served(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for path in SEED.parent.glob(SEED.stem + ".*"):
        shutil.copy(path, seeds / path.name)
    port = _free_port()
    process = subprocess.Popen(
        [str(MKDOCS), "serve", "-a", f"127.0.0.1:{port}"],
        cwd=ROOT,
        env={**os.environ, "BRIEF_SEEDS": str(seeds), "NO_MKDOCS_2_WARNING": "1"},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        yield f"http://127.0.0.1:{port}/", seeds / SEED.name
    finally:
        process.terminate()
        process.wait(timeout=30)


def test_editing_a_seed_rebuilds_the_served_page(served):
    base, seed = served
    assert _wait_for(base + TEXT_PAGE, "Several obvious and immediate", timeout=60)
    text = seed.read_text(encoding="utf-8")
    seed.write_text(text.replace("Several obvious", "Several freshly edited"), encoding="utf-8")
    assert _wait_for(base + TEXT_PAGE, "Several freshly edited", timeout=60)

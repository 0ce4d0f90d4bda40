"""One fuzz seed through the converter, checked: converted (or refused with a `BriefError`),
rendered, and every sentence of its known article visible on the Full text page.

The Full text page is `text.md` rendered to HTML as the site renders it
(`tests.conftest.site_markdown`); its visible text and each sentence are compared after the same
normalisation as tests/test_hostile.py (`shown`: control and bidi characters dropped, whitespace
collapsed). The work cap is SIGALRM: a seed still running after `timeout` seconds is stopped
where it is, and the traceback says where (the parent process also kills a worker that does not
answer; see `tests.fuzz.__main__`).
"""

from __future__ import annotations

import re
import signal
import tempfile
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

from ..hostile.corpus import shown
from .seeds import FuzzSeed, make_seed

SEED_NAME = "001_fuzz.txt"


class Timeout(Exception):
    """The seed used up its work cap."""


@dataclass
class Outcome:
    index: int
    status: str  # "converted", "refused", "crash", "timeout"
    seconds: float = 0.0
    stage: str = ""  # where it failed: convert, render, markdown
    error: str = ""  # "Type: message", shortened
    frames: list[str] = field(default_factory=list)  # the innermost frames, innermost last
    origin: str = ""  # the converter's innermost frame (`brief/…`), where a class is told apart
    missing: list[str] = field(default_factory=list)  # sentences not on the Full text page
    sentences: int = 0
    layout: list[str] = field(default_factory=list)

    @property
    def key(self) -> str:
        """A finding's class: the same bug in two seeds has the same key."""
        if self.status in ("crash", "timeout"):
            kind = self.error.split(":", 1)[0]
            where = re.sub(r":\d+ ", " ", self.origin.rsplit("/brief/", 1)[-1])
            return f"{self.status} in {self.stage}: {kind} at {where or '?'}"
        if self.status == "refused":
            return "refused: " + re.sub(r"(?<![\w-])\d+", "N", self.error.split(": ", 1)[-1])[:80]
        return ""


class _Visible(HTMLParser):
    """The text a reader sees: character data outside <script> and <style>."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._hidden = 0

    def handle_starttag(self, tag, attrs):
        self._hidden += tag in ("script", "style")

    def handle_endtag(self, tag):
        self._hidden -= tag in ("script", "style") and self._hidden > 0

    def handle_data(self, data):
        if not self._hidden:
            self.parts.append(data)


def visible_text(html_text: str) -> str:
    parser = _Visible()
    parser.feed(html_text)
    parser.close()
    return re.sub(r"\s+", " ", "".join(parser.parts)).strip()


def _alarm(signum, frame):
    raise Timeout("work cap reached")


def failure(index: int, status: str, stage: str, err: BaseException) -> Outcome:
    frames = [f"{f.filename}:{f.lineno} {f.name}" for f in traceback.extract_tb(err.__traceback__)]
    origin = next((f for f in reversed(frames) if "/brief/" in f), "")
    error = f"{type(err).__name__}: {err}"[:300]
    return Outcome(index, status, stage=stage, error=error, frames=frames[-6:], origin=origin)


def check_seed(
    seed: FuzzSeed, render: Callable[[str], str], *, timeout: float = 0, folder: Path | None = None
) -> Outcome:
    """Convert, render and check one seed. `render` is `site_markdown()`; `timeout` (seconds,
    0 for none) needs the main thread (SIGALRM)."""
    from brief.errors import BriefError
    from brief.pipeline import convert_path
    from brief.render.pages import render_brief

    start = time.perf_counter()
    with tempfile.TemporaryDirectory(dir=folder) as tmp:
        path = Path(tmp) / SEED_NAME
        path.write_bytes(seed.data)
        previous = signal.signal(signal.SIGALRM, _alarm) if timeout else None
        if timeout:
            signal.setitimer(signal.ITIMER_REAL, timeout)
        stage = "convert"
        try:
            try:
                brief = convert_path(path)
            except BriefError as err:
                error = str(err).replace(str(path), SEED_NAME)[:300]
                outcome = Outcome(seed.index, "refused", stage=stage, error=error)
            else:
                stage = "render"
                pages = render_brief(brief)
                stage = "markdown"
                text = visible_text(render(pages["text.md"]))
                missing = [s for s in seed.sentences if shown(s) not in text]
                outcome = Outcome(seed.index, "converted", missing=missing)
        except Timeout as err:
            outcome = failure(seed.index, "timeout", stage, err)
        except Exception as err:  # a crash is the finding
            outcome = failure(seed.index, "crash", stage, err)
        finally:
            if timeout:
                signal.setitimer(signal.ITIMER_REAL, 0)
                signal.signal(signal.SIGALRM, previous)
    outcome.seconds = time.perf_counter() - start
    outcome.sentences = len(seed.sentences)
    outcome.layout = seed.layout
    return outcome


def check_index(index: int, render: Callable[[str], str], **kwargs) -> Outcome:
    return check_seed(make_seed(index), render, **kwargs)


def minimize(index: int, render: Callable[[str], str], key: str, timeout: float) -> list[int]:
    """The fragments of seed `index` that its finding needs: each fragment is dropped in turn
    and stays dropped if the seed still fails the same way (`key`). Returns their numbers."""
    seed = make_seed(index)
    needed = [k for k, _ in seed.placed]
    dropped: set[int] = set()
    for k in list(needed):
        trial = make_seed(index, frozenset(dropped | {k}))
        outcome = check_seed(trial, render, timeout=timeout)
        if _same(outcome, key):
            dropped.add(k)
    return [k for k in needed if k not in dropped]


def _same(outcome: Outcome, key: str) -> bool:
    if key == "missing":
        return bool(outcome.missing)
    return outcome.key == key

"""A seeds folder of hostile seeds (for a real MkDocs build): the corpus article with a hostile
sidecar, a second article under a hostile file name, and a third whose title gives the same slug
as the second."""

from __future__ import annotations

import random
from pathlib import Path

from .corpus import Seed, article

# A file name a researcher could save: Markdown and HTML in it must not become live on the
# Source & method page (where the name is printed).
HOSTILE_NAME = "002_[x](javascript:alert('INJECTED-name')) <b>bold *em* &amp; |pipe|.txt"
SIDECAR = """\
title: null
url: "https://example.org/a?x=1&y=2#[z](javascript:alert('INJECTED-url'))"
authors: ["<script>alert('INJECTED-author')</script>", "[A](javascript:alert(1)) *B*"]
publisher: "<img src=x onerror=alert('INJECTED-pub')> {{ config }}"
notes:
  - "<svg onload=alert('INJECTED-note')> [n](javascript:alert(1)) --8<-- \\"/etc/passwd\\""
"""
SAME_TITLE = "Same Title: A Review of Borders"


def write_hostile_seeds(folder: Path) -> dict[str, Seed]:
    """Write the hostile seeds into `folder`; returns {file name: Seed}."""
    folder.mkdir(parents=True, exist_ok=True)
    seeds = {
        "001_hostile.txt": article(random.Random(1)),
        HOSTILE_NAME: article(random.Random(2), title=SAME_TITLE),
        "003_same_title.txt": article(random.Random(3), title=SAME_TITLE),
    }
    for name, seed in seeds.items():
        (folder / name).write_text(seed.text, encoding="utf-8")
    (folder / "001_hostile.yml").write_text(SIDECAR.replace("title: null\n", ""), encoding="utf-8")
    return seeds

"""Shared fixtures: the seed and its article paragraphs, as the extractors receive them."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from brief.model import Paragraph

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_84791c8b7dbab018.txt"
CORPUS = ROOT.parent / "shared" / "corpus" / "extraction"
TITLE = (
    "Closing the Border to Terrorists: Cooperation between Mexican Cartels and "
    "International Terrorist Organizations"
)
HEADINGS = ("The Scope of the Problem", "Policy Recommendations", "Conclusion")


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


def _article_lines(text: str) -> list[str]:
    lines = [line for line in text.splitlines() if line.strip()]
    start = lines.index(TITLE) + 1
    end = next(i for i, line in enumerate(lines) if line.startswith("The post "))
    return lines[start:end]


@pytest.fixture(scope="session")
def seed_paragraphs(seed_text: str) -> list[Paragraph]:
    """The seed's 20 paragraphs with ids p1..p20, headings left out (known-good, independent of
    the cleaner so that extractor tests fail only for extractor bugs)."""
    texts = [line for line in _article_lines(seed_text) if line not in HEADINGS]
    return [Paragraph(id=f"p{i}", number=i, text=t) for i, t in enumerate(texts, 1)]


@pytest.fixture(scope="session")
def seed_sections(seed_text: str):
    """The seed's sections (opening, three headed sections), built from known-good blocks."""
    from brief.extract.sections import build_sections
    from brief.model import Block

    blocks = [
        Block(kind="heading" if line in HEADINGS else "paragraph", text=line, line=0)
        for line in _article_lines(seed_text)
    ]
    return build_sections(blocks)


MKDOCS = Path(sys.executable).parent / "mkdocs"


def mkdocs_build(
    dest: Path, seeds: Path | None = None, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """`mkdocs build --strict` of the project into `dest`, from `seeds` (default: seeds/)."""
    environ = {**os.environ, "NO_MKDOCS_2_WARNING": "1", **(env or {})}
    if seeds is not None:
        environ["BRIEF_SEEDS"] = str(seeds)
    return subprocess.run(
        [str(MKDOCS), "build", "--strict", "--clean", "-d", str(dest)],
        cwd=ROOT,
        env=environ,
        capture_output=True,
        text=True,
        timeout=300,
    )


@pytest.fixture(scope="session")
def site(tmp_path_factory) -> Path:
    """The project's site, built once per test session."""
    dest = tmp_path_factory.mktemp("site")
    result = mkdocs_build(dest)
    assert result.returncode == 0, result.stderr
    return dest


def run_brief(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """Run the `brief` command as a user would; output captured as UTF-8 text."""
    return subprocess.run(
        [sys.executable, "-m", "brief.cli", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=ROOT,
        env={**os.environ, **(env or {})},
        timeout=120,
    )


def site_markdown() -> Callable[[str], str]:
    """Markdown → HTML exactly as the site renders a page (mkdocs.yml's extensions; front matter
    removed, as MkDocs does)."""
    import markdown
    from mkdocs.config import load_config
    from mkdocs.utils.meta import get_data

    cfg = load_config(str(ROOT / "mkdocs.yml"))
    converter = markdown.Markdown(
        extensions=cfg["markdown_extensions"], extension_configs=cfg["mdx_configs"]
    )

    def run(source: str) -> str:
        converter.reset()
        return converter.convert(get_data(source)[0])

    return run

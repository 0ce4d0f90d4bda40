"""Golden test: the seed's generated pages and data files, byte for byte.

Any change to what a reader sees shows up here as a diff to review. After an intended change,
regenerate with `UPDATE_GOLDEN=1 .venv/bin/pytest tests/test_golden.py` and commit the diff.
"""

from __future__ import annotations

import os

import pytest
from brief.pipeline import convert_path
from brief.render.pages import render_brief

from .conftest import ROOT, SEED

GOLDEN = ROOT / "tests" / "golden" / SEED.stem


@pytest.fixture(scope="module")
def generated() -> dict[str, str]:
    return render_brief(convert_path(SEED))


def test_golden_files_match(generated):
    if os.environ.get("UPDATE_GOLDEN"):
        GOLDEN.mkdir(parents=True, exist_ok=True)
        for old in GOLDEN.iterdir():
            old.unlink()
        for name, content in generated.items():
            (GOLDEN / name).write_text(content, encoding="utf-8", newline="\n")
    expected = {p.name: p.read_text(encoding="utf-8") for p in GOLDEN.iterdir()}
    assert sorted(expected) == sorted(generated)
    for name, content in generated.items():
        assert content == expected[name], f"{name} differs from tests/golden (see module doc)"


def test_conversion_is_deterministic(generated):
    assert render_brief(convert_path(SEED)) == generated

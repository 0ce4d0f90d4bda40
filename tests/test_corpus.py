"""The whole converter on pages it was not written for: the public extraction corpus.

Whatever an article holds, every item must quote its paragraph verbatim, every figure's number
must appear in its quote, and the brief must validate against the schema.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import jsonschema
import pytest
from brief.errors import BriefError
from brief.pipeline import convert_path
from brief.schema import brief_schema

from .conftest import CORPUS, SEED

PAGES = sorted(CORPUS.glob("*.txt")) if CORPUS.is_dir() else []


def _evidence(item: dict) -> list[dict]:
    ev = item["evidence"]
    return ev if isinstance(ev, list) else [ev]


@pytest.fixture(scope="module")
def validator():
    return jsonschema.Draft202012Validator(brief_schema())


@pytest.mark.skipif(not PAGES, reason="corpus not available")
@pytest.mark.parametrize("page", [SEED, *PAGES], ids=lambda p: p.name[:12])
def test_every_item_is_backed_by_a_verbatim_quote(page: Path, tmp_path: Path, validator):
    seed = tmp_path / page.name  # a copy: corpus pages have no sidecar
    shutil.copyfile(page, seed)
    try:
        brief = convert_path(seed)
    except BriefError as err:
        pytest.fail(f"no brief for a page with an article: {err}")
    data = json.loads(brief.model_dump_json())
    validator.validate(data)
    paragraphs = {p.id: p.text for p in brief.paragraphs}
    assert len(paragraphs) == len(brief.paragraphs), "paragraph ids must be unique"
    for kind in ("cases", "figures", "recommendations", "glossary", "findings"):
        for item in data[kind]:
            for ev in _evidence(item) if kind != "findings" else [item]:
                assert ev["quote"] in paragraphs[ev["paragraph"]], (kind, item)
    for figure in data["figures"]:
        assert figure["display"] in figure["evidence"]["quote"], figure
        assert (figure["value"] is None) != (figure["low"] is None), figure
    for case in data["cases"]:
        assert case["summary"], case
    numbers = [r["number"] for r in data["recommendations"]]
    assert numbers == list(range(1, len(numbers) + 1))
    for rec in data["recommendations"]:
        assert rec["headline"] in rec["text"]

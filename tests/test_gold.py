"""The ratchet: extraction scores on the hand-annotated pages never fall below their record.

`tests/gold/record.json` holds the scores the converter has reached (`make eval RECORD=1`
writes it); a change that loses a case, a figure, a recommendation or a publication date on
these pages fails here, as does one that takes more not-figures. Raise the record when the
scores improve.
"""

from __future__ import annotations

import json

import pytest
import yaml

from .gold import sentences
from .gold.evaluate import ARTICLES, DUMPS, RECORD, by_set, evaluate

LOWER_IS_BETTER = {"not-figures taken", "levels taken for changes"}


@pytest.fixture(scope="module")
def scores():
    return {**by_set(evaluate()[0]), "sentences": sentences.metrics()}


@pytest.mark.parametrize("which", ["public", "project", "all", "sentences"])
def test_scores_hold_their_record(scores, which):
    record = json.loads(RECORD.read_text(encoding="utf-8"))[which]
    worse = {
        key: (scores[which][key], floor)
        for key, floor in record.items()
        if (scores[which][key] > floor if key in LOWER_IS_BETTER else scores[which][key] < floor)
    }
    assert not worse, f"below the record (now, record): {worse}"


@pytest.mark.parametrize("path", sorted(ARTICLES.glob("*.yaml")), ids=lambda p: p.stem)
def test_annotation_names_its_dump_and_follows_the_guide(path):
    gold = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert (DUMPS / gold["file"]).is_file() and gold["file"].startswith(path.stem + "_")
    for key in ("cases", "figures", "recommendations"):
        assert isinstance(gold.get(key) or [], list), key
    for case in gold.get("cases") or []:
        assert case["kind"] in ("incident", "context") and str(case["date"])[:4].isdigit(), case
    for figure in gold.get("figures") or []:
        assert ("value" in figure) != ("low" in figure and "high" in figure), figure
    for rec in gold.get("recommendations") or []:
        assert rec["starts"] and "actor" in rec, rec

"""The committed JSON Schema is the documented data contract: it must match the models and
validate the brief the converter produces."""

from __future__ import annotations

import json

import jsonschema
from brief.pipeline import convert_path
from brief.schema import SCHEMA_FILE, brief_schema

from .conftest import SEED


def test_committed_schema_matches_the_models():
    committed = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    assert committed == brief_schema(), "run: .venv/bin/brief schema > " + str(SCHEMA_FILE)


def test_seed_brief_validates_against_the_schema():
    data = json.loads(convert_path(SEED).model_dump_json())
    jsonschema.Draft202012Validator(brief_schema()).validate(data)


def test_schema_rejects_a_figure_without_evidence():
    data = json.loads(convert_path(SEED).model_dump_json())
    del data["figures"][0]["evidence"]
    errors = list(jsonschema.Draft202012Validator(brief_schema()).iter_errors(data))
    assert errors

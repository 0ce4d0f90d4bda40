"""The JSON Schema of `brief.json`, generated from the models; the committed copy is tested
against this so the documented contract can never drift from the code."""

from __future__ import annotations

from pathlib import Path

from brief.model import SCHEMA_VERSION, Brief

SCHEMA_FILE = Path(__file__).parent / "schema" / "brief.schema.json"


def brief_schema() -> dict:
    schema = Brief.model_json_schema(mode="serialization")
    schema["description"] = f"A research brief (brief.json), schema version {SCHEMA_VERSION}."
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", **schema}

"""`brief tag`: JSON lines in, one JSON line out per text, in order; bad lines exit 2."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys

from brief.extract.figures import extract_figures
from brief.ids import content_id
from brief.model import Paragraph
from brief.pipeline import stable_ids
from brief.tag import tag_lines, tag_text

from .conftest import ROOT


def tag(lines: list[str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "brief.cli", "tag", *args],
        input="".join(line + "\n" for line in lines),
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=ROOT,
        env=dict(os.environ),
        timeout=120,
    )


TEXTS = [
    "In 2021, officials counted at least 1,200 migrants, 40% more than in 2020.",
    "The suspect, a 34-year-old man, was fined $5,000 on Tuesday.",
    "Congress should fund 300 more judges.",
    "Nothing to count here.",
]


def test_one_line_out_per_line_in_with_every_extractor():
    result = tag([json.dumps({"text": t}) for t in TEXTS])
    assert result.returncode == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(rows) == len(TEXTS)
    for row in rows:
        assert list(row) == ["quantities", "figures", "dates", "cases", "recommendations"]
    first = rows[0]["quantities"]
    assert [(q["kind"], q["value"], q["unit"]) for q in first] == [
        ("count", 1200, None),
        ("percent", 40, "percent"),
    ]
    q = first[0]
    assert TEXTS[0][q["start"] : q["end"]] == q["text"] == "1,200"
    assert q["span"] == [q["start"], q["end"]]
    assert rows[3]["quantities"] == []
    assert len(rows[2]["recommendations"]) == 1


def test_figures_are_the_figures_extractor_output_for_one_paragraph():
    (row,) = tag([json.dumps({"text": TEXTS[0]})]).stdout.splitlines()
    paragraph = Paragraph(id=content_id("p", TEXTS[0]), text=TEXTS[0])
    _, expected, _ = stable_ids([], extract_figures([paragraph]), [])
    figures = json.loads(row)["figures"]
    assert figures == [f.model_dump(mode="json") for f in expected]
    assert all(re.fullmatch(r"f-[0-9a-f]{8}(?:-\d+)?", f["id"]) for f in figures)  # schema 2.0 ids


def test_hostile_lines_are_refused_with_one_line():
    for line in ('{"text": "x \\ud800 y"}', "[" * 100_000 + "]" * 100_000):
        run = tag([line])
        assert run.returncode == 2 and len(run.stderr.strip().splitlines()) == 1, run.stderr


def test_published_resolves_relative_dates_and_a_line_may_override_it():
    lines = [
        json.dumps({"text": TEXTS[1]}),
        json.dumps({"text": TEXTS[1], "published": "2024-05-10"}),
    ]
    rows = [json.loads(r) for r in tag(lines, "--published", "2024-03-15").stdout.splitlines()]
    assert [d["iso"] for d in rows[0]["dates"]] == ["2024-03-12"]
    assert [d["iso"] for d in rows[1]["dates"]] == ["2024-05-07"]
    undated = json.loads(tag([lines[0]]).stdout)
    assert undated["dates"] == []


def test_output_is_deterministic():
    lines = [json.dumps({"text": t}) for t in TEXTS * 5]
    assert tag(lines).stdout == tag(lines).stdout


def test_bad_lines_exit_2_with_one_line_naming_the_line():
    for bad, reason in [
        ("{not json", "not JSON"),
        (json.dumps({"body": "x"}), 'no "text"'),
        (json.dumps(["x"]), 'no "text"'),
        (json.dumps({"text": 5}), 'no "text"'),
        (json.dumps({"text": "x", "published": "yesterday"}), "published"),
    ]:
        result = tag([json.dumps({"text": "ok"}), bad])
        assert result.returncode == 2, bad
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1, result.stderr
        assert "line 2" in lines[0] and reason in lines[0], lines[0]
        assert "Traceback" not in result.stderr


def test_bad_published_option_exits_2():
    result = tag([json.dumps({"text": "x"})], "--published", "2024-13-01")
    assert result.returncode == 2
    assert "YYYY-MM-DD" in result.stderr


def test_blank_lines_are_skipped():
    result = tag(["", json.dumps({"text": "5 cats"}), "  "])
    assert result.returncode == 0
    assert len(result.stdout.splitlines()) == 1


def test_a_long_stream_is_answered_line_for_line():
    """Every line answered, in order, each as `tag_text` answers it alone: the texts' caches
    (`dates`, `quantities`) never leak one line's reading into another's. (How fast: `make
    bench`, which holds the 1,000 sentences a second target.)"""
    sentences = [json.dumps({"text": t}) + "\n" for t in TEXTS] * 250
    out = [json.loads(line) for line in tag_lines(sentences)]
    assert len(out) == 1000
    alone = [json.loads(json.dumps(tag_text(t))) for t in TEXTS]
    assert out[:4] == alone and out[-4:] == alone

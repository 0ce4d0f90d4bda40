"""The `brief` command as a user runs it: output on stdout, one-line errors with status 2."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from .conftest import HEADINGS, SEED, TITLE
from .conftest import run_brief as run


def test_console_script_is_installed_in_the_venv():
    assert (Path(sys.executable).parent / "brief").exists()


def test_clean_prints_title_then_blocks_separated_by_blank_lines():
    result = run("clean", str(SEED))
    assert result.returncode == 0, result.stderr
    blocks = result.stdout.rstrip("\n").split("\n\n")
    assert len(blocks) == 24
    assert blocks[0] == TITLE
    assert [b for b in blocks if b in HEADINGS] == list(HEADINGS)
    assert blocks[1].startswith("In July 2024, three Palestinians and a Turk")
    assert "appeared first on" not in result.stdout
    assert "News Every Day" not in result.stdout


def test_clean_body_only_leaves_the_title_out():
    result = run("clean", "--body-only", str(SEED))
    blocks = result.stdout.rstrip("\n").split("\n\n")
    assert len(blocks) == 23
    assert TITLE not in blocks


def test_extract_prints_the_brief_as_json():
    result = run("extract", str(SEED))
    assert result.returncode == 0, result.stderr
    brief = json.loads(result.stdout)
    assert brief["title"] == TITLE
    assert brief["source"]["seed"] == SEED.name
    assert len(brief["recommendations"]) == 4


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (None, "file not found"),
        (b"", "empty file"),
        (b"\x00\x01\x02binary\x00" * 50, "binary file"),
        (b"caf\xe9 au lait\n" * 5, "not valid UTF-8"),
        (b"Home\nNews\nSport\nContact\n" * 5, "no article found"),
    ],
)
@pytest.mark.parametrize("command", ["clean", "extract"])
def test_bad_input_exits_2_with_one_line_naming_file_and_reason(tmp_path, command, content, reason):
    seed = tmp_path / "bad.txt"
    if content is not None:
        seed.write_bytes(content)
    result = run(command, str(seed))
    assert result.returncode == 2
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert str(seed) in lines[0]
    assert reason in lines[0]
    assert "Traceback" not in result.stderr


def test_build_writes_pages_and_data_files(tmp_path):
    out = tmp_path / "out"
    result = run("build", "--seeds", str(SEED.parent), "--out", str(out))
    assert result.returncode == 0, result.stderr
    folder = next((out / "briefs").iterdir())
    for name in ("index.md", "cases.md", "figures.md", "recommendations.md", "text.md",
                 "source.md", "brief.json", "cases.csv", "figures.csv"):  # fmt: skip
        assert (folder / name).is_file(), name
    assert (out / "index.md").is_file()


def test_failed_build_leaves_previous_output_untouched(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "a.txt").write_bytes(SEED.read_bytes())
    out = tmp_path / "out"
    assert run("build", "--seeds", str(seeds), "--out", str(out)).returncode == 0
    before = {p: p.read_bytes() for p in out.rglob("*") if p.is_file()}
    (seeds / "b.txt").write_bytes(b"\xff\xfe\x00broken")
    result = run("build", "--seeds", str(seeds), "--out", str(out))
    assert result.returncode == 2
    assert "b.txt" in result.stderr and "Traceback" not in result.stderr
    after = {p: p.read_bytes() for p in out.rglob("*") if p.is_file()}
    assert after == before

"""Hostile sidecars, folders and cells get a clear answer (issue #11): a one-line refusal instead
of a traceback or a long stall, a visible title instead of an empty one, and CSV cells that no
spreadsheet runs as a formula whatever separator it splits on."""

from __future__ import annotations

import csv
import io
import random
import re
import time
from pathlib import Path

import pytest
from brief import cli, read
from brief.errors import BriefError
from brief.model import Block, Cleaned
from brief.pipeline import convert_path, title_of
from brief.read import Seed, Sidecar
from brief.render.data import cases_csv, figures_csv
from brief.site.generate import generate

from .conftest import SEED
from .conftest import run_brief as brief
from .hostile.corpus import article

TITLE = "Border Review and the Agency Report"
GOOD = article(random.Random(31), [], title=TITLE, items=False)


def _seed_with_sidecar(folder: Path, sidecar: str | bytes) -> Path:
    seed = folder / "001_a.txt"
    seed.write_text(GOOD.text)
    side = folder / "001_a.yml"
    if isinstance(sidecar, bytes):
        side.write_bytes(sidecar)
    else:
        side.write_text(sidecar, encoding="utf-8")
    return seed


# --- sidecars that would exhaust the YAML library -------------------------------------------


@pytest.mark.parametrize(
    ("sidecar", "reason"),
    [
        ("title: " + "[" * 5000 + "]" * 5000 + "\n", ":1: nested more than 4 levels deep"),
        ("title: A\nnotes:\n" + "- " * 5000 + "x\n", ":3: nested more than 4 levels deep"),
        ("title: &a A\nnotes: [" + ", ".join(["*a"] * 200_000) + "]\n", ":1: YAML anchors"),
        ("title: A\npublisher: &p B\nnotes: [*p]\n", ":2: YAML anchors and aliases"),
        ("title: A\nnotes: [*p]\n", ":2: YAML anchors and aliases"),
    ],
    ids=["deep-flow", "deep-block", "billion-laughs", "anchor", "alias"],
)
def test_a_sidecar_bomb_is_refused_in_one_line_at_once(tmp_path, sidecar, reason):
    seed = _seed_with_sidecar(tmp_path, sidecar)
    start = time.monotonic()
    result = brief("extract", str(seed))
    assert time.monotonic() - start < 5  # 200,000 aliases took 13 s to refuse
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr.startswith(f"brief: error: {tmp_path / '001_a.yml'}{reason}")
    assert len(result.stderr.splitlines()) == 1, result.stderr


def test_a_sidecar_over_its_own_size_limit_is_refused(tmp_path):
    seed = _seed_with_sidecar(tmp_path, "title: A\nnotes: [" + "x" * read.SIDECAR_MAX_BYTES + "]\n")
    result = brief("clean", str(seed))
    assert result.returncode == 2
    assert result.stderr.strip() == (
        f"brief: error: {tmp_path / '001_a.yml'}: {read.SIDECAR_MAX_BYTES + 19} bytes is over the "
        f"{read.SIDECAR_MAX_BYTES}-byte limit for a sidecar"
    )


# --- a seeds folder that cannot be listed ------------------------------------------------------


def test_an_unlistable_seeds_folder_is_one_line_exit_2(tmp_path, monkeypatch, capsys):
    (tmp_path / "001_a.txt").write_text(GOOD.text)

    def refuse(self):
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "iterdir", refuse)  # tests run as root: chmod would not stop us
    code = cli.main(["build", "--seeds", str(tmp_path), "--out", str(tmp_path.parent / "o")])
    assert code == 2
    assert capsys.readouterr().err == (
        f"brief: error: {tmp_path}: cannot list the seeds folder (Permission denied)\n"
    )
    with pytest.raises(BriefError, match="cannot list the seeds folder"):
        generate(tmp_path)


# --- invisible titles, publishers, authors -----------------------------------------------------

INVISIBLE = {
    "spaces": "   \u00a0\u3000",
    "bidi marks": "\u200e\u200f\u202a\u202b\u202c\u202d\u202e",
    "bidi isolates": "\u2066\u2067\u2068\u2069",
    "zero-width": "\u200b\u200c\u200d\u2060\ufeff",
    "hangul filler": "\u3164",
    "mixed": " \u200b \u202e\u2066 ",
}


@pytest.mark.parametrize("kind", sorted(INVISIBLE))
def test_an_invisible_sidecar_title_falls_back_to_the_dump_title(tmp_path, kind):
    _seed_with_sidecar(tmp_path, f'title: "{INVISIBLE[kind]}"\n')
    result = generate(tmp_path)
    assert result.errors == []
    assert result.briefs[0].title == TITLE
    assert [next(iter(entry)) for entry in result.nav[1:2]] == [TITLE]  # the navigation entry
    overview = result.files["briefs/border-review-and-the-agency-report/index.md"]
    assert f"\n# {TITLE}\n" in overview  # the page's heading, and so its title


def _cleaned(title: str | None, headings: list[str]) -> Cleaned:
    blocks = [Block(kind="title", text=title, line=1)] if title is not None else []
    blocks += [Block(kind="heading", text=h, line=i) for i, h in enumerate(headings, 2)]
    blocks.append(Block(kind="paragraph", text="Some text.", line=9))
    return Cleaned(blocks=blocks, lines_total=9, lines_dropped=0)


@pytest.mark.parametrize(
    ("sidecar", "title", "headings", "name", "expected"),
    [
        (" ", "\u200b", ["\u202e", "Visible Heading"], "001_a.txt", "Visible Heading"),
        ("\u2060", None, ["\u00a0"], "001_report.txt", "001_report"),
        (None, "\u200e", [], "\u200b.txt", "\u200b.txt"),
    ],
)
def test_the_title_is_the_first_visible_candidate(sidecar, title, headings, name, expected):
    seed = Seed(path=Path("seeds") / name, sha256="0", text="x", sidecar=Sidecar(title=sidecar))
    assert title_of(seed, _cleaned(title, headings)) == expected


def test_invisible_authors_and_publisher_count_as_absent(tmp_path):
    seed = _seed_with_sidecar(
        tmp_path,
        'authors: ["\u200b", "Ada Lovelace", " \u202e "]\npublisher: "\u2066\u2069"\n'
        'notes: ["\ufeff", "A real note."]\n',
    )
    brief = convert_path(seed)
    assert brief.source.authors == ["Ada Lovelace"]
    assert brief.source.publisher is None
    assert brief.source.notes == ["A real note."]


# --- CSV cells ---------------------------------------------------------------------------------

FORMULA = ("=", "+", "-", "@", "\t", "\r", "\uff1d", "\uff0b", "\uff0d", "\uff20")
HOSTILE_CELLS = [
    "…;=cmd|' /C calc'!A0",
    "a,=1+2",
    "b|@SUM(A1)",
    "c\t-2+3",
    "d\t\t=1",
    "e\n=1",
    "f\r\n+1",
    "g;  -1+1",
    'h;"=cmd',
    "\uff1dcmd()",
    "i; \uff20x",
    "\t=x",
    "=x",
]
NUMBERS = [-40.0, -2.5, 3.0, 1e-07]


@pytest.fixture(scope="module")
def hostile_csv() -> dict[str, str]:
    real = convert_path(SEED)
    figures = [
        f.model_copy(update={"label": cell, "value": NUMBERS[i % len(NUMBERS)], "unit": "-40"})
        for i, (f, cell) in enumerate(zip(real.figures, HOSTILE_CELLS, strict=False))
    ]
    cases = [c.model_copy(update={"people": ["=x", "Ann; -1"]}) for c in real.cases[:2]]
    brief = real.model_copy(update={"figures": figures, "cases": cases})
    return {"figures": figures_csv(brief), "cases": cases_csv(brief)}


def _fields(content: str, separator: str):
    """Fields as a spreadsheet splitting on `separator` sees them: quote-aware, and naive."""
    for row in csv.reader(io.StringIO(content, newline=""), delimiter=separator):
        yield from row
    yield from re.split(f"[{re.escape(separator)}\r\n]", content)


@pytest.mark.parametrize("separator", [",", ";", "\t", "|"])
def test_no_csv_field_starts_a_formula_whatever_the_separator(hostile_csv, separator):
    for content in hostile_csv.values():
        for field in _fields(content, separator):
            shown = field.lstrip(' "\u00a0')
            if re.fullmatch(r"-?[0-9.]+(e-?[0-9]+)?", shown.rstrip('"')):
                continue  # a plain number
            assert not shown.startswith(FORMULA), (separator, field)


def test_plain_numbers_survive_and_every_cell_is_quoted(hostile_csv):
    rows = list(csv.DictReader(io.StringIO(hostile_csv["figures"])))
    assert [r["value"] for r in rows[: len(NUMBERS)]] == ["-40", "-2.5", "3", "1e-07"]
    assert {r["unit"] for r in rows} == {"-40"}
    assert [r["label"] for r in rows[:2]] == ["…;'=cmd|' /C calc'!A0", "a,'=1+2"]
    for line in hostile_csv["cases"].splitlines()[:1] + hostile_csv["figures"].splitlines()[:2]:
        assert line.startswith('"') and line.endswith('"')

"""Broken input fails clearly (exit 2, one line naming the file and the reason, no traceback),
what can be read reliably is read, and nothing already built or hand-written is damaged."""

from __future__ import annotations

import codecs
import os
import random
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from brief.errors import BriefError
from brief.read import decode, parse_sidecar, read_seed
from brief.write import MARKER, write_tree

from .conftest import ROOT, SEED
from .conftest import run_brief as brief
from .hostile.corpus import NOISE, article, prose

BRIEF = [sys.executable, "-m", "brief.cli"]
MKDOCS = Path(sys.executable).parent / "mkdocs"
P = Path("seed.txt")
TITLE = "Border Review and the Agency Report"
ARTICLE = article(random.Random(11), [], title=TITLE, headings=[], items=False)
PROSE_LINES = "\n\n".join(prose(random.Random(12)) for _ in range(6))


def mkdocs(dest: Path, seeds: Path, *, strict: bool, config: Path | None = None):
    return subprocess.run(
        [str(MKDOCS), "build", "--clean", "-d", str(dest)]
        + (["--strict"] if strict else [])
        + (["-f", str(config)] if config else []),
        cwd=ROOT,
        env={**os.environ, "BRIEF_SEEDS": str(seeds), "NO_MKDOCS_2_WARNING": "1"},
        capture_output=True,
        text=True,
        timeout=300,
    )


# --- encodings and line ends ---------------------------------------------------------------


CP1252_TEXT = (
    "It\u2019s a \u201cquoted\u201d claim \u2013 and \u2014 more\u2026 \u2022 \u00a9 5\u00b0"
)


@pytest.mark.parametrize(
    "data",
    [
        codecs.BOM_UTF8 + b"Line one\nLine two",
        codecs.BOM_UTF32_LE + "Line one\nLine two".encode("utf-32-le"),
        codecs.BOM_UTF32_BE + "Line one\r\nLine two".encode("utf-32-be"),
        "Line one\r\nLine two".encode("utf-16-le"),  # no BOM: told by its NUL bytes
        "Line one\rLine two".encode("utf-16-be"),
    ],
)
def test_unicode_encodings_that_can_be_told_are_decoded(data):
    assert decode(data, P) == "Line one\nLine two"


def test_windows_1252_punctuation_with_ascii_text_is_decoded():
    """Decision: Windows-1252 only when every non-ASCII byte decodes the same in all Windows
    code pages and one is in 0x80-0x9F (see read.decode)."""
    assert decode(CP1252_TEXT.encode("cp1252"), P) == CP1252_TEXT


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (
            "Caf\u00e9 \u201cquoted\u201d".encode("cp1252"),
            "not valid UTF-8 (byte 0xe9",
        ),  # é: which page?
        ("\u041f\u0440\u0438\u0432\u0435\u0442 \u201cx\u201d".encode("cp1251"), "not valid UTF-8"),
        ("na\u00efve \u00a9".encode("latin-1"), "not valid UTF-8"),  # no 0x80-0x9F byte
        ("caf\u00e9 \u2019".encode() + b"\x93", "not valid UTF-8"),  # UTF-8 with a corrupt byte
        (codecs.BOM_UTF16_LE + b"\x00\xd8x", "not valid utf-16"),  # lone surrogate
        (b"A\x00B\x00\x00\x00C\x00" * 40, "binary file (NUL bytes)"),  # NULs, not UTF-16 text
        ("Line one".encode("utf-16-le")[:-1], "binary file"),  # odd length
    ],
)
def test_encodings_that_cannot_be_told_are_refused(data, reason):
    with pytest.raises(BriefError, match=r"^seed\.txt: ") as err:
        decode(data, P)
    assert reason in str(err.value)
    assert "\n" not in str(err.value)


@pytest.mark.parametrize("newline", ["\r\n", "\r"])
def test_crlf_and_cr_seeds_clean_like_lf(tmp_path, newline):
    lf = tmp_path / "lf.txt"
    lf.write_bytes(ARTICLE.text.encode())
    other = tmp_path / "other.txt"
    other.write_bytes(codecs.BOM_UTF8 + ARTICLE.text.replace("\n", newline).encode())
    assert brief("clean", str(other)).stdout == brief("clean", str(lf)).stdout != ""


# --- every bad seed: exit 2, one line naming file and reason ---------------------------------


BAD_SEEDS = {
    "empty": (b"", "empty file"),
    "whitespace": (b" \n\t\r\n   \n", "empty file"),
    "binary": (bytes(range(256)) * 64, "binary file"),
    "png": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + os.urandom(512), "binary file"),
    "invalid-utf8": (b"caf\xe9 \xff\xfe au lait, " * 20, "not valid UTF-8"),
    "latin-1": ("\u00c9t\u00e9 \u00e0 Montr\u00e9al.\n".encode("latin-1") * 9, "not valid UTF-8"),
    "boilerplate": ("\n".join(NOISE * 3).encode(), "no article found"),
    "only-headings": (b"Home\n\nNews\n\nA Heading\n\nAnother Heading\n", "no article found"),
}  # fmt: skip


@pytest.mark.parametrize("command", ["clean", "extract"])
@pytest.mark.parametrize("kind", sorted(BAD_SEEDS))
def test_bad_seed_exits_2_with_one_line(tmp_path, command, kind):
    content, reason = BAD_SEEDS[kind]
    seed = tmp_path / f"{kind}.txt"
    seed.write_bytes(content)
    result = brief(command, str(seed))
    assert result.returncode == 2, result.stderr
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith(f"brief: error: {seed}")
    assert reason in lines[0]
    assert "Traceback" not in result.stderr


def test_a_100_mb_seed_is_refused_at_once_without_reading_it(tmp_path):
    big = tmp_path / "big.txt"
    with big.open("wb") as f:
        f.truncate(100 * 1024 * 1024)  # sparse: nothing is written to disk
    start = time.monotonic()
    result = brief("extract", str(big))
    assert time.monotonic() - start < 20
    assert result.returncode == 2
    assert result.stderr.strip() == (
        f"brief: error: {big}: 104857600 bytes is over the 20971520-byte limit "
        "(set BRIEF_MAX_SEED_BYTES to raise it)"
    )


def test_size_limit_is_configurable_and_checked(tmp_path):
    seed = tmp_path / "a.txt"
    seed.write_text(ARTICLE.text)
    assert brief("clean", str(seed), env={"BRIEF_MAX_SEED_BYTES": "100"}).returncode == 2
    assert brief("clean", str(seed), env={"BRIEF_MAX_SEED_BYTES": "100000"}).returncode == 0
    bad = brief("clean", str(seed), env={"BRIEF_MAX_SEED_BYTES": "lots"})
    assert bad.returncode == 2 and "BRIEF_MAX_SEED_BYTES='lots'" in bad.stderr


def test_a_folder_or_fifo_named_like_a_seed_is_refused(tmp_path):
    folder = tmp_path / "dir.txt"
    folder.mkdir()
    result = brief("clean", str(folder))
    assert result.returncode == 2 and "not a regular file" in result.stderr
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    result = brief("clean", str(fifo))  # would block forever if read
    assert result.returncode == 2 and "not a regular file" in result.stderr


# --- sidecars ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("title: A\nauthors:\n  - B\npublished: 22 October 2024\n", ":4: key 'published'"),
        ("title: A\nurl: javascript:alert(1)\n", ":2: key 'url'"),
        ("title: A\nnotes: {a: b}\n", ":2: key 'notes'"),
        ("title: A\ntitle: B\n", ":2: key 'title' given twice"),
        ("title: A\n  bad: indent\n", ":2: invalid YAML"),
        ("title: !!python/object/apply:os.system [echo hi]\n", ":1: key 'title'"),
        ("title: A\tB: C\n", ":1: invalid YAML"),
        ("just a string\n", ":1: sidecar must be a mapping"),
    ],
)
def test_malformed_sidecar_names_key_and_line(text, expected):
    with pytest.raises(BriefError, match=r"^s\.yml:") as err:
        parse_sidecar(text, Path("s.yml"))
    assert expected in str(err.value)
    assert "\n" not in str(err.value)


def test_bad_sidecar_fails_its_seed_with_exit_2(tmp_path):
    seed = tmp_path / "a.txt"
    seed.write_text(ARTICLE.text)
    (tmp_path / "a.yml").write_text("title: Fine\ncolour: blue\n")
    result = brief("extract", str(seed))
    assert result.returncode == 2
    assert result.stderr.strip() == (
        f"brief: error: {tmp_path / 'a.yml'}:2: key 'colour': Extra inputs are not permitted"
    )
    (tmp_path / "a.yml").write_bytes(b"title: caf\xe9\n")
    result = brief("extract", str(seed))
    assert result.returncode == 2 and "a.yml" in result.stderr and "UTF-8" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_missing_sidecar_is_fine(tmp_path):
    seed = tmp_path / "a.txt"
    seed.write_text(ARTICLE.text)
    assert read_seed(seed).sidecar.title is None


# --- the MkDocs build -------------------------------------------------------------------------


@pytest.fixture(scope="module")
def plain_site(tmp_path_factory):
    """A strict build of an article with no headings, cases, figures, recommendations or
    abbreviations, next to a second one whose title gives the same slug."""
    seeds = tmp_path_factory.mktemp("plain-seeds")
    (seeds / "001_plain.txt").write_text(ARTICLE.text)
    again = article(random.Random(13), [], title=TITLE, headings=[], items=False)
    (seeds / "002_plain_again.txt").write_text(again.text)
    dest = tmp_path_factory.mktemp("plain-site")
    result = mkdocs(dest, seeds, strict=True)
    assert result.returncode == 0, result.stderr
    return dest


def test_article_without_items_builds_and_says_so(plain_site):
    folder = plain_site / "briefs" / "border-review-and-the-agency-report"
    pages = {p: (folder / p / "index.html").read_text("utf-8") for p in ("cases", "figures")}
    assert "No dated cases were found in this article." in pages["cases"]
    assert "No figures were found in this article." in pages["figures"]
    recs = (folder / "recommendations" / "index.html").read_text("utf-8")
    assert "No recommendations were found in this article" in recs
    text = (folder / "text" / "index.html").read_text("utf-8")
    assert re.search(r'id="p-[0-9a-f]{8}"', text) and "Abbreviations" not in text


def test_same_slug_briefs_both_built_with_distinct_urls(plain_site):
    names = sorted(p.name for p in (plain_site / "briefs").iterdir() if p.is_dir())
    assert names == [
        "border-review-and-the-agency-report",
        "border-review-and-the-agency-report-002-plain-again",
    ]
    for name in names:
        assert (plain_site / "briefs" / name / "text" / "index.html").is_file()


def test_one_bad_seed_fails_strict_but_not_serve_style_builds(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "001_good.txt").write_text(ARTICLE.text)
    (seeds / "002_bad.txt").write_bytes(b"\x00\x01\x02 not text \x03" * 20)
    strict = mkdocs(tmp_path / "strict", seeds, strict=True)
    assert strict.returncode != 0
    assert "002_bad.txt: binary file" in strict.stderr and "Traceback" not in strict.stderr
    loose = mkdocs(tmp_path / "loose", seeds, strict=False)
    assert loose.returncode == 0, loose.stderr
    errors = [line for line in loose.stderr.splitlines() if line.startswith("ERROR")]
    assert len(errors) == 1 and "002_bad.txt" in errors[0], loose.stderr
    good = tmp_path / "loose" / "briefs" / "border-review-and-the-agency-report"
    assert (good / "index.html").is_file() and (good / "text" / "index.html").is_file()
    assert TITLE in (tmp_path / "loose" / "index.html").read_text()


def test_hand_written_page_wins_over_a_generated_one(tmp_path):
    """The hook never replaces a page of docs/: a collision is an error naming both."""
    docs = tmp_path / "docs"
    shutil.copytree(ROOT / "docs", docs)
    (docs / "index.md").write_text("# Hand-written home\n\nKeep me.\n")
    before = {p: p.read_bytes() for p in docs.rglob("*") if p.is_file()}
    config = tmp_path / "mkdocs.yml"
    text = (ROOT / "mkdocs.yml").read_text()
    text = text.replace("docs_dir: docs", f"docs_dir: {docs}")
    text = text.replace("scripts/brief/site/hook.py", str(ROOT / "scripts/brief/site/hook.py"))
    text = text.replace("custom_dir: overrides", f"custom_dir: {ROOT / 'overrides'}")
    text = re.sub(r"\nwatch:\n(  - .*\n)+", "\n", text)  # relative to the real config
    config.write_text(text)
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "001_good.txt").write_text(ARTICLE.text)
    result = mkdocs(tmp_path / "site", seeds, strict=False, config=config)
    assert result.returncode == 0, result.stderr
    assert "index.md is hand-written but the converter generates it" in result.stderr
    assert "Hand-written home" in (tmp_path / "site" / "index.html").read_text()
    assert (tmp_path / "site" / "briefs" / "border-review-and-the-agency-report").is_dir()
    assert {p: p.read_bytes() for p in docs.rglob("*") if p.is_file()} == before
    strict = mkdocs(tmp_path / "site2", seeds, strict=True, config=config)
    assert strict.returncode != 0


# --- brief build: atomic, and never into hand-written folders --------------------------------


def test_write_tree_failure_midway_leaves_previous_output(tmp_path):
    out = tmp_path / "out"
    write_tree(out, {"a.md": "old a", "sub/b.md": "old b"})
    with pytest.raises(ValueError, match="outside the output folder"):
        write_tree(out, {"a.md": "new a", "sub/b.md": "new b", "../escape.md": "x"})
    assert (out / "a.md").read_text() == "old a" and (out / "sub/b.md").read_text() == "old b"
    assert not (tmp_path / "escape.md").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]  # no staging folder left


def test_write_tree_replaces_only_what_it_wrote(tmp_path):
    out = tmp_path / "out"
    write_tree(out, {"a.md": "1"})
    assert (out / MARKER).is_file()
    write_tree(out, {"b.md": "2"})
    assert sorted(p.name for p in out.iterdir()) == sorted([MARKER, "b.md"])
    hand = tmp_path / "hand"
    hand.mkdir()
    (hand / "notes.md").write_text("mine")
    with pytest.raises(BriefError, match="not written by `brief build`"):
        write_tree(hand, {"a.md": "1"})
    assert [p.name for p in hand.iterdir()] == ["notes.md"]


@pytest.mark.parametrize("out", ["docs", "docs/briefs", "."])
def test_brief_build_never_writes_into_docs_or_the_project(out):
    before = {p: p.stat().st_mtime_ns for p in (ROOT / "docs").rglob("*")}
    result = brief("build", "--seeds", str(SEED.parent), "--out", out)
    assert result.returncode == 2, result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert "refusing" in result.stderr or "docs folder" in result.stderr
    assert {p: p.stat().st_mtime_ns for p in (ROOT / "docs").rglob("*")} == before
    assert not (ROOT / "docs" / "briefs").exists()


def test_a_converter_crash_on_one_seed_is_reported_and_the_others_build(tmp_path, monkeypatch):
    from brief.site import generate as gen

    (tmp_path / "001_good.txt").write_text(ARTICLE.text)
    (tmp_path / "002_crash.txt").write_text(ARTICLE.text)
    real = gen.convert_path

    def convert(path):
        if path.name == "002_crash.txt":
            raise IndexError("list index out of range")
        return real(path)

    monkeypatch.setattr(gen, "convert_path", convert)
    monkeypatch.delenv("BRIEF_DEBUG", raising=False)
    result = gen.generate(tmp_path)
    assert [b.source.seed for b in result.briefs] == ["001_good.txt"]
    assert result.errors == [
        f"{tmp_path / '002_crash.txt'}: internal error while converting: IndexError: list index "
        "out of range "
        "(a converter bug; set BRIEF_DEBUG=1 for the traceback)"
    ]
    assert any(name.startswith("briefs/border-review") for name in result.files)


def test_very_long_lines_and_words_convert_in_bounded_time(tmp_path):
    """No regex in the converter backtracks catastrophically: a 1 MB line or word is linear."""
    from brief.pipeline import convert_path
    from brief.render.pages import render_brief

    from .hostile.corpus import sentence

    rng = random.Random(5)
    texts = {
        "line": " ".join(sentence(rng) for _ in range(7000)),
        "word": prose(rng) + " " + "W" * 1_000_000 + " " + prose(rng),
    }
    for name, body in texts.items():
        seed = tmp_path / f"{name}.txt"
        seed.write_text(f"Home\nNews\n\nA Long Report on Agency Borders\n\n{body}\n")
        start = time.monotonic()
        brief = convert_path(seed)
        render_brief(brief)
        assert time.monotonic() - start < 30, name
        assert brief.paragraphs[0].text == body


def test_titles_and_names_of_punctuation_only_still_get_distinct_folders(tmp_path):
    from brief.site.generate import generate

    for name in ("!!!.txt", "???.txt"):
        (tmp_path / name).write_text(ARTICLE.text)
        (tmp_path / name).with_suffix(".yml").write_text("title: '<<< >>>'\n")
    result = generate(tmp_path)
    assert result.errors == []
    folders = sorted({f.split("/")[1] for f in result.files if f.startswith("briefs/")})
    assert len(folders) == 2 and all(folders), folders


def test_error_line_stays_one_line_whatever_the_file_name_holds(tmp_path):
    seed = tmp_path / "bad\nname\x1b[31m\u202e.txt"
    seed.write_bytes(b"")
    result = brief("clean", str(seed))
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1, result.stderr
    assert "bad\\nname\\x1b[31m\\u202e.txt: empty file" in result.stderr


def test_clean_on_a_terminal_shows_escape_sequences_instead_of_running_them(tmp_path):
    import pty

    seed = tmp_path / "a.txt"
    first = ARTICLE.paragraphs[0]
    hostile = first.replace(" and ", " and \x1b]0;pwned\x07\x1b[2J ", 1)
    seed.write_text(ARTICLE.text.replace(first, hostile))
    piped = brief("clean", str(seed))
    assert "\x1b]0;pwned\x07" in piped.stdout  # verbatim into a pipe
    leader, follower = pty.openpty()
    proc = subprocess.Popen(
        [*BRIEF, "clean", str(seed)], stdout=follower, stderr=subprocess.PIPE, cwd=ROOT
    )
    os.close(follower)
    chunks = []
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:  # EIO: the child closed the terminal
            break
        if not chunk:
            break
        chunks.append(chunk)
    assert proc.wait(timeout=60) == 0
    os.close(leader)
    shown_on_terminal = b"".join(chunks).decode("utf-8")
    assert "\x1b" not in shown_on_terminal and "\x07" not in shown_on_terminal
    assert "\\x1b]0;pwned\\x07\\x1b[2J" in shown_on_terminal

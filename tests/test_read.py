"""Reading seeds and sidecars: what is decoded, what is refused, and how refusals read."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest
from brief.errors import BriefError
from brief.read import Sidecar, decode, list_seeds, parse_sidecar, read_seed, read_sidecar

from .conftest import SEED

P = Path("seed.txt")


def test_seed_is_read_with_its_sidecar_and_hash():
    seed = read_seed(SEED)
    assert seed.sha256 == "b23cee8b74a649d17520d17c8471e635767b85e46945a204ab6124249718e57c"
    assert seed.sidecar.authors == ["Andrew Byers", "Kelsey Warner"]
    assert seed.sidecar.published.isoformat() == "2024-10-22"
    assert seed.sidecar.url.startswith("https://smallwarsjournal.com/")


@pytest.mark.parametrize(
    "data",
    [
        b"Line one\nLine two",
        codecs.BOM_UTF8 + b"Line one\r\nLine two",
        b"Line one\rLine two",
        codecs.BOM_UTF16_LE + "Line one\r\nLine two".encode("utf-16-le"),
        codecs.BOM_UTF16_BE + "Line one\nLine two".encode("utf-16-be"),
    ],
)
def test_decodes_utf8_and_bom_marked_text_with_any_line_ending(data):
    assert decode(data, P) == "Line one\nLine two"


def test_a_stray_carriage_return_stays_inside_its_line():
    """A dump's line end is LF (after CRs or not: a double conversion leaves CRCRLF); a lone CR
    in a dump with LFs is a break inside a line, which the cleaner keeps in its paragraph. A
    hundred of them do not make the dump look binary."""
    assert decode(b"One\r\r\nTwo\r\n", P) == "One\nTwo\n"
    assert decode(b"One. Two\rthree.\nFour", P) == "One. Two\rthree.\nFour"
    stray = b"A sentence.\rAnother one.\n" * 100
    assert decode(stray, P) == stray.decode()


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty file"),
        (b" \n\t\n", "empty file"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        ("Caf\u00e9 \u201cquoted\u201d".encode("cp1252"), "not valid UTF-8"),
        (bytes(range(1, 32)) * 20, "binary"),
    ],
)
def test_refuses_what_cannot_be_read_as_text(data, reason):
    with pytest.raises(BriefError, match=reason) as err:
        decode(data, P)
    assert "seed.txt" in str(err.value)
    assert "\n" not in str(err.value)


def test_missing_and_oversized_files_are_refused(tmp_path, monkeypatch):
    with pytest.raises(BriefError, match="file not found"):
        read_seed(tmp_path / "nope.txt")
    big = tmp_path / "big.txt"
    big.write_text("word " * 1000)
    monkeypatch.setenv("BRIEF_MAX_SEED_BYTES", "100")
    with pytest.raises(BriefError, match="over the 100-byte limit"):
        read_seed(big)


def test_sidecar_is_optional(tmp_path):
    seed = tmp_path / "a.txt"
    seed.write_text("x")
    assert read_sidecar(seed) == Sidecar()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "url: https://example.org/a\nauthors: [A]\npublished: 2024-13-40\n",
            r":3: key 'published'",
        ),
        ("url: ftp://example.org/a\n", r":1: key 'url'"),
        ("title: A\ncolour: blue\n", r":2: key 'colour'"),
        ("title: [unclosed\n", r":2: invalid YAML"),
        ("- just\n- a list\n", r":1: sidecar must be a mapping"),
    ],
)
def test_bad_sidecar_names_the_key_and_line(text, expected):
    with pytest.raises(BriefError, match=expected):
        parse_sidecar(text, Path("s.yml"))


def test_seeds_are_listed_in_name_order_and_only_txt(tmp_path):
    for name in ("b.txt", "a.txt", "a.yml", "notes.md"):
        (tmp_path / name).write_text("x")
    assert [p.name for p in list_seeds(tmp_path)] == ["a.txt", "b.txt"]

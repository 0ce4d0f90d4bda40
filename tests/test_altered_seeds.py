"""The seed re-saved, hard-wrapped or stripped of its blank lines must give the same brief.

Each alteration (see `tests/alter.py`) is generated from the seed at test time and converted
like any seed; its brief must have the original's title, section headings, paragraph texts
(after whitespace normalisation) and case, figure, recommendation and abbreviation counts,
and its cleaned article must be the original's block for block. The public corpus, wrapped
and stripped the same ways, must keep its F1.
"""

from __future__ import annotations

import importlib.util
import json
import re
from pathlib import Path

import pytest
from brief.clean import clean
from brief.clean.scoring import body_only
from brief.pipeline import convert_path
from brief.read import decode

try:  # pytest registers tests/ as a package when rootdir is on sys.path
    from tests.alter import ALTERATIONS, INNER, fold, no_blank_lines
    from tests.conftest import CORPUS, HEADINGS, SEED
except ImportError:  # other import modes put tests/ itself on sys.path
    from alter import ALTERATIONS, INNER, fold, no_blank_lines
    from conftest import CORPUS, HEADINGS, SEED


def _norm(text: str) -> str:
    return " ".join(text.split())


def _summary(path: Path) -> dict:
    brief = json.loads(convert_path(path).model_dump_json())
    return {
        "title": _norm(brief["title"]),
        "headings": [_norm(s["heading"]) for s in brief["sections"] if s["heading"]],
        "paragraphs": [_norm(p["text"]) for s in brief["sections"] for p in s["paragraphs"]],
        "cases": len(brief["cases"]),
        "figures": len(brief["figures"]),
        "recommendations": len(brief["recommendations"]),
        "glossary": len(brief["glossary"]),
    }


def _write(folder: Path, data: bytes) -> Path:
    folder.mkdir()
    path = folder / SEED.name  # no sidecar: the title comes from the dump in both
    path.write_bytes(data)
    return path


@pytest.fixture(scope="module")
def original(tmp_path_factory) -> dict:
    return _summary(_write(tmp_path_factory.mktemp("seed") / "original", SEED.read_bytes()))


def test_original_summary(original):
    assert tuple(original["headings"]) == HEADINGS
    assert len(original["paragraphs"]) == 20
    assert original["cases"] and original["figures"] and original["recommendations"]


@pytest.mark.parametrize("name", sorted(ALTERATIONS | INNER))
def test_altered_seed_gives_the_same_brief(name, original, tmp_path):
    altered = (ALTERATIONS | INNER)[name](SEED.read_text(encoding="utf-8"))
    assert _summary(_write(tmp_path / "altered", altered)) == original


@pytest.mark.parametrize("name", sorted(ALTERATIONS))
def test_altered_seed_gives_the_same_article_verbatim(name, seed_text):
    text = decode(ALTERATIONS[name](seed_text), SEED)
    expected = [(b.kind, b.text) for b in clean(seed_text).blocks]
    assert [(b.kind, b.text) for b in clean(text).blocks] == expected


def test_wrapped_blocks_point_at_their_first_dump_line(seed_text):
    text = decode(fold(seed_text, 80), SEED)
    dump = text.split("\n")
    cleaned = clean(text)
    for block in cleaned.blocks:
        assert block.text.startswith(dump[block.line - 1].strip())
    non_blank = sum(1 for line in dump if line.strip())
    assert cleaned.lines_total == non_blank
    kept = non_blank - cleaned.lines_dropped
    assert kept > len(cleaned.blocks)  # a wrapped paragraph holds several dump lines


def test_a_cut_character_is_mended_not_refused():
    text = "Le café du coin ferme à midi, dit-on, et rouvre le soir.\n" * 3
    for width in range(20, 30):
        data = fold(text, width, spaces=False)
        assert decode(data, SEED).replace("\n", "") == text.replace("\n", "")


SCORER = CORPUS.parent / "score.py"
_SPACELESS = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")
CORPUS_ALTERATIONS = {
    "fold-s-80": lambda text: decode(fold(text, 80), SEED),
    "no-blank-lines": no_blank_lines,
    "fold-s-80-no-blank-lines": lambda text: decode(fold(no_blank_lines(text), 80), SEED),
}
# F1 of the unaltered corpus is 0.957; each alteration may cost a little (no blank lines hide
# which prose lines were captions or teasers), never a collapse.
MIN_F1 = {"fold-s-80": 0.945, "no-blank-lines": 0.925, "fold-s-80-no-blank-lines": 0.92}


@pytest.mark.skipif(
    not (CORPUS / "gold.jsonl").is_file() or not SCORER.is_file(),
    reason="extraction corpus not available",
)
@pytest.mark.parametrize("name", sorted(CORPUS_ALTERATIONS))
def test_altered_corpus_keeps_its_f1(name):
    spec = importlib.util.spec_from_file_location("corpus_score", SCORER)
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)
    with open(CORPUS / "gold.jsonl", encoding="utf-8") as f:
        rows = [json.loads(line) for line in f if line.strip()]
    results = []
    for row in rows:
        text = CORPUS_ALTERATIONS[name]((CORPUS / row["file"]).read_text(encoding="utf-8"))
        tp, fp, fn = score.page_counts(row["gold"], body_only(text))
        p, r, f1 = score.page_scores(tp, fp, fn)
        results.append({"tp": tp, "fp": fp, "fn": fn, "p": p, "r": r, "f1": f1})
    precision, recall, f1 = score.aggregate(results)
    assert f1 >= MIN_F1[name], f"F1 {f1:.3f} (P {precision:.3f}, R {recall:.3f})"


@pytest.mark.skipif(not CORPUS.is_dir(), reason="extraction corpus not available")
def test_wrapping_the_corpus_keeps_every_article_verbatim():
    for page in sorted(CORPUS.glob("*.txt")):
        text = page.read_text(encoding="utf-8")
        if _SPACELESS.search(text):  # `fold` cuts Chinese or Japanese text anywhere
            continue
        assert body_only(decode(fold(text, 80), SEED)) == body_only(text), page.name

"""Content-based ids: a link to a paragraph and a reference to an item survive a converter
that finds more or fewer other paragraphs and items (issue 12, item 7; editors' corrections
depend on it)."""

from __future__ import annotations

import re

from brief.extract.sections import build_sections
from brief.ids import content_id, content_key
from brief.model import Block
from brief.pipeline import convert
from brief.read import read_seed

ID = re.compile(r"[pcfr]-[0-9a-f]{8}(?:-\d+)?")


def _paragraphs(texts: list[str]):
    blocks = [Block(kind="paragraph", text=t, line=i) for i, t in enumerate(texts)]
    return [p for s in build_sections(blocks) for p in s.paragraphs]


def test_content_key_ignores_what_a_better_cleaner_may_change():
    assert content_key("The  U.S.—led review “failed”.") == content_key(
        'The U.S. – led review "failed"'
    )
    assert content_key("ＡＢＣ") == content_key("abc")  # full-width forms fold
    assert content_key("12,000 people") != content_key("12,500 people")
    assert content_key("Growth was -0.5%") != content_key("Growth was 0.5%")
    assert content_key("कि") != content_key("का")  # vowel signs belong to the word


def test_a_paragraph_keeps_its_id_when_the_cleaner_adds_one_before_it():
    before = _paragraphs(["First paragraph.", "The second one."])
    after = _paragraphs(
        ["A teaser the old cleaner dropped.", "First paragraph.", "The second one."]
    )
    assert [p.id for p in before] == [p.id for p in after[1:]]
    assert [p.number for p in after] == [1, 2, 3]  # readers still see positions


def test_equal_paragraphs_get_unique_ids_in_reading_order():
    ps = _paragraphs(["Same words.", "Other words.", "Same words."])
    assert ps[2].id == ps[0].id + "-2"
    assert len({p.id for p in ps}) == 3
    assert all(ID.fullmatch(p.id) for p in ps)


def test_item_ids_follow_content_not_position(tmp_path):
    text = tmp_path / "seed.txt"
    body = (
        "A Review of the Agency\n\n"
        "In March 2021, officials arrested 12 smugglers near the border.\n\n"
        "The agency recorded 4,500 encounters in 2022.\n\n"
        "First, the agency should publish its data every quarter.\n"
    )
    text.write_text(body, encoding="utf-8")
    one = convert(read_seed(text))
    text.write_text(
        body.replace(
            "\n\nThe agency",
            "\n\nIn June 2020, inspectors detained 30 travellers at the port.\n\nThe agency",
        ),
        encoding="utf-8",
    )
    two = convert(read_seed(text))
    for kind in ("cases", "figures", "recommendations"):
        ids_one = {i.id for i in getattr(one, kind)}
        ids_two = {i.id for i in getattr(two, kind)}
        assert ids_one and ids_one <= ids_two, kind  # every old item keeps its id
    assert len(two.cases) > len(one.cases) and len(two.figures) > len(one.figures)
    every = [i.id for k in ("cases", "figures", "recommendations") for i in getattr(two, k)]
    assert len(every) == len(set(every)) and all(ID.fullmatch(i) for i in every)


def test_content_id_shape():
    assert re.fullmatch(r"f-[0-9a-f]{8}", content_id("f", "quote", "12", "count"))
    assert content_id("f", "a", "12") != content_id("f", "a", "13")

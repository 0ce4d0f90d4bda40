"""Hostile seeds cannot make the converter's work grow faster than the seed.

Each family below is a payload that made a stage quadratic before (issue 11): repeated dates,
repeated figures, one case sentence repeated, dated figures in every paragraph, thousands of
abbreviations, equal headings, one endless sentence, and more. Work is counted, not timed
(`tests/work.py`): conversion and rendering of a seed four times larger must do about four times
the work, never sixteen. `make fuzz` measures the same families in seconds at 100 KB to 10 MB.
"""

from __future__ import annotations

import itertools
import string
from pathlib import Path

import pytest
from brief.pipeline import convert
from brief.read import Seed, Sidecar
from brief.render.pages import render_brief

from .work import work

SMALL, LARGE = 3_000, 12_000  # characters of article; LARGE / SMALL = 4
LINEAR = 5.0  # a linear stage does about 4 times the work; a quadratic one about 16 times


def _page(body: str) -> str:
    return "Home\nNews\nSports\n\nA Report on the Matter at Hand\n\n" + body + "\n\nContact us\n"


def _repeat(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size].rstrip() + "."


def _paragraphs(make, size: int) -> str:
    out, total = [], 0
    for i in itertools.count():
        text = make(i)
        out.append(text)
        total += len(text) + 2
        if total >= size:
            return "\n\n".join(out)
    raise AssertionError


def _names(i: int) -> str:
    """A distinct capitalised made-up word per i."""
    letters = string.ascii_lowercase
    return "X" + letters[i % 26] + letters[i // 26 % 26] + letters[i // 676 % 26]


FAMILIES = {
    "the same date again and again": lambda n: _repeat("In July 2024, ", n),
    # lower-case sentences run into one (review: each date's clause ran to the sentence end)
    "dated clauses in one run-on sentence": lambda n: _repeat(
        "he was arrested on 3 November 2019. the next day he left. ", n
    ),
    "the same figure again and again": lambda n: _repeat("12 percent of 1,000 ", n),
    "one case sentence repeated": lambda n: _repeat(
        "In July 2024, three men were detained by agents near the border while crossing it. ", n
    ),
    "a date and a figure in every paragraph": lambda n: _paragraphs(
        lambda i: (
            f"In March {2000 + i % 25}, officials reported {i * 7 + 3:,} arrests, up "
            f"{i % 90 + 1} percent from the year before, according to the ministry."
        ),
        n,
    ),
    "distinct dated cases in one paragraph": lambda n: _repeat(
        "".join(
            f"On {d} May 2021, {w} {_names(i)}ians were detained by agents at the border. "
            for i, (d, w) in enumerate(zip(range(1, 29), itertools.cycle(["two", "five"])))
        ),
        n,
    ),
    "such references and partitives": lambda n: _paragraphs(
        lambda i: (
            f"Border agents recorded {i + 20} armed incidents in {2000 + i % 20}. Of the "
            f"{i + 20} incidents, {i + 3} were such incidents near towns. There were {i + 4} more "
            "such incidents later."
        ),
        n,
    ),
    "equal headings": lambda n: _paragraphs(
        lambda i: (
            f"Background\n\nThe committee reviewed annual report {i} and published its "
            "findings in detail, which the ministry examined."
        ),
        n,
    ),
    "many places and organisations": lambda n: _paragraphs(
        lambda i: (
            f"In {_names(i)}burg, the {_names(i)} Agency ({_names(i).upper()}) said on "
            f"1 June 2020 that four {_names(i)}ese nationals were arrested in {_names(i + 1)}ville."
        ),
        n,
    ),
    "one endless sentence of numbers": lambda n: _repeat(
        "5 trucks 6 cars and 7 boats with 3,000 tons of cargo worth $4 million ", n
    ),
    "abbreviations defined": lambda n: _paragraphs(
        lambda i: (
            f"The Agency of {_names(i)} Affairs (A{_names(i)[1:].upper()}A) said the "
            f"A{_names(i)[1:].upper()}A would act, and it did."
        ),
        n,
    ),
    "enumerated recommendations": lambda n: _paragraphs(
        lambda i: (
            f"{['First', 'Second', 'Third', 'Fourth'][i % 4]}, the agency should fund "
            f"{i + 2} more reviews of the {_names(i)} program before 2030."
        ),
        n,
    ),
    "groups of people": lambda n: _repeat(
        "In 2019, two Norwegians and a Swede, three Danes, five young Finnish students and "
        "some 40 migrants were rescued; ",
        n,
    ),
}


def _seed(text: str) -> Seed:
    return Seed(Path("001_family.txt"), "0" * 64, text, Sidecar())


def _brief_work(text: str) -> int:
    return work(lambda: render_brief(convert(_seed(text))))


@pytest.mark.parametrize("family", FAMILIES)
def test_work_grows_linearly_with_the_seed(family):
    make = FAMILIES[family]
    small, large = _page(make(SMALL)), _page(make(LARGE))
    ratio = _brief_work(large) / _brief_work(small)
    assert ratio <= LINEAR, f"{family}: {ratio:.1f} times the work for 4 times the text"


# --- numbers of absurd size, signs, names too long for a file system ----------------------------


def _brief(body: str, name: str = "001_family.txt"):
    return convert(Seed(Path(name), "0" * 64, _page(body), Sidecar()))


SERIES = (
    "Encounters with migrants rose from 1,000 in 2021 to {n} in 2022 and 3,000 in 2023. "
    "The agency published the figures in its annual review, which the committee examined."
)


@pytest.mark.parametrize("digits", [16, 71, 401])
def test_numbers_of_absurd_size_are_not_figures_and_their_series_still_charts(digits):
    """A 71-digit number sent chart rendering into an endless loop, a 401-digit one (infinity)
    crashed it: no quantity needs more than 15 digits, so neither is a figure."""
    brief = _brief(SERIES.format(n="9" * digits))
    assert not any("9" * 16 in f.display for f in brief.figures)
    assert {f.display for f in brief.figures} >= {"1,000", "3,000"}
    files = render_brief(brief)
    assert all(name.endswith((".md", ".json", ".csv", ".bib", ".ris", ".svg")) for name in files)


def test_fifteen_digits_are_still_a_figure():
    brief = _brief(SERIES.format(n="999,999,999,999,999"))
    assert 999_999_999_999_999 in {f.value for f in brief.figures}
    render_brief(brief)


def test_signs_of_figures_are_kept():
    brief = _brief(
        "Crime fell -40 percent in the city over the year, the police said. Prices rose +20% "
        "in March, and the index stood at −3.5% by June, the ministry reported on its site."
    )
    shown = {f.display: f.value for f in brief.figures}
    assert shown["-40 percent"] == -40 and shown["+20%"] == 20 and shown["−3.5%"] == -3.5


def test_a_long_token_in_a_label_gives_file_names_a_file_system_accepts():
    """A 240-character token in a figure label made a chart file name over 255 bytes."""
    token = "W" * 240
    brief = _brief(
        f"Border {token} encounters rose from 1,000 in 2021 to 2,000 in 2022 and 3,000 in "
        "2023, according to the agency. The committee examined the figures in its review."
    )
    assert any(f.group for f in brief.figures)
    names = render_brief(brief)
    assert any(name.endswith(".svg") for name in names)
    assert all(len(part.encode()) <= 255 for name in names for part in name.split("/"))


EXTREME = [0.0, -1e27, 1e27, 3e-7, 12.5, -0.5, 999_999_999_999_999.0]


def test_charts_of_extreme_values_and_texts_render():
    """Chart geometry is clamped: whatever the labels, ranges and values, the plot keeps a
    positive width (pygal loops forever on a negative one)."""
    from brief.model import Evidence, Figure
    from brief.render import charts

    long_words = "thousand " * 40
    for i, value in enumerate(EXTREME):
        figures = [
            Figure(
                id=f"f{k}",
                value=None if k % 2 else value,
                low=value if k % 2 else None,
                high=value + 1 if k % 2 else None,
                display=("W" * 300) if k % 3 else long_words,
                unit="count",
                label=("L" * 500) if k else long_words,
                period=f"{'P' * 200} {k}",
                segment=("S" * 200) if k % 2 else None,
                group="g",
                evidence=Evidence(paragraph="p1", quote="q"),
            )
            for k in range(6)
        ]
        chart = charts.render(f"chart-x{i}", "T" * 1000, figures, "N" * 2000)
        assert chart.svg.startswith("<?xml") and "</svg>" in chart.svg


# --- isolation: one seed's failure at any step ----------------------------------------------------


def test_a_render_failure_on_one_seed_is_reported_and_the_others_build(tmp_path, monkeypatch):
    from brief.site import generate as gen

    for name in ("001_good.txt", "002_bad.txt"):
        (tmp_path / name).write_text(_page(SERIES.format(n="2,000")), encoding="utf-8")
    real = gen.render_brief

    def render(brief):
        if brief.source.seed == "002_bad.txt":
            raise OverflowError("cannot convert float infinity to integer")
        return real(brief)

    monkeypatch.setattr(gen, "render_brief", render)
    monkeypatch.delenv("BRIEF_DEBUG", raising=False)
    result = gen.generate(tmp_path)
    assert [b.source.seed for b in result.briefs] == ["001_good.txt"]
    assert result.errors == [
        "002_bad.txt: internal error while rendering: OverflowError: cannot convert float "
        "infinity to integer (a converter bug; set BRIEF_DEBUG=1 for the traceback)"
    ]
    assert sum(n.startswith("briefs/") and n.endswith("/index.md") for n in result.files) == 1
    assert "002" not in result.files["index.md"]


def test_an_article_of_dates_is_read_for_cases_up_to_a_limit_and_says_so():
    """`limits.MAX_DATES_READ`: past that many dated mentions the text is not read for cases
    (its cost does not grow with every date it repeats), and Source & method says so."""
    brief = _brief("he was arrested on 3 November 2019. the next day he left. " * 3000)
    assert any(note.startswith("Dates: the first") for note in brief.provenance.limits)


def test_a_paragraph_of_numbers_is_tagged_only_as_far_as_figures_read(monkeypatch):
    """`limits.MAX_NUMBERS_READ`: the figures read that many numbers, so the tagger stops
    there too, at the end of the sentence (here a 1,000-character piece of a run-on one) that
    holds the last, instead of tagging every number of the paragraph (twice the work, for
    nothing), and the brief says so."""
    from brief.extract import figures, quantities

    monkeypatch.setattr(figures, "MAX_NUMBERS_READ", 40)
    seen: list[int] = []
    read = quantities.read_quantities

    def counted(text, limit):
        found, cut = read(text, limit)
        seen.append(len(found))
        return found, cut

    monkeypatch.setattr(figures, "read_quantities", counted)
    text = " ".join(f"{n * 37 % 1000} trucks in {1900 + n % 99}," for n in range(1, 400))
    brief = _brief(f"Agents counted {text} and then none.")
    assert seen and 40 <= max(seen) < 200  # of 798 numbers
    assert any(note.startswith("Numbers: the first 40") for note in brief.provenance.limits)


def test_numbers_that_are_no_quantities_do_not_use_up_the_figures_reading(monkeypatch):
    """Scores and number words are candidates the tagger reads but no quantities: the reading
    stops at the quantities the figures take, so a later paragraph's figures are still found
    and no limit is claimed (review: counted candidates, it lost "300 kilograms")."""
    from brief.extract import figures

    monkeypatch.setattr(figures, "MAX_NUMBERS_READ", 5)
    brief = _brief(
        "The Hawks won 7-6, 8-5 and 9-4 in the cup, and one of them was late. Police seized "
        "40 rifles and 25 pistols at the border.\n\nInspectors found 300 kilograms of cocaine "
        "in the port, officials said on Monday, a record for the agency."
    )
    assert [f.display for f in brief.figures] == ["40", "25", "300 kilograms"]
    assert not brief.provenance.limits


def test_a_list_s_unit_reaches_its_numbers_when_the_reading_stops_inside_it():
    """A list "5, 6 and 7 percent": the unit is written once, after the last number; a reading that
    stops after two numbers still reads that sentence to its end."""
    from brief.extract.quantities import read_quantities

    found, cut = read_quantities("Rates were 5, 6 and 7 percent in the regions. Then 8 more.", 2)
    assert [q.unit for q in found[:2]] == ["percent", "percent"]
    assert cut


def test_the_sentence_cache_holds_a_bounded_amount_of_text(monkeypatch):
    from brief.extract import sentences
    from brief.tag import tag_text

    monkeypatch.setattr(sentences, "CACHE_CHARS", 1000)
    sentences.forget_sentences()
    for n in range(200):
        sentences.split_sentences(f"Paragraph {n} says one thing. It says another thing too.")
    assert 0 < sentences._cached_chars <= 1000
    tag_text("Police seized 40 rifles on Monday. They said so.")
    assert sentences._cached_chars == 0  # a stream of texts keeps none of them

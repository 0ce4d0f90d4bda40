"""Charts: drawn once per content, kept on disk across builds without changing a byte."""

from __future__ import annotations

import re

import pytest
from brief.model import Figure
from brief.render import charts


def _figures(*values: float, unit: str = "count") -> list[Figure]:
    return [
        Figure(
            id=f"f{n}",
            value=v,
            display=str(v),
            unit=unit,
            label="people",
            segment=f"segment {n}",
            evidence={"paragraph": "p1", "quote": "q"},
        )
        for n, v in enumerate(values, 1)
    ]


@pytest.fixture
def fresh():
    """No chart drawn yet in this process, no cache folder."""
    charts.use_cache(None)
    charts.forget_drawn()
    yield
    charts.use_cache(None)


def test_identical_charts_are_drawn_once(fresh, monkeypatch):
    drawn = []
    draw = charts._draw
    monkeypatch.setattr(charts, "_draw", lambda *a: drawn.append(a) or draw(*a))
    one = charts.render("chart-a", "Title", _figures(1, 2), "Source: x")
    two = charts.render("chart-a", "Title", _figures(1, 2), "Source: x")
    other = charts.render("chart-a", "Title", _figures(1, 3), "Source: x")
    assert one.svg == two.svg and len(drawn) == 2 and other.svg != one.svg


def test_disk_cache_gives_the_same_bytes_and_survives_damage(fresh, monkeypatch, tmp_path):
    figures = _figures(3, 1.5, 0.0004, unit="percent")
    fresh_svg = charts._draw("chart-b", "T", figures, "Source: y")
    drawn = []
    draw = charts._draw
    monkeypatch.setattr(charts, "_draw", lambda *a: drawn.append(a) or draw(*a))

    def render_in_a_new_process() -> str:
        charts.forget_drawn()
        return charts.render("chart-b", "T", figures, "Source: y").svg

    charts.use_cache(tmp_path)
    assert render_in_a_new_process() == fresh_svg and len(drawn) == 1
    (stored,) = tmp_path.glob("*.svg")
    assert stored.read_text(encoding="utf-8") == fresh_svg
    assert not list(tmp_path.glob(".*"))  # no temporary file left behind
    assert render_in_a_new_process() == fresh_svg and len(drawn) == 1  # read, not drawn

    stored.write_text(fresh_svg[:200], encoding="utf-8")  # a damaged file is drawn again
    assert render_in_a_new_process() == fresh_svg and len(drawn) == 2
    assert stored.read_text(encoding="utf-8") == fresh_svg


def test_long_text_is_wrapped_inside_the_figure(fresh):
    title = "A title long enough that it cannot possibly fit on one line of a chart " * 2
    label = "A segment name far longer than the twenty-eight characters of a row label"
    figures = _figures(12_345_678.5, 2)
    figures[0] = figures[0].model_copy(update={"segment": label})
    svg = charts.render("chart-d", title.strip(), figures, "Source: " + "long title " * 30).svg
    width = float(svg.split('viewBox="0 0 ')[1].split()[0])
    # Left-aligned text (title, note): starts inside and ends inside the figure.
    lines = re.findall(
        r'<text style="font-size: ([\d.]+)px;[^"]*" transform="translate\(([\d.]+) [\d.]+\)">'
        r"([^<]*)</text>",
        svg,
    )
    assert len(lines) >= 4  # title and note, two lines each at least
    for size, x, text in lines:
        assert float(x) + charts._measure(charts._matplotlib(), [text], float(size)) < width
    assert "12,345,678.5" in svg


def test_numbers_keep_small_values():
    assert [charts.number(v) for v in (3.0, 2.5, 1234.5, 0.0003, 2.999, -0.0000001)] == [
        "3",
        "2.5",
        "1,234.5",
        "0.0003",
        "3",
        "0",
    ]

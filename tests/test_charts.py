"""Charts: laid out so that every label fits, bars to scale, series told apart without colour."""

from __future__ import annotations

import html
import re

from brief.model import Figure
from brief.render import charts
from brief.render.text_width import width as text_width


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


def _texts(svg: str) -> list[tuple[float, float, str, list[str]]]:
    """(x, font size, anchor, lines) of every <text> of a chart."""
    found = []
    for attrs, body in re.findall(r"<text ([^>]*)>(.*?)</text>", svg):
        x = float(re.search(r' ?x="([-\d.]+)"', " " + attrs).group(1))
        size = float(re.search(r'font-size="([\d.]+)"', attrs).group(1))
        anchor = re.search(r'text-anchor="(\w+)"', attrs)
        lines = [html.unescape(t) for t in re.split(r"<tspan[^>]*>|</tspan>", body) if t]
        found.append((x, size, anchor.group(1) if anchor else "start", lines))
    return found


def _extent(x: float, size: float, anchor: str, line: str) -> tuple[float, float]:
    w = text_width(line, size)
    return {"start": (x, x + w), "middle": (x - w / 2, x + w / 2), "end": (x - w, x)}[anchor]


def test_every_text_is_inside_the_figure_however_long():
    title = "A title long enough that it cannot possibly fit on one line of a chart " * 2
    label = "A segment name far longer than the twenty-eight characters of a row label"
    url = "https://example.org/" + "a-path-without-any-space/" * 6
    figures = _figures(12_345_678.5, 2, -40)
    figures[0] = figures[0].model_copy(update={"segment": label})
    figures[1] = figures[1].model_copy(update={"segment": url})
    svg = charts.render("chart-d", title.strip(), figures, "Source: " + "long title " * 30).svg
    width, height = (float(v) for v in svg.split('viewBox="0 0 ')[1].split('"')[0].split())
    texts = _texts(svg)
    assert sum(len(lines) for *_, lines in texts) >= 4 + 3 + 3  # title, note, the url wrapped
    for x, size, anchor, lines in texts:
        for line in lines:
            low, high = _extent(x, size, anchor, line)
            assert low >= 0 and high <= width, (line, low, high, width)
    ys = [float(y) for y in re.findall(r'<text [^>]*\by="([-\d.]+)"', svg)]
    assert all(0 < y < height for y in ys)
    assert "12,345,678.5" in svg and "-40" in svg


def test_bars_are_proportional_and_negative_values_go_left():
    svg = charts.render("chart-e", "T", _figures(10, 30, -20), "Source: z").svg
    bars = [
        (float(x), float(w))
        for x, w in re.findall(r'<rect x="([\d.]+)" y="[\d.]+" width="([\d.]+)"', svg)
    ]
    (x10, w10), (x30, w30), (x_neg, w_neg) = bars
    assert x10 == x30 and abs(w30 / w10 - 3) < 0.01 and abs(w_neg / w10 - 2) < 0.01
    assert abs(x_neg + w_neg - x10) < 0.01  # the negative bar ends where the others start
    ticks = [t for x, size, anchor, (t,) in _texts(svg) if anchor == "middle" and size == 8]
    assert ticks[0].startswith("-") and "0" in ticks and len(ticks) <= 8


def test_series_get_a_legend_and_a_hatch_each():
    figures = [
        f.model_copy(update={"period": p, "segment": s})
        for f, (p, s) in zip(
            _figures(1, 2, 3, 4),
            [("2020", "a"), ("2021", "a"), ("2020", "b"), ("2021", "b")],
            strict=True,
        )
    ]
    svg = charts.render("chart-f", "T", figures, "Source: z").svg
    assert svg.count('fill="url(#chart-f-fill-1)"') == 3  # two bars and the legend swatch
    assert '<pattern id="chart-f-fill-1"' in svg and "currentColor" in svg
    assert [lines for *_, lines in _texts(svg) if lines in (["2020"], ["2021"])] == [
        ["2020"],
        ["2021"],
    ]


def test_numbers_keep_small_values():
    assert [charts.number(v) for v in (3.0, 2.5, 1234.5, 0.0003, 2.999, -0.0000001)] == [
        "3",
        "2.5",
        "1,234.5",
        "0.0003",
        "3",
        "0",
    ]

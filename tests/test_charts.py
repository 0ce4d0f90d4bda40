"""Charts: named images with nothing active, bars to scale, series told apart without colour."""

from __future__ import annotations

from xml.etree import ElementTree

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


SVG = "{http://www.w3.org/2000/svg}"


def _tree(svg: str) -> ElementTree.Element:
    return ElementTree.fromstring(svg.encode("utf-8"))


def _bars(root: ElementTree.Element, series: int = 0) -> list[tuple[float, float]]:
    """(x, width) of each bar of a series, top row first."""
    group = next(g for g in root.iter(f"{SVG}g") if f"serie-{series}" in g.get("class", ""))
    rects = [r for r in group.iter(f"{SVG}rect") if "rect" in r.get("class", "").split()]
    rects.sort(key=lambda r: float(r.get("y")))
    return [(float(r.get("x")), float(r.get("width"))) for r in rects]


def test_a_chart_is_a_named_image_with_nothing_active_and_the_same_bytes_each_time():
    figures = _figures(3, 1.5, 0.0004, unit="percent")
    svg = charts.render("chart-b", "Shares", figures, "Source: y, paragraph 4").svg
    assert svg == charts.render("chart-b", "Shares", figures, "Source: y, paragraph 4").svg
    assert svg.startswith('<?xml version="1.0" encoding="utf-8"?>\n<svg ')
    assert "<!--" not in svg and "pygal.org" not in svg  # pygal's comment carries the date
    root = _tree(svg)
    assert root.get("role") == "img" and root.get("aria-labelledby") == "chart-b-title"
    (title,) = root.findall(f"{SVG}title")
    assert title.get("id") == "chart-b-title" and title.text == "Shares"
    tags = {el.tag.removeprefix(SVG) for el in root.iter()}
    assert not tags & {"script", "desc", "foreignObject", "a", "image"}
    assert "0.0004" in svg and "1.5" in svg and "Source: y, paragraph 4" in svg


def test_bars_are_proportional_and_negative_values_go_left():
    root = _tree(charts.render("chart-e", "T", _figures(10, 30, -20), "Source: z").svg)
    (x10, w10), (x30, w30), (x_neg, w_neg) = _bars(root)
    assert abs(x10 - x30) < 0.01 and abs(w30 / w10 - 3) < 0.01 and abs(w_neg / w10 - 2) < 0.01
    assert abs(x_neg + w_neg - x10) < 0.01  # the negative bar ends where the others start
    values = {t.text: t for t in root.iter(f"{SVG}text") if "value" in t.get("class", "")}
    assert values["-20"].get("text-anchor") == "end" and float(values["-20"].get("x")) < x10
    assert values["30"].get("text-anchor") == "start" and float(values["30"].get("x")) > x30 + w30


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
    root = _tree(svg)
    (pattern,) = root.iter(f"{SVG}pattern")
    assert pattern.get("id") == "chart-f-hatch-1"
    assert "url(#chart-f-hatch-1)" in svg and "currentColor" in svg
    texts = [t.text for t in root.iter(f"{SVG}text")]
    assert "2020" in texts and "2021" in texts  # the legend
    assert len(_bars(root, 0)) == len(_bars(root, 1)) == 2


def test_long_text_is_wrapped_or_shortened_never_lost():
    title = "A title long enough that it cannot possibly fit on one line of a chart " * 2
    label = "A segment name far longer than the forty characters a row label may have"
    figures = _figures(12_345_678.5, 2)
    figures[0] = figures[0].model_copy(update={"segment": label})
    note = "Source: " + "long title " * 30
    svg = charts.render("chart-d", title.strip(), figures, note.strip()).svg
    root = _tree(svg)
    lines = ["".join(t.itertext()) for t in root.iter(f"{SVG}text")]
    spans = [s.text for s in root.iter(f"{SVG}tspan")]
    assert len([s for s in spans if s and "long title" in s]) >= 2  # the note, wrapped
    assert " ".join(s for s in spans if s and "long title" in s) == note.strip()
    assert any(line.endswith("…") and label.startswith(line[:-1]) for line in lines)
    assert "12,345,678.5" in lines


def test_numbers_keep_small_values():
    assert [charts.number(v) for v in (3.0, 2.5, 1234.5, 0.0003, 2.999, -0.0000001)] == [
        "3",
        "2.5",
        "1,234.5",
        "0.0003",
        "3",
        "0",
    ]


def test_tiny_and_huge_values_keep_readable_labels_and_ticks():
    root = _tree(charts.render("chart-g", "T", _figures(1e-9, 2e-9), "Source: z").svg)
    texts = [t.text for t in root.iter(f"{SVG}text")]
    assert "1e-09" in texts and "2e-09" in texts  # bars: not rounded to 0
    assert texts.count("0") == 1  # ticks: one zero, then 4e-10, 8e-10 …
    root = _tree(charts.render("chart-h", "T", _figures(1e15, 3e15), "Source: z").svg)
    texts = [t.text for t in root.iter(f"{SVG}text")]
    assert "3,000,000,000,000,000" in texts and not any("…" in (t or "") for t in texts)

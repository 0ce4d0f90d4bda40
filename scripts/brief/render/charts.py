"""Charts of figure groups: static SVG drawn at build time by pygal (no chart JavaScript).

pygal (pure Python, SVG only) instead of matplotlib: matplotlib's ~0.5 s import and ~50 ms a
chart were the largest single share of converting a site (BENCHMARKS.md); pygal imports in
~0.06 s and draws a chart in ~6 ms. pygal lays the chart out; `_finish`, an XML filter pygal
runs on its element tree before writing it, makes the result fit a page:

- deterministic bytes: ids from the chart's id instead of a random UUID, no comments (pygal's
  carries the date), no tooltip data or script (this site runs no chart JavaScript);
- accessible: `role="img"` named by the chart's `<title>` (the data table beside it is the
  text alternative);
- both palettes and print: ink is `currentColor` (the page's text colour), bars one mid-tone
  hue plus a hatch per series, so they stay apart in black and white;
- its own CSS only: pygal scopes every rule to the chart's id, so inlined it styles nothing else.

Seed text reaches pygal as plain strings (controls and characters XML cannot hold dropped) and
is XML-escaped by ElementTree when the tree is written.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from xml.etree import ElementTree

from brief.model import Figure
from brief.render.escape import plain

_BARS = ("#5c7cba", "#a3a3a3", "#3f8f7f", "#c08a3e")  # mid-tones: legible on light and dark
_HATCHES = (  # one per series, drawn in currentColor over the series' colour
    "",
    "M0 6L6 0M-1 1L1-1M5 7L7 5",
    "M0 0L6 6M-1 5L1 7M5-1L7 1",
    "M0 6L6 0M-1 1L1-1M5 7L7 5M0 0L6 6M-1 5L1 7M5-1L7 1",
)
_WIDTH = 504  # user units (the points of a 7-inch figure); the page scales it to its column
_SMALL, _TITLE, _NOTE, _LABEL = 8, 11, 7, 10  # font sizes
_ROW = 18  # height of a bar; a row holds one per series and a gap
_LABEL_CHARS = 40  # a longer row label is shortened ("…"); the data table holds it whole
_BAR_CHARS = 24  # the text at a bar's end, shortened likewise (a range written in words)
_TITLE_CHARS = 160  # the chart's title, axis label and source note, likewise
_NOTE_CHARS = 400
_MARGIN = 6
_ID = re.compile(r"[a-z0-9][a-z0-9-]*")


@dataclass(frozen=True)
class Chart:
    id: str
    file: str
    title: str
    svg: str  # the whole file; `inline` is the same <svg> element without the XML prolog
    width: float
    height: float


def number(value: float) -> str:
    """1,234 · 12.5 · 0.0003: grouped digits, no trailing zeros, small values not rounded to 0."""
    if float(value).is_integer():
        return f"{int(value):,}"
    text = (f"{value:,.2f}" if abs(value) >= 1 else f"{value:.6f}").rstrip("0").rstrip(".")
    return "0" if text == "-0" else text


def _bar_label(value: float) -> str:
    """A bar's value: as `number`, but a value too small for six decimals is not shown as 0
    (ticks keep `number`, which hides the float noise of computed tick positions)."""
    text = number(value)
    return f"{value:.2g}" if text == "0" and value else text


def render(chart_id: str, title: str, figures: list[Figure], source_note: str) -> Chart:
    """One horizontal bar chart: a bar per segment, one series per period (or the reverse)."""
    pygal, style = _pygal()
    series, rows, cells = _layout(figures)
    title = _short(_text(title), _TITLE_CHARS)
    note = _short(_text(source_note), _NOTE_CHARS)
    note_lines = pygal.util.split_title(note, _WIDTH - 2 * _MARGIN, _NOTE)
    title_lines = pygal.util.split_title(title, _WIDTH - 2 * _MARGIN, _TITLE)
    if not _ID.fullmatch(chart_id):
        raise ValueError(f"chart id {chart_id!r}: not a slug")  # it goes into CSS and ids
    names = [_short(_text(name)) or "—" for name in series]
    # Legend entries side by side as far as the widest fits (pygal does not wrap them).
    entry = 2 * _SMALL + _width(max(map(len, names)), _SMALL) + 2 * _SMALL
    columns = max(1, min(len(series), int((_WIDTH - 2 * _MARGIN) // entry)))
    legend_rows = 0 if len(series) < 2 else -(-len(series) // columns)
    height = (
        _MARGIN
        + len(title_lines) * _TITLE * 1.5
        + _ROW * (len(series) + 0.5) * len(rows)
        + 3 * _SMALL  # axis: ticks and their labels
        + 2 * _LABEL  # axis label
        + legend_rows * 2 * _SMALL
        + (len(note_lines) + 0.5) * _NOTE * 1.4
        + _MARGIN
    )
    chart = pygal.HorizontalBar(
        style=style,
        width=_WIDTH,
        height=round(height),
        explicit_size=False,  # a viewBox only: the page sizes the chart
        disable_xml_declaration=True,
        js=[],
        title=title,
        x_title=_short(_text(_axis_label(figures)), _TITLE_CHARS),
        show_legend=len(series) > 1,
        legend_at_bottom=True,
        legend_at_bottom_columns=columns,
        truncate_legend=-1,
        truncate_label=-1,  # row labels come shortened (`_short`); tick labels stay whole
        max_scale=_ticks(_largest(figures)),
        print_values=True,
        print_values_position="top",
        value_formatter=_tick_label(_largest(figures)),
        show_x_guides=False,
        show_y_guides=False,
        margin=_MARGIN,
        margin_right=_MARGIN + _width(max(len(_bar_text(f)) for f in figures), _SMALL),
        margin_bottom=_MARGIN + (len(note_lines) + 0.5) * _NOTE * 1.4,
        spacing=_MARGIN,
        tooltip_fancy_mode=False,
        defs=[_pattern(chart_id, s) for s in range(len(series)) if _HATCHES[s % len(_HATCHES)]],
        css=["file://style.css", "file://graph.css", "inline:" + _css(chart_id, len(series))],
    )
    chart.uuid = _uuid(chart_id)
    # pygal draws the first label at the bottom: reversed, the first row is on top.
    chart.x_labels = [_short(_text(row)) or "—" for row in reversed(rows)]
    for name, shown in zip(series, names, strict=True):
        chart.add(shown, [_point(cells.get((row, name))) for row in reversed(rows)])
    chart.add_xml_filter(functools.partial(_finish, chart_id, title, note_lines, round(height)))
    svg = chart.render(is_unicode=True)
    prolog = '<?xml version="1.0" encoding="utf-8"?>\n'
    return Chart(chart_id, f"{chart_id}.svg", title, prolog + svg + "\n", _WIDTH, round(height))


def inline(chart: Chart) -> str:
    """The `<svg>` element alone, for embedding in a page."""
    return chart.svg[chart.svg.index("<svg") :].strip()


@functools.cache
def _pygal():
    """pygal and the chart style, loaded on the first chart (pages without one never pay)."""
    import pygal
    import pygal.util
    from pygal.etree import etree
    from pygal.style import Style

    etree.to_etree()  # the standard library's ElementTree even where lxml is installed: same bytes

    ink = "currentColor"
    style = Style(
        background="transparent",
        plot_background="transparent",
        foreground=ink,
        foreground_strong=ink,
        foreground_subtle=ink,
        opacity="1",
        opacity_hover="1",  # no hover effect: the chart is a picture
        transition="0ms",
        colors=_BARS,
        font_family="'DejaVu Sans', sans-serif",
        title_font_size=_TITLE,
        label_font_size=_SMALL,
        major_label_font_size=_SMALL,
        value_font_size=_SMALL,
        value_label_font_size=_SMALL,
        legend_font_size=_SMALL,
        tooltip_font_size=_SMALL,
        no_data_font_size=_TITLE,
    )
    return pygal, style


def _point(f: Figure | None) -> dict | None:
    """A bar's value and its label. A range is drawn to its high end and labelled whole."""
    if f is None:
        return None
    label = _bar_text(f)
    value = f.value if f.value is not None else f.high if f.high is not None else f.low or 0.0
    return {"value": value, "formatter": lambda _value: label}


def _largest(figures: list[Figure]) -> float:
    """The largest magnitude the chart shows (0 when it has no number)."""
    return max(
        (abs(x) for f in figures for x in (f.value, f.low, f.high) if x is not None), default=0.0
    )


def _width(chars: int, size: float) -> float:
    """About how wide `chars` characters are at font size `size` (an average letter)."""
    return chars * size * 0.62


def _tick_label(largest: float):
    """Tick labels as `number`, but readable on a scale of millionths too; a tick within a
    billionth of the chart's largest value of zero is float noise from computing its position:
    0."""
    noise = largest * 1e-9

    def label(value: float) -> str:
        return "0" if abs(value) <= noise else _bar_label(value)

    return label


def _short(label: str, chars: int = _LABEL_CHARS) -> str:
    return label if len(label) <= chars else label[: chars - 1].rstrip() + "…"


def _ticks(largest: float) -> int:
    """At most this many ticks on the value axis: as many as fit their labels side by side."""
    widest = _width(len(number(largest or 1.0)), _SMALL) + 2 * _SMALL
    return max(2, min(8, int(_WIDTH * 0.5 // widest)))


def _bar_text(f: Figure) -> str:
    """The text at a bar's end: its value, or a range as the source writes it (shortened: the
    chart's geometry must leave room for the bars whatever a seed writes)."""
    return _short(_bar_label(f.value) if f.value is not None else _text(f.display), _BAR_CHARS)


def _axis_label(figures: list[Figure]) -> str:
    units = {f.unit for f in figures}
    unit = units.pop() if len(units) == 1 else "value"
    what = figures[0].label
    return f"{what} ({unit})" if unit != "count" else f"{what} (number)"


def _layout(figures: list[Figure]) -> tuple[list[str], list[str], dict[tuple[str, str], Figure]]:
    """(series, rows, cells): a bar per row, one series per period (or per segment)."""
    periods = list(dict.fromkeys(f.period or "" for f in figures))
    segments = list(dict.fromkeys(f.segment or "" for f in figures))
    if len(periods) > len(_BARS) and len(segments) <= len(_BARS):
        periods, segments, by_period = segments, periods, False
    else:
        by_period = True
    series = periods if len(periods) <= len(_BARS) else [""]
    if len(series) == 1 and len(periods) > len(_BARS):  # too many series: one bar per figure
        rows = [", ".join(p for p in (f.period, f.segment) if p) or f.id for f in figures]
        return series, rows, {(row, ""): f for row, f in zip(rows, figures, strict=True)}
    cells: dict[tuple[str, str], Figure] = {}
    for f in figures:
        key = (f.segment or "", f.period or "") if by_period else (f.period or "", f.segment or "")
        cells.setdefault(key, f)
    return series, segments, cells


# Characters XML 1.0 cannot hold (after `plain` dropped the controls): surrogates, U+FFFE/FFFF.
_NOT_XML = re.compile("[\ud800-\udfff\ufffe\uffff]")


def _text(value: str) -> str:
    return _NOT_XML.sub("", plain(value)).strip()


def _pattern(chart_id: str, series: int) -> str:
    colour, path = _BARS[series % len(_BARS)], _HATCHES[series % len(_HATCHES)]
    return (
        f'<pattern id="{chart_id}-hatch-{series}" patternUnits="userSpaceOnUse" '
        f'width="6" height="6"><rect width="6" height="6" fill="{colour}"/>'
        f'<path d="{path}" stroke="currentColor" stroke-width="0.6"/></pattern>'
    )


def _uuid(chart_id: str) -> str:
    """pygal's chart uuid, from which it names the root "chart-<uuid>": "chart-x" → "x-svg",
    so the root is "chart-x-svg", apart from the page's <figure id="chart-x">."""
    return f"{chart_id.removeprefix('chart-')}-svg"


def _css(chart_id: str, series: int) -> str:
    """Rules after pygal's own: hatches, outlined bars, value labels after the bar's end."""
    root = f"#chart-{_uuid(chart_id)}"  # pygal's root id: "chart-" + its uuid
    rules = [
        f"{root} .rect{{stroke:currentColor;stroke-width:.4px}}",
        f"{root} .axis .line,{root} .axis .major.line{{stroke-width:.8px}}",
        f"{root} .text-overlay text.value{{fill:currentColor}}",
    ]
    for s in range(series):
        if _HATCHES[s % len(_HATCHES)]:
            fill = f"url(#{chart_id}-hatch-{s})"
            rules.append(f"{root} .serie-{s} .rect,{root} .legend .color-{s}{{fill:{fill}}}")
    return "".join(rules)


def _local(tag: object) -> str:
    """An element's tag without its namespace ("" for a comment)."""
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _finish(chart_id: str, title: str, note_lines: list[str], height: float, root):
    """pygal's tree made deterministic, accessible and inert (see the module's docstring)."""
    for parent in list(root.iter()):
        for child in list(parent):
            tag, classes = _local(child.tag), (child.get("class") or "").split()
            if (
                tag in ("", "script", "desc")  # comments, pygal's script config, tooltip data
                or (tag == "title" and parent is not root)  # tooltips of axis positions
                or "guide" in classes  # grid lines: each bar carries its exact value
            ):
                parent.remove(child)
    for el in root.iter():  # pygal's legend ids ("activate-serie-0") repeat in every chart
        if not (el.get("id") or chart_id).startswith(chart_id):
            del el.attrib["id"]
    root.set("role", "img")
    root.set("aria-labelledby", f"{chart_id}-title")
    root.set("class", "brief-chart__svg")
    title_el = next(el for el in root if _local(el.tag) == "title")
    title_el.set("id", f"{chart_id}-title")
    title_el.text = title
    for text in root.iter():  # value labels just past the bar's end (pygal centres them on it)
        if _local(text.tag) == "text" and "value" in (text.get("class") or "").split():
            x = float(text.get("x"))
            if (text.text or "").startswith(("-", "\u2212")):  # a bar to the left of zero
                text.set("x", f"{x + _SMALL / 2 - 3:.2f}")
                text.set("text-anchor", "end")
            else:
                text.set("x", f"{x - _SMALL / 2 + 3:.2f}")
                text.set("text-anchor", "start")
    ns = root.tag[: root.tag.index("}") + 1] if root.tag.startswith("{") else ""
    top = height - _MARGIN - (len(note_lines) - 1) * _NOTE * 1.4
    note = ElementTree.SubElement(
        root,
        f"{ns}text",
        {"x": str(_MARGIN), "y": f"{top:.2f}", "font-size": str(_NOTE), "fill": "currentColor"},
    )
    for i, line in enumerate(note_lines):
        span = ElementTree.SubElement(
            note, f"{ns}tspan", {"x": str(_MARGIN), "y": f"{top + i * _NOTE * 1.4:.2f}"}
        )
        span.text = line
    ElementTree.indent(root, space="")
    return root

"""Charts of figure groups: static SVG bar charts laid out here and written by a template.

No plotting library: a chart is a handful of bars, ticks and labels, and drawing it with
matplotlib cost a ~0.5 s import plus ~50 ms a chart, the largest single share of converting a
site (BENCHMARKS.md). Laying it out by arithmetic takes well under a millisecond and gives the same
picture: a horizontal bar per segment, one series per period (or the reverse), the exact value at
each bar's end, a few round ticks, the title above and the source below.

Bytes are deterministic (no ids from hashes, no dates, coordinates rounded). Text stays `<text>`
(selectable, searchable, scaled with the page). Colours work in both palettes and in print: ink
is `currentColor` (the page's text colour), bars use one mid-tone hue plus a hatch per series so
they stay apart in black and white. Seed text reaches the SVG only through the template's XML
escaping, after dropping the characters XML cannot hold.
"""

from __future__ import annotations

import functools
import math
import re
from dataclasses import dataclass, field

from jinja2 import Environment, PackageLoader, StrictUndefined

from brief.model import Figure
from brief.render.escape import plain
from brief.render.text_width import width as text_width

_BARS = ("#5c7cba", "#a3a3a3", "#3f8f7f", "#c08a3e")  # mid-tones: legible on light and dark
_HATCHES = ("", "diagonal", "dots", "cross")

# Sizes in SVG user units (the points of a 7-inch-wide figure): fonts, line height, gaps.
_WIDTH = 504.0
_SMALL, _TITLE, _NOTE, _LABEL = 8.0, 11.0, 7.0, 10.0
_LINE = 1.2  # line height, × font size
_ASCENT = 0.93  # baseline below a line's top, × font size
_TICK = 3.5  # tick length
_TICK_GAP = 3.5  # tick to its label
_PAD = 6.0  # blank border around the drawing, gaps between blocks
_ROW = 24.5  # height of a row per series
_VALUE_GAP = 3.0  # bar end to its value label
_ROW_LABEL = 125.0  # a row label wraps at this width (about 28 characters)


@dataclass(frozen=True)
class Chart:
    id: str
    file: str
    title: str
    svg: str  # the whole file; `inline` is the same <svg> element without the XML prolog
    width: float = _WIDTH
    height: float = 0.0


@dataclass(frozen=True)
class Text:
    x: str
    y: str
    size: str
    lines: list[str]
    anchor: str = "start"
    line_height: str = ""


@dataclass(frozen=True)
class Bar:
    x: str
    y: str
    width: str
    height: str
    series: int


@dataclass(frozen=True)
class Swatch:
    x: str
    y: str
    width: str
    height: str
    series: int
    label: Text


@dataclass
class Drawing:
    """Everything the template draws, as formatted coordinates."""

    id: str
    title: str
    width: str
    height: str
    colours: tuple[str, ...]
    hatches: tuple[str, ...]
    texts: list[Text] = field(default_factory=list)
    bars: list[Bar] = field(default_factory=list)
    swatches: list[Swatch] = field(default_factory=list)
    lines: list[tuple[str, str, str, str]] = field(default_factory=list)  # x1, y1, x2, y2


def number(value: float) -> str:
    """1,234 · 12.5 · 0.0003: grouped digits, no trailing zeros, small values not rounded to 0."""
    if float(value).is_integer():
        return f"{int(value):,}"
    text = (f"{value:,.2f}" if abs(value) >= 1 else f"{value:.6f}").rstrip("0").rstrip(".")
    return "0" if text == "-0" else text


def render(chart_id: str, title: str, figures: list[Figure], source_note: str) -> Chart:
    """One horizontal bar chart of `figures`, identified on its page by `chart_id`."""
    drawing = _draw(chart_id, _text(title), figures, _text(source_note))
    svg = _template().render(d=drawing)
    return Chart(
        chart_id, f"{chart_id}.svg", title, svg, float(drawing.width), float(drawing.height)
    )


def inline(chart: Chart) -> str:
    """The `<svg>` element alone, for embedding in a page."""
    return chart.svg[chart.svg.index("<svg") :].strip()


# --- layout ------------------------------------------------------------------------------------


def _value(f: Figure) -> tuple[float, float]:
    """(start, end) of the bar: a range is drawn from its low to its high end."""
    if f.value is not None:
        return 0.0, f.value
    low = f.low or 0.0
    return low, f.high if f.high is not None else low


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


def _draw(chart_id: str, title: str, figures: list[Figure], note: str) -> Drawing:
    series, rows, cells = _layout(figures)
    placed = [  # per series: [(row index, figure)]
        [(r, cells[(row, name)]) for r, row in enumerate(rows) if (row, name) in cells]
        for name in series
    ]
    row_labels = ["\n".join(_fit(_text(r) or "—", _SMALL, _ROW_LABEL)) for r in rows]
    labels = {
        id(f): f.display if f.value is None else number(f.value) for s in placed for _, f in s
    }
    labels = {k: _text(v) for k, v in labels.items()}

    # Horizontal: row labels | axes (bars, with room for their value labels) | half a tick label.
    spans = [_value(f) for f in figures]
    low = min(0.0, *(min(s) for s in spans))
    high = max(0.0, *(max(s) for s in spans))
    if high == low:
        high = low + 1.0
    ticks = _ticks(low, high)
    left = _PAD + _widest(row_labels, _SMALL) + _TICK + _TICK_GAP
    right = _PAD + _widest([_tick(max(ticks, key=abs))], _SMALL) / 2
    inner = _WIDTH - left - right
    room = _widest(list(labels.values()), _SMALL) + _VALUE_GAP + 2
    # Value labels sit beyond the bars' ends: keep room for them on each side that has bars.
    room_high, room_low = (room if high > 0 else 0.0), (room if low < 0 else 0.0)
    plot = max(inner - room_high - room_low, inner * 0.3)
    scale = plot / (high - low)
    ticks = [t for t in ticks if low - room_low / scale <= t <= high + room_high / scale]

    def x_of(value: float) -> float:
        return left + room_low + (value - low) * scale

    title_lines = _fit(title, _TITLE, inner + right - _PAD)
    axis_lines = _fit(_text(_axis_label(figures)), _LABEL, inner)
    note_lines = _fit(note, _NOTE, _WIDTH - 2 * _PAD)

    drawing = Drawing(chart_id, title, "", "", _BARS, _HATCHES)
    y = _PAD
    drawing.texts.append(_lines_at(left, y, _TITLE, title_lines))
    y += len(title_lines) * _LINE * _TITLE + _PAD

    if len(series) > 1:  # legend: a swatch and a name per series, in as many columns as fit
        swatch_w, gap = 2.0 * _SMALL, 0.8 * _SMALL
        names = [_text(n) or "—" for n in series]
        entries = [swatch_w + gap + text_width(n, _SMALL) + 2 * _SMALL for n in names]
        columns = len(series)
        while columns > 1 and sum(sorted(entries)[-columns:]) > inner:
            columns -= 1
        column_w = [max(entries[i] for i in range(c, len(series), columns)) for c in range(columns)]
        row_h = _LINE * _SMALL + 0.5 * _SMALL
        for s in range(len(series)):
            column, line = s % columns, s // columns
            sx = left + sum(column_w[:column])
            sy = y + line * row_h
            text = _lines_at(sx + swatch_w + gap, sy, _SMALL, [names[s]])
            box = Swatch(_n(sx), _n(sy + 0.15 * _SMALL), _n(swatch_w), _n(0.7 * _SMALL), s, text)
            drawing.swatches.append(box)
        y += math.ceil(len(series) / columns) * row_h + _PAD / 2

    # The axes: a band per row, a bar per series inside it.
    lines_per_row = max(label.count("\n") + 1 for label in row_labels)
    band = max(_ROW * len(series), lines_per_row * _LINE * _SMALL + 8)
    top = y
    bar_h = band * 0.8 / len(series)
    for s, in_series in enumerate(placed):
        for r, f in in_series:
            start, end = _value(f)
            x0, x1 = sorted((x_of(start), x_of(end)))
            by = top + r * band + band * 0.1 + s * bar_h
            drawing.bars.append(Bar(_n(x0), _n(by + bar_h * 0.05), _n(x1 - x0), _n(bar_h * 0.9), s))
            centre = by + bar_h / 2 + 0.35 * _SMALL
            if end >= start and end >= 0:
                at, anchor = x1 + _VALUE_GAP, "start"
            else:
                at, anchor = x0 - _VALUE_GAP, "end"
            drawing.texts.append(Text(_n(at), _n(centre), _n(_SMALL), [labels[id(f)]], anchor))
    for r, label in enumerate(row_labels):
        parts = label.split("\n")
        centre = top + (r + 0.5) * band
        first = centre - (len(parts) - 1) * _LINE * _SMALL / 2 + 0.35 * _SMALL
        x = left - _TICK - _TICK_GAP
        drawing.texts.append(Text(_n(x), _n(first), _n(_SMALL), parts, "end", _n(_LINE * _SMALL)))
        drawing.lines.append((_n(left - _TICK), _n(centre), _n(left), _n(centre)))
    bottom = top + band * len(rows)
    drawing.lines.append((_n(left), _n(top), _n(left), _n(bottom)))  # the y axis
    drawing.lines.append((_n(left), _n(bottom), _n(left + inner), _n(bottom)))  # the x axis
    if low < 0 < high:  # zero, where bars start, when it is not the axes' edge
        drawing.lines.append((_n(x_of(0)), _n(top), _n(x_of(0)), _n(bottom)))
    for t in ticks:
        x = _n(x_of(t))
        drawing.lines.append((x, _n(bottom), x, _n(bottom + _TICK)))
        drawing.texts.append(
            _lines_at(float(x), bottom + _TICK + _TICK_GAP, _SMALL, [_tick(t)], "middle")
        )
    y = bottom + _TICK + _TICK_GAP + _LINE * _SMALL + 4.0
    drawing.texts.append(_lines_at(left + inner / 2, y, _LABEL, axis_lines, "middle"))
    y += len(axis_lines) * _LINE * _LABEL + _PAD
    drawing.texts.append(_lines_at(_PAD, y, _NOTE, note_lines))
    y += len(note_lines) * _LINE * _NOTE + _PAD
    drawing.width, drawing.height = _n(_WIDTH), _n(y)
    return drawing


def _lines_at(x: float, top: float, size: float, lines: list[str], anchor: str = "start") -> Text:
    """Text whose first line's top is at `top`."""
    return Text(_n(x), _n(top + _ASCENT * size), _n(size), lines, anchor, _n(_LINE * size))


def _ticks(low: float, high: float) -> list[float]:
    """Round ticks across [low, high] and a step beyond: ~6 steps of 1, 2, 2.5 or 5 × 10ⁿ."""
    raw = (high - low) / 6
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(s * magnitude for s in (1, 2, 2.5, 5, 10) if s * magnitude >= raw * 0.999)
    first, last = math.floor(low / step + 1e-9), math.ceil(high / step - 1e-9) + 1
    return [float(f"{k * step:.12g}") for k in range(first, last + 1)]


def _tick(value: float) -> str:
    text = f"{value:,.6f}".rstrip("0").rstrip(".")
    return "0" if text in ("", "-0") else text


def _n(value: float) -> str:
    """A coordinate: two decimals at most, no trailing zeros (deterministic, compact)."""
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return "0" if text == "-0" else text


# --- text --------------------------------------------------------------------------------------

# Characters XML 1.0 cannot hold (after `plain` dropped the controls): surrogates, U+FFFE/FFFF.
_NOT_XML = re.compile("[\ud800-\udfff\ufffe\uffff]")


def _text(value: str) -> str:
    return _NOT_XML.sub("", plain(value)).strip()


def _widest(texts: list[str], size: float) -> float:
    """Width of the widest line of `texts` at `size`."""
    return max((text_width(line, size) for t in texts for line in t.split("\n")), default=0.0)


def _fit(text: str, size: float, width: float) -> list[str]:
    """`text` wrapped at spaces into lines that fit `width` (a longer word keeps its own line),
    in lines of similar length: the fewest lines, then the narrowest width that keeps them."""
    words = text.split()
    lines = _greedy(words, size, width)
    if len(lines) > 1:
        narrow = text_width(text, size) / len(lines)
        while narrow < width:
            tried = _greedy(words, size, narrow)
            if len(tried) == len(lines):
                return tried
            narrow *= 1.05
    return lines


def _greedy(words: list[str], size: float, width: float) -> list[str]:
    lines: list[str] = []
    line = ""
    for word in (piece for w in words for piece in _pieces(w, size, width)):
        longer = f"{line} {word}" if line else word
        if line and text_width(longer, size) > width:
            lines.append(line)
            line = word
        else:
            line = longer
    return [*lines, line]


def _pieces(word: str, size: float, width: float) -> list[str]:
    """A word wider than a line (a URL, a long compound) cut into pieces that fit."""
    if text_width(word, size) <= width:
        return [word]
    pieces, piece = [], ""
    for ch in word:
        if piece and text_width(piece + ch, size) > width:
            pieces.append(piece)
            piece = ""
        piece += ch
    return [*pieces, piece]


@functools.cache
def _template():
    """The SVG template: XML escaping on every printed value (autoescape), no Markdown."""
    env = Environment(
        loader=PackageLoader("brief.render", "templates"),
        autoescape=True,
        undefined=StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    return env.get_template("chart.svg.j2")

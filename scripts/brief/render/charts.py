"""Charts of figure groups: static SVG rendered at build time with matplotlib (no chart JavaScript).

Bytes are deterministic: fixed hash salt for SVG ids, no date or creator metadata, text kept as
`<text>` (`svg.fonttype: none`) so it stays selectable, searchable and scales with the page.
Colours work in both palettes and in print: every line and label is drawn in a sentinel colour
that is rewritten to `currentColor` (the page's text colour), bars use one mid-tone hue plus a
hatch per series so they stay apart in black and white. Seed text reaches the SVG only as
matplotlib text (XML-escaped by its writer; mathtext is off, so `$` stays a dollar sign) and as the
accessible name, which is attribute-escaped here.

Speed (a chart used to cost ~0.1 s, most of a brief's rendering): no pyplot, margins computed from
the measured text instead of `tight_layout` (which draws the figure an extra time), a few x ticks,
each distinct chart drawn once per process, and, when the build names a folder (`use_cache`), the
SVG kept on disk so that a rebuild neither draws nor imports matplotlib.
"""

from __future__ import annotations

import functools
import hashlib
import importlib.metadata
import io
import json
import math
import re
from dataclasses import dataclass
from pathlib import Path
from types import SimpleNamespace

from brief.model import Figure
from brief.render.escape import attr
from brief.write import store

_INK = "#010203"  # sentinel → currentColor
_BARS = ("#5c7cba", "#a3a3a3", "#3f8f7f", "#c08a3e")  # mid-tones: legible on light and dark
_HATCHES = ("", "//", "..", "xx")
_WIDTH_IN = 7.0
_ROW_IN = 0.34


@dataclass(frozen=True)
class Chart:
    id: str
    file: str
    title: str
    svg: str  # the whole file; `inline` is the same <svg> element without the XML prolog


@functools.cache
def _matplotlib():
    """matplotlib's Figure and SVG canvas, configured once. No pyplot: its figure manager and
    global state are not needed to write a file, and it costs an import and a close per chart."""
    import matplotlib

    matplotlib.rcParams.update(
        {
            "svg.hashsalt": "brief",
            "svg.fonttype": "none",
            "svg.image_inline": True,
            "text.parse_math": False,
            "font.family": "sans-serif",
            "font.sans-serif": ["DejaVu Sans"],
            "font.size": 10,
            "text.color": _INK,
            "axes.edgecolor": _INK,
            "axes.labelcolor": _INK,
            "xtick.color": _INK,
            "ytick.color": _INK,
            "xtick.labelsize": _SMALL,
            "ytick.labelsize": _SMALL,
            "hatch.color": _INK,
            "hatch.linewidth": 0.6,
            "axes.facecolor": "none",
            "figure.facecolor": "none",
            "savefig.facecolor": "none",
            "savefig.transparent": True,
            "legend.frameon": False,
            "path.simplify": True,
        }
    )
    from matplotlib.backends.backend_svg import FigureCanvasSVG
    from matplotlib.figure import Figure
    from matplotlib.font_manager import FontProperties, findfont, get_font
    from matplotlib.ft2font import LoadFlags
    from matplotlib.ticker import FuncFormatter, MaxNLocator

    font = get_font(findfont(FontProperties()))  # the font the SVG names (DejaVu Sans)

    @functools.cache
    def advance(ch: str) -> float:
        """Advance width of `ch` at 1 pt, in points (kerning ignored: a margin, not a layout)."""
        font.set_size(100, 72)  # the font object is shared with matplotlib: set it every time
        return font.load_char(ord(ch), flags=LoadFlags.NO_HINTING).linearHoriAdvance / 6_553_600

    return SimpleNamespace(
        Figure=Figure,
        Canvas=FigureCanvasSVG,
        advance=advance,
        FuncFormatter=FuncFormatter,
        MaxNLocator=MaxNLocator,
    )


def number(value: float) -> str:
    """1,234 · 12.5 · 0.0003: grouped digits, no trailing zeros, small values not rounded to 0."""
    if float(value).is_integer():
        return f"{int(value):,}"
    text = (f"{value:,.2f}" if abs(value) >= 1 else f"{value:.6f}").rstrip("0").rstrip(".")
    return "0" if text == "-0" else text


def _value(f: Figure) -> tuple[float, float]:
    """(start, length) of the bar: a range is drawn from its low to its high end."""
    if f.value is not None:
        return 0.0, f.value
    low = f.low or 0.0
    return low, (f.high or low) - low


def _axis_label(figures: list[Figure]) -> str:
    units = {f.unit for f in figures}
    unit = units.pop() if len(units) == 1 else "value"
    what = figures[0].label
    return f"{what} ({unit})" if unit != "count" else f"{what} (number)"


def render(chart_id: str, title: str, figures: list[Figure], source_note: str) -> Chart:
    """One horizontal bar chart: a bar per segment, one series per period (or the reverse).

    A chart is drawn once per content: identical charts (same id, title, note and figures, e.g.
    a seed copied under another name) share one drawing per process, and with `use_cache` the
    SVG is kept on disk for the next build. The bytes are the ones a fresh drawing gives."""
    key = json.dumps(
        [chart_id, title, source_note, [f.model_dump(mode="json") for f in figures]],
        ensure_ascii=False,
        sort_keys=True,
    )
    chart = _RENDERED.get(key)
    if chart is None:
        if len(_RENDERED) >= _RENDERED_MAX:
            _RENDERED.clear()
        digest = hashlib.sha256(f"{_code_version()}\n{key}".encode()).hexdigest()
        svg = _cached(digest, chart_id)
        if svg is None:
            svg = _draw(chart_id, title, figures, source_note)
            if _cache_dir is not None:
                store(_cache_dir / f"{digest}.svg", svg)
        chart = _RENDERED[key] = Chart(chart_id, f"{chart_id}.svg", title, svg)
    return chart


_RENDERED: dict[str, Chart] = {}
_RENDERED_MAX = 256


def forget_drawn() -> None:
    """Forget the charts drawn in this process (a benchmark that times the drawing)."""
    _RENDERED.clear()


_cache_dir: Path | None = None


def use_cache(folder: Path | None) -> None:
    """Keep chart SVGs in `folder` across builds (None: only in memory; see `brief.site.cache`).

    Files are named by a hash of everything that makes the bytes (this module's and the
    escaping's source, matplotlib's and numpy's versions, the chart's data), written atomically,
    and checked when read; a file that fails the check is drawn again. The folder is trusted like
    the source tree (its SVG is inlined into pages): never fill it from an untrusted source."""
    global _cache_dir
    _cache_dir = folder


@functools.cache
def _code_version() -> str:
    from brief.render import escape

    parts = [Path(__file__).read_bytes(), Path(escape.__file__).read_bytes()]
    for name in ("matplotlib", "numpy"):
        try:
            parts.append(f"{name} {importlib.metadata.version(name)}".encode())
        except importlib.metadata.PackageNotFoundError:
            parts.append(f"{name} ?".encode())
    return hashlib.sha256(b"\0".join(parts)).hexdigest()


def _cached(digest: str, chart_id: str) -> str | None:
    folder = _cache_dir
    if folder is None:
        return None
    try:
        svg = (folder / f"{digest}.svg").read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None
    whole = svg.startswith("<?xml") and svg.endswith("</svg>\n")
    return svg if whole and f' aria-labelledby="{chart_id}-title" ' in svg else None


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


# Sizes in points (1/72 inch), as matplotlib lays text out: a line is 1.2 × the font size.
_SMALL, _TITLE, _NOTE, _LABEL = 8, 11, 7, 10
_LINE = 1.2
_TICK = 3.5 + 3.5  # tick length + gap to its label (matplotlib's defaults)
_PAD = 6.0  # blank border around the drawing, gaps between blocks
_LEGEND = 0.5 + 2 * 0.4 + _LINE  # legend: gap to the axes, border pads, a row (× font size)


def _draw(chart_id: str, title: str, figures: list[Figure], source_note: str) -> str:
    """The drawing, laid out by arithmetic instead of `tight_layout` (which draws the whole
    figure once more with another renderer just to measure it): every text is measured with the
    font the SVG names, and the margins are sized to fit it."""
    mpl = _matplotlib()
    series, rows, cells = _layout(figures)
    placed = [  # per series: [(row index, figure)]
        [(r, cells[(row, name)]) for r, row in enumerate(rows) if (row, name) in cells]
        for name in series
    ]
    values = [
        [f.display if f.value is None else number(f.value) for _, f in in_series]
        for in_series in placed
    ]
    row_labels = [_wrap(r or "—") for r in rows]
    width = _WIDTH_IN * 72  # everything below in points

    left = _PAD + min(_measure(mpl, row_labels, _SMALL) + _TICK, 0.45 * width)
    ends = [x for f in figures for x in (_value(f)[0], sum(_value(f)))]
    widest_tick = _measure(mpl, [_tick(max(ends, key=abs))], _SMALL)
    right = _PAD + widest_tick / 2  # a tick label centred on the axes' end
    inner = width - left - right
    # The x margin (a share of the data range, beyond the longest bars) holds their labels.
    value_label = _measure(mpl, [v for vs in values for v in vs], _SMALL) + 3 + 2
    margin = min(1.0, max(0.05, value_label / max(inner - 2 * value_label, 1.0)))
    title_text = _fit(mpl, title, _TITLE, inner + right - _PAD)
    label_text = _fit(mpl, _axis_label(figures), _LABEL, inner)
    note_text = _fit(mpl, source_note, _NOTE, width - 2 * _PAD)
    legend, columns = 0.0, len(series)
    if len(series) > 1:
        entry = [_measure(mpl, [name], _SMALL) + (2.0 + 0.8 + 2.0) * _SMALL for name in series]
        while columns > 1 and sum(sorted(entry)[-columns:]) > inner:
            columns -= 1
        legend = (_LEGEND + (_LINE + 0.5) * (math.ceil(len(series) / columns) - 1)) * _SMALL
    lines = max(label.count("\n") + 1 for label in row_labels)
    row = max(_ROW_IN * 72 * len(series), lines * _LINE * _SMALL + 8)
    axes = row * len(rows)
    bottom = (
        _PAD
        + _lines(note_text) * _LINE * _NOTE
        + _PAD
        + _lines(label_text) * _LINE * _LABEL
        + 4.0  # axes.labelpad
        + _LINE * _SMALL
        + _TICK
    )
    top = _PAD + _lines(title_text) * _LINE * _TITLE + 6.0 + legend  # 6: axes.titlepad
    height = bottom + axes + top

    fig = mpl.Figure(figsize=(_WIDTH_IN, height / 72))
    mpl.Canvas(fig)
    ax = fig.add_axes((left / width, bottom / height, inner / width, axes / height))
    bar = 0.8 / len(series)
    for s, (name, in_series, labels) in enumerate(zip(series, placed, values, strict=True)):
        if not in_series:
            continue
        ys = [r + (s - (len(series) - 1) / 2) * bar for r, _ in in_series]
        spans = [_value(f) for _, f in in_series]
        bars = ax.barh(  # one call per series: one artist container, much less overhead
            ys,
            [length for _, length in spans],
            left=[start for start, _ in spans],
            height=bar * 0.9,
            color=_BARS[s % len(_BARS)],
            hatch=_HATCHES[s % len(_HATCHES)],
            edgecolor=_INK,
            linewidth=0.4,
            label=name,
        )
        ax.bar_label(bars, labels=labels, padding=3, fontsize=_SMALL)
    ax.set_yticks(range(len(rows)), row_labels)
    ax.set_ylim(len(rows) - 0.5, -0.5)  # first row on top
    # A few round ticks (the bars carry their exact values), in the page's number style.
    ax.xaxis.set_major_locator(mpl.MaxNLocator(nbins=6, steps=[1, 2, 2.5, 5, 10]))
    ax.xaxis.set_major_formatter(mpl.FuncFormatter(_tick))
    ax.set_xlabel(label_text)
    ax.set_title(title_text, loc="left", fontsize=_TITLE, pad=6.0 + legend)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    ax.margins(x=margin)
    if len(series) > 1:
        ax.legend(fontsize=_SMALL, loc="lower left", bbox_to_anchor=(0, 1), ncols=columns)
    fig.text(_PAD / width, _PAD / height, note_text, fontsize=_NOTE, ha="left", va="bottom")
    buffer = io.StringIO()
    fig.savefig(buffer, format="svg", metadata={"Date": None, "Creator": None})
    return _finish(buffer.getvalue(), chart_id, title)


def _measure(mpl, texts: list[str], size: float) -> float:
    """Width in points of the widest line of `texts` at `size` (plain text, no mathtext)."""
    widest = 0.0
    for text in texts:
        for line in text.split("\n"):
            widest = max(widest, sum(map(mpl.advance, line)) * size)
    return widest


def _fit(mpl, text: str, size: float, width: float) -> str:
    """`text` wrapped at word boundaries so that it fits `width` points (about), in lines of
    similar length (no lone last word)."""
    measured = _measure(mpl, [text], size)
    if measured <= width or not text:
        return text
    fits = int(len(text) * width / measured)  # characters per line, about
    even = math.ceil(len(text) / math.ceil(measured / width)) + 8
    return _wrap(text, max(12, min(fits, even)))


def _lines(text: str) -> int:
    return text.count("\n") + 1


def _tick(value: float, _position: object = None) -> str:
    text = f"{value:,.6f}".rstrip("0").rstrip(".")
    return "0" if text in ("", "-0") else text


def _wrap(text: str, width: int = 28) -> str:
    words, lines, line = text.split(), [], ""
    for word in words:
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    lines.append(line)
    return "\n".join(lines)


_SVG_OPEN = re.compile(r"<svg\b[^>]*>")
_STYLE = re.compile(r"\s*<defs>\s*<style[^>]*>[^<]*</style>\s*</defs>|\s*<style[^>]*>[^<]*</style>")
_METADATA = re.compile(r"\s*<metadata>.*?</metadata>", re.DOTALL)
_ID = re.compile(r'\b(id)="([^"]+)"')
_REF = re.compile(r"url\(#([^)]+)\)")
_HREF = re.compile(r'(?<=\s)(?:xlink:)?href="#([^"]+)"')


def _finish(svg: str, chart_id: str, title: str) -> str:
    """currentColor for ink, responsive size, role=img with an accessible name and <title>."""
    svg = svg.replace(_INK, "currentColor")
    svg = _METADATA.sub("", svg)
    # matplotlib's <style>*{…}</style> would apply to the whole page once inlined: drop it and
    # set the same (inherited) stroke properties on the root element instead.
    svg = _STYLE.sub("", svg)
    # Prefix every id (and reference) so two charts on one page never share one.
    svg = _ID.sub(lambda m: f'{m.group(1)}="{chart_id}-{m.group(2)}"', svg)
    svg = _REF.sub(lambda m: f"url(#{chart_id}-{m.group(1)})", svg)
    svg = _HREF.sub(lambda m: f'xlink:href="#{chart_id}-{m.group(1)}"', svg)
    svg = "\n".join(line.rstrip() for line in svg.splitlines() if line.strip()) + "\n"
    match = _SVG_OPEN.search(svg)
    assert match is not None
    tag = match.group(0)
    tag = re.sub(r'\s(width|height)="[^"]*"', "", tag)
    name = attr(title)
    new_tag = tag[:-1] + (
        f' role="img" aria-labelledby="{chart_id}-title" class="brief-chart__svg"'
        ' style="stroke-linejoin: round; stroke-linecap: butt">'
    )
    title_el = f'<title id="{chart_id}-title">{name}</title>'
    return svg[: match.start()] + new_tag + "\n" + title_el + svg[match.end() :]


def inline(chart: Chart) -> str:
    """The `<svg>` element alone, for embedding in a page."""
    start = chart.svg.index("<svg")
    return chart.svg[start:].strip()

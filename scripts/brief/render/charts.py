"""Charts of figure groups: static SVG rendered at build time with matplotlib (no chart JavaScript).

Bytes are deterministic: fixed hash salt for SVG ids, no date or creator metadata, text kept as
`<text>` (`svg.fonttype: none`) so it stays selectable, searchable and scales with the page.
Colours work in both palettes and in print: every line and label is drawn in a sentinel colour
that is rewritten to `currentColor` (the page's text colour), bars use one mid-tone hue plus a
hatch per series so they stay apart in black and white. Seed text reaches the SVG only as
matplotlib text (XML-escaped by its writer; mathtext is off, so `$` stays a dollar sign) and as the
accessible name, which is attribute-escaped here.
"""

from __future__ import annotations

import functools
import io
import re
from dataclasses import dataclass

from brief.model import Figure
from brief.render.escape import attr

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
def _pyplot():
    import matplotlib

    matplotlib.use("Agg")
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
    import matplotlib.pyplot as plt

    return plt


def number(value: float) -> str:
    return f"{int(value):,}" if float(value).is_integer() else f"{value:,.2f}".rstrip("0")


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
    """One horizontal bar chart: a bar per segment, one series per period (or the reverse)."""
    plt = _pyplot()
    periods = list(dict.fromkeys(f.period or "" for f in figures))
    segments = list(dict.fromkeys(f.segment or "" for f in figures))
    if len(periods) > len(_BARS) and len(segments) <= len(_BARS):
        periods, segments, by_period = segments, periods, False
    else:
        by_period = True
    series = periods if len(periods) <= len(_BARS) else [""]
    rows = segments if len(series) > 1 or len(periods) <= len(_BARS) else None
    if rows is None:  # too many series: one bar per figure
        rows = [", ".join(p for p in (f.period, f.segment) if p) or f.id for f in figures]
        cells = {(row, ""): f for row, f in zip(rows, figures, strict=True)}
    else:
        cells = {}
        for f in figures:
            key = (
                (f.segment or "", f.period or "")
                if by_period
                else (f.period or "", f.segment or "")
            )
            cells.setdefault(key, f)

    height = 1.2 + _ROW_IN * len(rows) * max(1, len(series)) + (0.3 if len(series) > 1 else 0)
    fig, ax = plt.subplots(figsize=(_WIDTH_IN, height))
    bar = 0.8 / len(series)
    for s, name in enumerate(series):
        placed = [(r, cells[(row, name)]) for r, row in enumerate(rows) if (row, name) in cells]
        if not placed:
            continue
        ys = [r + (s - (len(series) - 1) / 2) * bar for r, _ in placed]
        spans = [_value(f) for _, f in placed]
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
        labels = [f.display if f.value is None else number(f.value) for _, f in placed]
        ax.bar_label(bars, labels=labels, padding=3, fontsize=8)
    ax.set_yticks(range(len(rows)), [_wrap(r or "—") for r in rows], fontsize=8)
    ax.invert_yaxis()
    ax.set_xlabel(_axis_label(figures))
    ax.set_title(title, loc="left", fontsize=11)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    ax.margins(x=0.12)
    if len(series) > 1:
        ax.legend(fontsize=8, loc="lower right", bbox_to_anchor=(1, 1), ncols=len(series))
    fig.text(0.01, 0.01, source_note, fontsize=7, ha="left", va="bottom")
    fig.tight_layout(rect=(0, 0.04, 1, 1))
    buffer = io.StringIO()
    fig.savefig(buffer, format="svg", metadata={"Date": None, "Creator": None})
    plt.close(fig)
    svg = _finish(buffer.getvalue(), chart_id, title)
    return Chart(chart_id, f"{chart_id}.svg", title, svg)


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

"""Score the converter on the hand-annotated pages (`articles/`), in process.

The matching rules are those of `score.py` (the shared yardstick, kept unchanged beside this
file): its `score_one` is applied to each page's `brief.json`, made here by the converter's own
functions instead of one `brief extract` process per page. The result holds, for the pages of
each set (public gold, this project's, all), the totals and the per-page averages that
`score.py` prints, as numbers a test can compare with `record.json`.
"""

from __future__ import annotations

import contextlib
import io
import json
from dataclasses import dataclass, field
from pathlib import Path

import yaml
from brief.errors import BriefError
from brief.pipeline import convert_path
from brief.render.data import brief_json

from . import score

HERE = Path(__file__).resolve().parent
ARTICLES = HERE / "articles"
DUMPS = HERE / "dumps"
RECORD = HERE / "record.json"
# The twelve pages of ../shared/gold/articles; every other page was annotated for this project.
PUBLIC = frozenset("000 005 014 022 027 029 031 033 044 050 051 052".split())
KINDS = ("cases", "figures", "recs")


@dataclass
class Page:
    name: str
    row: dict[str, tuple[int, int, int]]  # kind -> (matched, gold, extracted)
    tally: dict[str, list[int]]  # score.py's tally for this page alone
    error: str = ""
    # matched figures annotated as changes, those the brief marks alike, matched figures
    # annotated as levels (on pages that annotate changes), those the brief marks as changes
    changes: tuple[int, int, int, int] = (0, 0, 0, 0)
    kinds: tuple[int, int] = (0, 0)  # matched cases, those whose kind (incident/context) agrees
    title: tuple[int, int] = (0, 0)  # titles annotated, those the brief gives as written


@dataclass
class Scores:
    pages: list[Page] = field(default_factory=list)

    def subset(self, names: set[str] | frozenset[str] | None) -> Scores:
        return Scores([p for p in self.pages if names is None or p.name in names])

    def total(self, key: str) -> list[int]:
        sums = _empty_tally()[key]
        for page in self.pages:
            sums = [a + b for a, b in zip(sums, page.tally[key], strict=True)]
        return sums

    def metrics(self) -> dict[str, float]:
        """Totals (micro) and per-page averages (macro), as `score.py` prints them."""
        c, f, r = self.total("cases"), self.total("figures"), self.total("recs")
        pub = self.total("published")
        out: dict[str, float] = {}
        for kind, (found, gold, got) in (("cases", c[:3]), ("figures", f[:3]), ("recs", r[:3])):
            p, rec = score.pr(found, gold, got)
            out[f"{kind} P"], out[f"{kind} R"] = round(p, 3), round(rec, 3)
            ps = [a / n for a, _, n in (pg.row[kind] for pg in self.pages) if n]
            rs = [a / b for a, b, _ in (pg.row[kind] for pg in self.pages) if b]
            out[f"{kind} P macro"] = round(sum(ps) / len(ps), 3) if ps else 0.0
            out[f"{kind} R macro"] = round(sum(rs) / len(rs), 3) if rs else 0.0
        out["cases exact dates"] = round(c[3] / c[0], 3) if c[0] else 0.0
        out["figures labelled"] = round(f[3] / f[1], 3) if f[1] else 1.0
        out["not-figures taken"] = f[4]
        annotated, right, levels, wrong = (sum(p.changes[i] for p in self.pages) for i in range(4))
        out["figure changes right"] = round(right / annotated, 3) if annotated else 1.0
        out["levels taken for changes"] = round(wrong / levels, 3) if levels else 0.0
        matched, agree = (sum(p.kinds[i] for p in self.pages) for i in range(2))
        out["case kinds right"] = round(agree / matched, 3) if matched else 1.0
        out["published"] = round(pub[0] / pub[1], 3) if pub[1] else 1.0
        titled, right = (sum(p.title[i] for p in self.pages) for i in range(2))
        out["titles right"] = round(right / titled, 3) if titled else 1.0
        return out


def _empty_tally() -> dict[str, list[int]]:
    return {"cases": [0] * 4, "figures": [0] * 5, "recs": [0] * 3, "published": [0, 0]}


def score_page(path: Path, verbose: bool = False) -> tuple[Page, str]:
    """One annotated page scored; the text `score.py -v` would print for it."""
    gold = yaml.safe_load(path.read_text(encoding="utf-8"))
    error = ""
    try:
        brief = json.loads(brief_json(convert_path(DUMPS / gold["file"])))
    except BriefError as err:
        brief, error = {}, str(err)
    tally = _empty_tally()
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        row = score.score_one(brief, gold, tally, verbose)
    page = Page(path.stem, row, tally, error, _changes(brief, gold), _kinds(brief, gold))
    if gold.get("title"):
        page.title = (1, int(brief.get("title") == gold["title"]))
    return page, printed.getvalue()


def _kinds(brief: dict, gold: dict) -> tuple[int, int]:
    """Matched cases (score.py's rule) and those whose kind agrees with the annotator's."""

    def same(c: dict, g: dict) -> bool:
        return score.date_ok(c, g) and score.has_words(score.flat(c), g.get("words"))

    pairs = [
        (g, c) for g, c in score.match(brief.get("cases") or [], gold.get("cases") or [], same) if c
    ]
    return len(pairs), sum(1 for g, c in pairs if c.get("kind") == g.get("kind"))


def _changes(brief: dict, gold: dict) -> tuple[int, int, int, int]:
    """How the brief tells changes from levels (`GUIDE.md`: `change`), on the figures it
    matched with score.py's rule. Levels are counted only on pages that annotate changes: on
    the others a figure without `change` was not looked at for it."""
    golds = gold.get("figures") or []
    marks_changes = any("change" in g for g in golds)

    def same(f: dict, g: dict) -> bool:
        return score.fig_value_ok(f, g) and score.has_words(score.flat(f), g.get("words"))

    annotated = right = levels = wrong = 0
    for g, f in score.match(brief.get("figures") or [], golds, same):
        if f is None:
            continue
        if "change" in g:
            annotated += 1
            right += f.get("change") == g["change"]
        elif marks_changes:
            levels += 1
            wrong += f.get("change") is not None
    return annotated, right, levels, wrong


def evaluate(verbose: bool = False) -> tuple[Scores, list[str]]:
    """Every annotated page scored, and the lines of the per-page report."""
    scores, lines = Scores(), []
    for path in sorted(ARTICLES.glob("*.yaml")):
        page, detail = score_page(path, verbose)
        scores.pages.append(page)
        cells = "  ".join(f"{k} {a}/{b} of {n}" for k, (a, b, n) in page.row.items())
        mark = "" if page.name in PUBLIC else " *"
        lines.append(
            f"{page.name}{mark}: {cells}" + (f"  FAILED: {page.error}" if page.error else "")
        )
        lines += detail.rstrip("\n").splitlines() if detail.strip() else []
    return scores, lines


def by_set(scores: Scores) -> dict[str, dict[str, float]]:
    """The metrics of the public pages, of this project's and of all (the ratchet's sets)."""
    ours = {p.name for p in scores.pages} - PUBLIC
    return {
        "public": scores.subset(PUBLIC).metrics(),
        "project": scores.subset(ours).metrics(),
        "all": scores.metrics(),
    }


def table(scores: Scores) -> str:
    """A Markdown table of the metrics for the public pages, this project's and all."""
    ours = {p.name for p in scores.pages} - PUBLIC
    names = {
        "public": f"public gold ({len(scores.subset(PUBLIC).pages)} pages)",
        "project": f"this project's ({len(ours)} pages)",
        "all": f"all ({len(scores.pages)} pages)",
    }
    metrics = {names[k]: m for k, m in by_set(scores).items()}
    sets = list(metrics)
    keys = list(next(iter(metrics.values())))
    head = "| metric | " + " | ".join(sets) + " |"
    rule = "| --- |" + " ---: |" * len(sets)
    rows = [f"| {k} | " + " | ".join(f"{m[k]:g}" for m in metrics.values()) + " |" for k in keys]
    return "\n".join([head, rule, *rows])

"""`make fuzz`: run the converter on N generated seeds and report what breaks.

    python -m tests.fuzz [--seeds 10000] [--start 0] [--jobs 2] [--timeout 20]
    python -m tests.fuzz --only 1234 [--dump seed.txt] [--minimize]

Seed `i` is `tests.fuzz.seeds.make_seed(i)` (deterministic), checked by
`tests.fuzz.check.check_seed`: converted or refused with a `BriefError` (every seed holds a
known article, so a refusal is counted and reported too), rendered without an exception, and
every sentence of the article on the Full text page. Workers are separate processes, each under
an address-space cap; a seed over the work cap (`--timeout`) is stopped by SIGALRM in its worker,
and a worker that does not answer some seconds later is killed and replaced (a C-level loop
ignores the alarm). Findings are grouped by class (exception type and the converter's innermost
frame), each narrowed to the fragments that trigger it (`--minimize` for one seed), printed, kept
in `build/fuzz.json` and summarised in the adversarial section of BENCHMARKS.md.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import platform
import queue
import re
import resource
import sys
import time
from collections import defaultdict
from dataclasses import asdict
from datetime import date
from pathlib import Path

from .check import Outcome, check_index, check_seed, failure, minimize
from .report import replace_part
from .seeds import make_seed

ROOT = Path(__file__).resolve().parents[2]
GRACE = 15  # seconds past the work cap before a silent worker is killed
EXAMPLES = 5


def log(message: str) -> None:
    print(f"fuzz: {message}", file=sys.stderr, flush=True)


def _renderer():
    from tests.conftest import site_markdown

    return site_markdown()


def _worker(tasks, results, timeout: float, memory_mb: int) -> None:
    cap = memory_mb * 2**20
    resource.setrlimit(resource.RLIMIT_AS, (cap, cap))
    render = _renderer()
    while (index := tasks.get()) is not None:
        results.put(("start", os.getpid(), index))
        try:
            outcome = check_index(index, render, timeout=timeout)
        except BaseException as err:  # MemoryError, a harness bug: still a finding
            outcome = failure(index, "crash", "worker", err)
        results.put(("done", os.getpid(), outcome))


def run(indices: list[int], jobs: int, timeout: float, memory_mb: int) -> list[Outcome]:
    """Check every seed of `indices` in `jobs` worker processes; returns outcomes by index."""
    ctx = multiprocessing.get_context("fork")
    tasks, results = ctx.Queue(), ctx.Queue()
    for index in indices:
        tasks.put(index)
    for _ in range(jobs):
        tasks.put(None)

    def start():
        process = ctx.Process(target=_worker, args=(tasks, results, timeout, memory_mb))
        process.start()
        return process

    workers = {p.pid: p for p in (start() for _ in range(jobs))}
    running: dict[int, tuple[int, float]] = {}  # worker pid → (seed, started)
    outcomes: dict[int, Outcome] = {}
    started, step = time.perf_counter(), max(1, len(indices) // 20)
    while len(outcomes) < len(indices):
        try:
            kind, pid, value = results.get(timeout=1)
        except queue.Empty:
            kind = None
        if kind == "start":
            running[pid] = (value, time.perf_counter())
        elif kind == "done":
            running.pop(pid, None)
            outcomes[value.index] = value
            if len(outcomes) % step == 0:
                took = time.perf_counter() - started
                log(f"{len(outcomes)}/{len(indices)} seeds, {took:.0f} s, {_brief(outcomes)}")
        for pid, (index, since) in list(running.items()):
            process = workers[pid]
            silent = time.perf_counter() - since > timeout + GRACE
            if silent or not process.is_alive():
                if silent:
                    process.kill()  # a worker this run started
                process.join()
                error = (
                    f"killed: no answer {timeout + GRACE:.0f} s after the seed started"
                    if silent
                    else f"worker died (exit code {process.exitcode})"
                )
                status = "timeout" if silent else "crash"
                outcomes[index] = Outcome(index, status, stage="worker", error=error)
                del running[pid], workers[pid]
                replacement = start()  # takes the dead worker's end-of-work marker later
                workers[replacement.pid] = replacement
    for process in workers.values():
        process.join(timeout=30)
    return [outcomes[i] for i in indices]


def _brief(outcomes: dict[int, Outcome]) -> str:
    counts = defaultdict(int)
    for o in outcomes.values():
        counts[o.status] += 1
        counts["missing"] += bool(o.missing)
    return ", ".join(f"{k} {v}" for k, v in sorted(counts.items()))


# --- the summary --------------------------------------------------------------------------------


def classes(outcomes: list[Outcome]) -> dict[str, list[Outcome]]:
    found: dict[str, list[Outcome]] = defaultdict(list)
    for o in outcomes:
        if o.key:
            found[o.key].append(o)
        if o.missing:
            found["missing sentences"].append(o)
    return dict(sorted(found.items(), key=lambda kv: -len(kv[1])))


def narrow(found: dict[str, list[Outcome]], timeout: float) -> dict[str, dict]:
    """For the first seed of each class, the fragments it needs (`minimize`), shown as text."""
    render = _renderer()
    out = {}
    for key, members in found.items():
        first = members[0]
        if first.stage == "worker":
            continue  # killed or died: not reproducible in-process
        seeds = [first] if key != "missing sentences" else members[:EXAMPLES]
        for o in seeds:
            needed = minimize(o.index, render, "missing" if o.missing else key, timeout)
            seed = make_seed(o.index)
            out.setdefault(key, []).append(
                {
                    "seed": o.index,
                    "fragments": [shorten(seed.fragments[k]) for k in needed],
                    "where": [w for k, w in seed.placed if k in needed],
                    "layout": seed.layout,
                    "missing": o.missing[:2],
                }
            )
    return out


def summary(outcomes: list[Outcome], narrowed: dict, args, took: float) -> str:
    found = classes(outcomes)
    counts = defaultdict(int)
    for o in outcomes:
        counts[o.status] += 1
    lost = [o for o in outcomes if o.missing]
    sentences = sum(o.sentences for o in outcomes if o.status == "converted")
    command = f"python -m tests.fuzz --seeds {args.seeds} --start {args.start} --jobs {args.jobs}"
    out = [
        "### Fuzz run",
        "",
        f"Run {date.today().isoformat()} on the code of {args.revision or 'this tree'}, "
        f"{os.cpu_count()} CPU cores, Python {platform.python_version()}: `{command}` "
        f"(`make fuzz`), {took / 60:.0f} min, work cap {args.timeout:.0f} s per seed. "
        "Each seed is a known article of generated prose (dated cases, figures, series, "
        "abbreviations, recommendations) among page noise, with hostile fragments between its "
        "sentences, in its title and headings and on lines of their own, in a random layout "
        "(`tests/fuzz/seeds.py`). Pass: converted, rendered, and every sentence of the article "
        "in the visible text of the Full text page. Reproduce seed N with "
        "`python -m tests.fuzz --only N --dump seed.txt --minimize`.",
        "",
        "| seeds | converted | refused | crashes | over the work cap | seeds losing sentences "
        "| sentences lost |",
        "| ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
        f"| {len(outcomes):,} | {counts['converted']:,} | {counts['refused']:,} "
        f"| {counts['crash']:,} | {counts['timeout']:,} | {len(lost):,} "
        f"| {sum(len(o.missing) for o in lost):,} of {sentences:,} |",
        "",
    ]
    if not found:
        out.append("No finding: every seed converted and showed its whole article.")
    else:
        out += ["| finding | seeds | first seeds | example |", "| --- | ---: | --- | --- |"]
        for key, members in found.items():
            first = ", ".join(str(o.index) for o in members[:EXAMPLES])
            example = _example(members[0], narrowed.get(key, []))
            out.append(f"| {_cell(key)} | {len(members):,} | {first} | {_cell(example)} |")
    return "\n".join(out) + "\n"


def _example(o: Outcome, narrowed: list[dict]) -> str:
    parts = []
    if o.error and not o.missing:
        parts.append(re.sub(r"(.)\1{11,}", lambda m: f"{m[1]}×{len(m[0])}", o.error)[:200])
    if o.missing:
        parts.append(f"lost: “{o.missing[0][:120]}”")
    if narrowed:
        n = narrowed[0]
        pairs = zip(n["fragments"], n["where"], strict=True)
        needs = " + ".join(f"{f} ({w})" for f, w in pairs) or "no fragment"
        layout = f"; layout {', '.join(n['layout'])}" if n["layout"] else ""
        parts.append(f"needs {needs}{layout}")
    return "; ".join(parts)


def shorten(fragment: str) -> str:
    """A fragment as a short literal: runs of one character as "x×300"."""
    text = repr(fragment)
    return re.sub(r"(.)\1{11,}", lambda m: f"{m[1]}×{len(m[0])}", text)[:120]


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


# --- main ---------------------------------------------------------------------------------------


def only(args) -> int:
    """One seed, in this process: its outcome in full, optionally its file and its fragments."""
    seed = make_seed(args.only)
    if args.dump:
        args.dump.write_bytes(seed.data)
        log(f"wrote seed {args.only} to {args.dump} ({len(seed.data):,} bytes, {seed.layout})")
    render = _renderer()
    outcome = check_seed(seed, render, timeout=args.timeout)
    print(json.dumps(asdict(outcome), indent=1, ensure_ascii=False))
    if args.minimize and (outcome.key or outcome.missing):
        key = "missing" if outcome.missing else outcome.key
        needed = minimize(args.only, render, key, args.timeout)
        print("needs fragments:" if needed else "needs no fragment (noise or layout alone)")
        for k in needed:
            where = dict(seed.placed)[k]
            print(f"  #{k} ({where}): {shorten(seed.fragments[k])}")
    return 0 if outcome.status in ("converted", "refused") and not outcome.missing else 1


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m tests.fuzz", description=__doc__.split("\n")[0]
    )
    parser.add_argument("--seeds", type=int, default=10_000)
    parser.add_argument("--start", type=int, default=0, help="index of the first seed")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--timeout", type=float, default=20, help="work cap per seed, seconds")
    parser.add_argument("--memory-mb", type=int, default=4096, help="address-space cap a worker")
    parser.add_argument("--only", type=int, help="check this one seed, in this process")
    parser.add_argument("--dump", type=Path, help="with --only: write the seed's file here")
    parser.add_argument("--minimize", action="store_true", help="with --only: needed fragments")
    parser.add_argument("--no-narrow", action="store_true", help="do not minimize findings")
    parser.add_argument("--out", type=Path, default=ROOT / "BENCHMARKS.md")
    parser.add_argument("--json", type=Path, default=ROOT / "build" / "fuzz.json")
    parser.add_argument("--no-write", action="store_true", help="print the summary only")
    parser.add_argument("--revision", default="", help="the code tested, for the report")
    args = parser.parse_args(argv)
    if args.only is not None:
        return only(args)
    if not args.revision:
        import subprocess

        args.revision = subprocess.run(
            ["git", "-C", str(ROOT), "describe", "--always", "--dirty=+ local changes"],
            capture_output=True,
            text=True,
        ).stdout.strip()
    started = time.perf_counter()
    indices = list(range(args.start, args.start + args.seeds))
    outcomes = run(indices, args.jobs, args.timeout, args.memory_mb)
    found = classes(outcomes)
    log(f"checked {len(outcomes)} seeds in {time.perf_counter() - started:.0f} s; narrowing")
    narrowed = {} if args.no_narrow else narrow(found, args.timeout)
    text = summary(outcomes, narrowed, args, time.perf_counter() - started)
    print(text)
    args.json.parent.mkdir(parents=True, exist_ok=True)
    findings = {key: [asdict(o) for o in members] for key, members in found.items()}
    args.json.write_text(
        json.dumps({"findings": findings, "narrowed": narrowed}, indent=1, ensure_ascii=False),
        encoding="utf-8",
    )
    if not args.no_write:
        replace_part(args.out, "fuzz", text)
        log(f"wrote {args.out} (and {args.json})")
    bad = any(o.status in ("crash", "timeout") or o.missing for o in outcomes)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())

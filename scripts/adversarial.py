"""Adversarial benchmark: how long hostile seeds take to convert and to build, by size.

Each payload family (`tests/fuzz/families.py`: a construction repeated to 100 KB, 1 MB, 10 MB)
is measured in fresh child processes, so that one run cannot warm or poison the next and a
runaway run can be stopped:

- **convert**: `brief.pipeline.convert_path` then `render_brief`, CPU and wall seconds each,
  after the imports and a warm-up conversion of a tiny seed (first-use costs, such as compiling
  patterns, are paid once per build, not per seed; the build share subtracts them likewise);
  the child's peak resident memory;
- **build**: `mkdocs build` of a site holding only that seed (`BRIEF_SEEDS`, `BRIEF_CACHE=off`),
  CPU seconds minus those of the same build of a tiny baseline seed run just before it (paired,
  as the machine's speed drifts): the seed's share of a build (conversion included). Not
  `--strict`: a seed the converter refuses or fails on is recorded with the build's first
  error, not a failed measurement.

The product has no wall-clock limits (its limits are on work), so the harness brings its own:
every child is killed after `--timeout` seconds and reported as "> N s", and runs under an
address-space cap (`RLIMIT_AS`; a smaller one for families that have eaten all memory before).
A family over the cap at one size is not run at the larger sizes. The code of 4a0a80f was
quadratic on several families (and looped for ever on one): without the caps this benchmark ran
for hours.

Results go to the adversarial section of BENCHMARKS.md (`tests.fuzz.report`; the rest of the
file is kept) and a JSON copy to `build/adversarial.json`.

Usage: `python scripts/adversarial.py [--quick] [--sizes 100K,1M,10M] [--families a,b]
[--timeout 300] [--jobs 1] [--repeat 3] [--out BENCHMARKS.md]`; `--merge earlier.json` adds an
earlier run's results (`--report-only`: report them without measuring); `--child SEED` is the
measuring child.
"""

from __future__ import annotations

import argparse
import concurrent.futures
import json
import os
import platform
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import traceback
from dataclasses import asdict, dataclass, field, replace
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
MKDOCS = BIN / "mkdocs"
MB = 2**20
TARGET_S_PER_MB = 2.0
DEFAULT_SIZES = "100K,1M,10M"
QUICK_SIZES = "100K,1M"
SEED_NAME = "001_adversarial.txt"
BASELINE_BYTES = 3000

sys.path.insert(0, str(ROOT))  # tests.fuzz: the payload generators
sys.path.insert(0, str(ROOT / "scripts"))


def log(message: str) -> None:
    print(f"adversarial: {message}", file=sys.stderr, flush=True)


def parse_size(text: str) -> int:
    """ "100K" → 102400, "1M" → 1048576, "2500" → 2500."""
    text = text.strip().upper()
    scale = {"K": 1024, "M": MB}.get(text[-1:], 1)
    return int(float(text.rstrip("KM")) * scale)


def size_label(size: int) -> str:
    return f"{size / MB:g} MB" if size >= MB else f"{size / 1024:g} KB"


# --- the child: one conversion, measured --------------------------------------------------------


def child(seed: Path) -> int:
    """Convert and render `seed`, printing one JSON line per stage (so that a killed child still
    tells which stage it was in)."""

    def say(**fields) -> None:
        print(json.dumps(fields), flush=True)

    from brief.errors import BriefError
    from brief.pipeline import convert_path
    from brief.render.pages import render_brief

    from tests.fuzz.families import realistic

    warm = seed.with_name("000_warm-up.txt")
    warm.write_text(realistic(BASELINE_BYTES), encoding="utf-8")
    render_brief(convert_path(warm))
    warm.unlink()
    say(stage="imported")
    cpu, wall = time.process_time(), time.perf_counter()
    try:
        brief = convert_path(seed)
    except BriefError as err:
        say(stage="refused", error=str(err).replace(str(seed), "SEED"))
        return 0
    except BaseException as err:  # a crash is what we are here to record
        say(stage="convert-crash", error=_crash(err))
        return 0
    counts = {k: len(getattr(brief, k)) for k in ("cases", "figures", "glossary")}
    say(
        stage="converted",
        cpu=time.process_time() - cpu,
        wall=time.perf_counter() - wall,
        paragraphs=len(brief.paragraphs),
        **counts,
    )
    cpu, wall = time.process_time(), time.perf_counter()
    try:
        render_brief(brief)
    except BaseException as err:
        say(stage="render-crash", error=_crash(err))
        return 0
    say(stage="rendered", cpu=time.process_time() - cpu, wall=time.perf_counter() - wall)
    return 0


def _crash(err: BaseException) -> str:
    """Type, message (shortened) and the last two frames: enough to find the code."""
    frames = traceback.extract_tb(err.__traceback__)[-2:]
    where = " ← ".join(f"{Path(f.filename).name}:{f.lineno} {f.name}" for f in reversed(frames))
    return f"{type(err).__name__}: {str(err)[:160]} (at {where})"


# --- capped child processes ---------------------------------------------------------------------


@dataclass
class Run:
    status: str  # "done", "timeout", "failed" (non-zero exit)
    cpu: float
    wall: float
    peak_mb: float
    stdout: str
    stderr: str


# Sets the address-space cap, then becomes the command (exec: same process, so wait4 and the
# timeout see it). A wrapper rather than `preexec_fn`, which is unsafe with threads (`--jobs`).
_CAPPED = (
    "import os, resource, sys; cap = int(sys.argv[1]); "
    "resource.setrlimit(resource.RLIMIT_AS, (cap, cap)); os.execv(sys.argv[2], sys.argv[2:])"
)


def run_capped(cmd: list[str], *, timeout: float, memory_mb: int, env: dict[str, str]) -> Run:
    """Run `cmd` in its own process group under an address-space cap; kill the group after
    `timeout` seconds. CPU time and peak memory come from the kernel (wait4), so they cover the
    whole child however it ended."""

    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        start = time.perf_counter()
        process = subprocess.Popen(
            [sys.executable, "-c", _CAPPED, str(memory_mb * MB), *cmd],
            cwd=ROOT,
            env=env,
            stdout=out,
            stderr=err,
            stdin=subprocess.DEVNULL,
            start_new_session=True,
        )
        status = "done"
        while True:
            pid, code, usage = os.wait4(process.pid, os.WNOHANG)
            if pid:
                break
            if time.perf_counter() - start > timeout:
                os.killpg(process.pid, signal.SIGKILL)  # the group this call started
                _, code, usage = os.wait4(process.pid, 0)
                status = "timeout"
                break
            time.sleep(0.05)
        wall = time.perf_counter() - start
        process.returncode = os.waitstatus_to_exitcode(code)
        if status == "done" and process.returncode != 0:
            status = "failed"
        out.seek(0)
        err.seek(0)
        return Run(
            status,
            usage.ru_utime + usage.ru_stime,
            wall,
            usage.ru_maxrss / 1024,
            out.read(),
            err.read()[-20000:],
        )


# --- one family at one size ---------------------------------------------------------------------


@dataclass
class Result:
    family: str
    size: int
    bytes: int
    convert_cpu: float | None = None
    convert_wall: float | None = None
    render_cpu: float | None = None
    render_wall: float | None = None
    convert_peak_mb: float | None = None
    build_cpu: float | None = None  # the whole build, CPU seconds
    build_wall: float | None = None
    build_peak_mb: float | None = None
    share_cpu: float | None = None  # build_cpu minus that of the baseline build run before it
    convert_over: float | None = None  # killed after this many seconds
    render_over: float | None = None
    build_over: float | None = None
    skipped: str | None = None
    notes: list[str] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)
    repeats: int = 1  # runs the times are the median of

    @property
    def mb(self) -> float:
        return self.bytes / MB


def measure_convert(seed: Path, result: Result, timeout: float, memory_mb: int) -> None:
    env = {**os.environ, "PYTHONHASHSEED": "0"}
    run = run_capped(
        [sys.executable, __file__, "--child", str(seed)],
        timeout=timeout,
        memory_mb=memory_mb,
        env=env,
    )
    result.convert_peak_mb = run.peak_mb
    stages = [json.loads(line) for line in run.stdout.splitlines() if line.startswith("{")]
    last = stages[-1]["stage"] if stages else "start-up"
    for stage in stages:
        if stage["stage"] == "converted":
            result.convert_cpu, result.convert_wall = stage["cpu"], stage["wall"]
            result.counts = {k: stage[k] for k in ("paragraphs", "cases", "figures", "glossary")}
        elif stage["stage"] == "rendered":
            result.render_cpu, result.render_wall = stage["cpu"], stage["wall"]
        elif stage["stage"] == "refused":
            result.notes.append(f"refused: {stage['error']}")
        elif stage["stage"].endswith("crash"):
            result.notes.append(f"{stage['stage']}: {stage['error']}")
    if run.status == "timeout":
        doing = {"imported": "converting", "converted": "rendering"}.get(last, last)
        if doing == "converting":
            result.convert_over = run.wall
        elif doing == "rendering":
            result.render_over = run.wall
        result.notes.append(f"killed after {run.wall:.0f} s while {doing}")
    elif run.status == "failed":
        tail = (run.stderr.strip().splitlines() or ["no output"])[-1]
        result.notes.append(f"child failed ({last}): {tail[:200]}")


def measure_build(seeds: Path, dest: Path, timeout: float, memory_mb: int) -> tuple[Run, str]:
    env = {
        **os.environ,
        "NO_MKDOCS_2_WARNING": "1",
        "BRIEF_PROGRESS": "0",
        "BRIEF_CACHE": "off",
        "BRIEF_SEEDS": str(seeds),
        "PYTHONHASHSEED": "0",
    }
    run = run_capped(
        [str(MKDOCS), "build", "--clean", "-q", "-d", str(dest)],
        timeout=timeout,
        memory_mb=memory_mb,
        env=env,
    )
    errors = [line for line in run.stderr.splitlines() if "ERROR" in line]
    first = errors[0].split("ERROR", 1)[1].strip(" -:") if errors else ""
    return run, first.replace(str(seeds) + os.sep, "")[:240]


def baseline_build(work: Path, timeout: float, memory_mb: int) -> float:
    """CPU seconds of a build of one tiny ordinary seed: best of two (the fixed cost every
    build pays: Python, MkDocs, Material, imports, templates)."""
    from tests.fuzz.families import realistic

    seeds = work / "baseline"
    seeds.mkdir()
    (seeds / SEED_NAME).write_text(realistic(BASELINE_BYTES), encoding="utf-8")
    runs = [measure_build(seeds, work / "baseline-site", timeout, memory_mb)[0] for _ in range(2)]
    if any(r.status != "done" for r in runs):
        raise SystemExit(f"adversarial: the baseline build failed:\n{runs[0].stderr[-2000:]}")
    return min(r.cpu for r in runs)


def measure(
    family: str, size: int, work: Path, baseline: float, args: argparse.Namespace
) -> Result:
    from tests.fuzz.families import FAMILIES

    fam = FAMILIES[family]
    memory = args.risky_memory_mb if fam.risky else args.memory_mb
    folder = work / f"{family}-{size}"
    seeds = folder / "seeds"
    seeds.mkdir(parents=True)
    seed = seeds / SEED_NAME
    seed.write_text(fam.make(size), encoding="utf-8", newline="")
    # a shared machine's speed drifts by a fifth from one run to the next: small sizes are
    # measured `--repeat` times and the median run kept (a 10 MB run is long enough to even out)
    repeat = args.repeat if size <= MB else 1
    results = []
    for _ in range(repeat):
        result = Result(family, size, seed.stat().st_size)
        measure_convert(seed, result, args.timeout, memory)
        if result.convert_over is not None or result.render_over is not None:
            result.notes.append("build not run: conversion or rendering alone is over the cap")
            results.append(result)
            break  # over the cap: once is enough to say so
        # the baseline build right before, paired with this one: a shared machine's speed drifts
        # by a fifth over minutes, which a baseline measured once would add to every share
        base, _ = measure_build(work / "baseline", folder / "baseline-site", args.timeout, memory)
        run, error = measure_build(seeds, folder / "site", args.timeout, memory)
        result.build_wall, result.build_peak_mb = run.wall, run.peak_mb
        if run.status == "timeout":
            result.build_over = run.wall
            result.notes.append(f"build killed after {run.wall:.0f} s")
        else:
            result.build_cpu = run.cpu
            paired = base.cpu if base.status == "done" else baseline
            result.share_cpu = max(0.0, run.cpu - paired)
        if run.status == "failed":
            tail = (run.stderr.strip().splitlines() or ["no output"])[-1]
            result.notes.append(f"build failed: {tail[:200]}")
        if error:
            result.notes.append(f"build error: {error}")
        results.append(result)
        if result.notes:
            break  # a refusal, a crash or a cap: the same every time
    shutil.rmtree(folder, ignore_errors=True)
    return _median(results)


def _median(results: list[Result]) -> Result:
    """One result from repeated runs: the median conversion's and the median build's times
    (each its own median), the largest peaks."""
    if len(results) == 1:
        return results[0]
    by_convert = sorted(results, key=lambda r: r.convert_cpu or 0.0)
    by_build = sorted(results, key=lambda r: r.build_cpu or 0.0)
    mid = len(results) // 2
    out = replace(by_convert[mid])
    for name in ("build_cpu", "build_wall", "share_cpu"):
        setattr(out, name, getattr(by_build[mid], name))
    out.convert_peak_mb = max(r.convert_peak_mb or 0.0 for r in results) or None
    out.build_peak_mb = max(r.build_peak_mb or 0.0 for r in results) or None
    out.repeats = len(results)
    return out


# --- the report ---------------------------------------------------------------------------------


def _seconds(value: float | None, over: float | None) -> str:
    if over is not None:
        return f"> {over:.0f}"
    return "–" if value is None else f"{value:.2f}"


def budget(mb: float) -> float:
    """Seconds a seed of `mb` MB may take: the target rate, with seeds under 1 MB given 1 MB's.

    A brief has a cost that does not grow with its bytes: its pages, and its items up to the
    item limits (`brief.limits`), whose cards, rows and quotes cost the build a few milliseconds
    each. A 100 KB seed dense with items pays that whole cost (about a second at the limits), so
    its seconds per MB measure the item limits, not how the work grows; the rate is judged from
    1 MB up, and a smaller seed is held to the 1 MB budget. Linearity is judged by the slope.
    """
    return TARGET_S_PER_MB * max(mb, 1.0)


def _per_mb(value: float | None, over: float | None, mb: float) -> str:
    if over is not None:
        return f"> {over / mb:.1f} ❌"
    if value is None:
        return "–"
    mark = "✅" if value < budget(mb) else "❌"
    if mb < 1:
        return f"({value / mb:.1f}) {mark}"
    return f"{value / mb:.2f} {mark}"


def _previous(results: list[Result], r: Result) -> Result | None:
    """The same family's result at the next smaller size measured, if any."""
    smaller = [s for s in results if s.family == r.family and s.size < r.size]
    return max(smaller, key=lambda s: s.size) if smaller else None


def _slope(results: list[Result], r: Result) -> str:
    """Build share added per MB since the next smaller size measured: the marginal rate."""
    prev = _previous(results, r)
    if prev is None or None in (r.share_cpu, prev.share_cpu) or r.build_over or prev.build_over:
        return ""
    rate = (r.share_cpu - prev.share_cpu) / (r.mb - prev.mb)
    return f"{rate:.2f} {'✅' if rate < TARGET_S_PER_MB else '❌'}"


def _growth(results: list[Result], r: Result, attr: str, over_attr: str) -> str:
    """Time at this size over time at the next smaller size measured (×10 in size: linear ≈ 10)."""
    prev = _previous(results, r)
    if prev is None:
        return ""
    now, before = getattr(r, attr), getattr(prev, attr)
    if before is None or before < 0.05 or getattr(prev, over_attr) is not None:
        return ""
    factor = r.size / prev.size
    if getattr(r, over_attr) is not None:
        return f"> {getattr(r, over_attr) / before:.0f} (×{factor:g} bytes)"
    return "" if now is None else f"{now / before:.1f} (×{factor:g} bytes)"


def report(results: list[Result], args: argparse.Namespace, baseline: float, took: float) -> str:
    from tests.fuzz.families import FAMILIES

    cores = os.cpu_count()
    shown = args.argv_shown if args.report_only and args.argv_shown else args.argv
    command = "python scripts/adversarial.py " + " ".join(shown)

    def over_target(value_of, over_of) -> str:
        names = {
            r.family
            for r in results
            if over_of(r) is not None or (value_of(r) is not None and value_of(r) >= budget(r.mb))
        }
        return ", ".join(sorted(names)) or "none"

    slow_convert = over_target(lambda r: r.convert_cpu, lambda r: r.convert_over)
    slow_build = over_target(
        lambda r: r.share_cpu, lambda r: r.build_over or r.render_over or r.convert_over
    )
    steep = (
        ", ".join(sorted({r.family for r in results if _slope(results, r).endswith("❌")}))
        or "none"
    )
    failing = sorted(
        {
            r.family
            for r in results
            if any("crash" in n or n.startswith(("build failed", "child failed")) for n in r.notes)
        }
    )
    out = [
        "### Payload families",
        "",
        f"Measured {args.measured} on the code of {args.revision or 'this tree'}, "
        f"{cores} CPU cores, Python "
        f"{platform.python_version()}, {platform.system()} {platform.machine()}, by "
        f"`{command.strip()}` ({took / 60:.0f} min; load average {args.load:.1f} at the "
        f'end). Each child process was killed after {args.timeout:.0f} s ("> N") and ran under '
        f"an address-space cap of {args.memory_mb} MB ({args.risky_memory_mb} MB for the "
        "families that have exhausted memory before); a family over the cap at one size was "
        "not run at larger sizes.",
        "",
        "**convert** is `convert_path` (read, clean, extract), **render** is `render_brief`, both "
        "CPU seconds in a fresh process after imports and a warm-up conversion of a tiny seed; "
        f"up to 1 MB each time is the median of {args.repeat} runs (conversion and build "
        "separately), 10 MB one run; "
        "**build share** is the CPU seconds of "
        "`mkdocs build` of a site holding only that seed minus those of the same build of a "
        f"tiny seed run just before it (paired: the machine's speed drifts; {baseline:.2f} s at "
        "the start), so it includes the conversion. s/MB is judged against "
        f"the target, {TARGET_S_PER_MB:g} s per MB (MB = 2^20 bytes), from 1 MB up; a smaller "
        f"seed is held to the 1 MB budget ({budget(0):g} s; its rate, in brackets, measures "
        "what its items cost: every brief pays for its pages, and for its items up to the "
        "item limits, whatever its size). **slope** is the build share added per MB since the "
        "previous size (the marginal rate, judged against the target too). **growth** is the "
        "conversion time over that at the previous size (10× the bytes: linear is about 10). "
        "Peak memory is the child's largest resident set (conversion and rendering; the build).",
        "",
        f"Conversion over its budget or the cap at some size: {slow_convert}. "
        f"Build share over its budget or the cap: {slow_build}. "
        f"Build slope over {TARGET_S_PER_MB:g} s/MB: {steep}. "
        f"Crashing (conversion, rendering or the build): {', '.join(failing) or 'none'}.",
        "",
        "| family | size | convert s | s/MB | render s | build share s | s/MB | slope s/MB "
        "| growth | peak MB | notes |",
        "| --- | --- | ---: | --- | ---: | ---: | --- | --- | --- | ---: | --- |",
    ]
    for r in results:
        if r.skipped:
            dashes = "| – " * 5
            out.append(f"| {r.family} | {size_label(r.size)} {dashes}| | | | {r.skipped} |")
            continue
        over = r.build_over or r.render_over or r.convert_over
        failed = any(n.startswith("build failed") for n in r.notes)
        share = "failed" if failed and over is None else _seconds(r.share_cpu, over)
        peak = " / ".join(f"{p:.0f}" for p in (r.convert_peak_mb, r.build_peak_mb) if p)
        notes = "; ".join(n.replace("|", "\\|") for n in r.notes)
        out.append(
            f"| {r.family} | {size_label(r.size)} "
            f"| {_seconds(r.convert_cpu, r.convert_over)} "
            f"| {_per_mb(r.convert_cpu, r.convert_over, r.mb)} "
            f"| {_seconds(r.render_cpu, r.render_over)} "
            f"| {share} "
            f"| {_per_mb(r.share_cpu, over, r.mb) if share != 'failed' else '–'} "
            f"| {_slope(results, r)} "
            f"| {_growth(results, r, 'convert_cpu', 'convert_over')} "
            f"| {peak} | {notes} |"
        )
    out += ["", "Families:", ""]
    for name in dict.fromkeys(r.family for r in results):
        out.append(f"- **{name}**: {FAMILIES[name].about}.")
    return "\n".join(out) + "\n"


# --- main ---------------------------------------------------------------------------------------


def _revision() -> str:
    """The commit measured (with "+ local changes" when the tree differs from it)."""
    try:
        return subprocess.run(
            ["git", "-C", str(ROOT), "describe", "--always", "--dirty=+ local changes"],
            capture_output=True,
            text=True,
            timeout=10,
        ).stdout.strip()
    except OSError:
        return ""


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--sizes", default=DEFAULT_SIZES, help="e.g. 100K,1M,10M")
    parser.add_argument("--quick", action="store_true", help=f"sizes {QUICK_SIZES} only")
    parser.add_argument("--families", help="comma-separated names (default: all)")
    parser.add_argument("--timeout", type=float, default=300, help="seconds per child process")
    parser.add_argument("--memory-mb", type=int, default=8192, help="address-space cap")
    parser.add_argument("--risky-memory-mb", type=int, default=2048)
    parser.add_argument("--jobs", type=int, default=1, help="families measured at once")
    parser.add_argument(
        "--repeat", type=int, default=3, help="runs per family at sizes up to 1 MB (the median)"
    )
    parser.add_argument("--out", type=Path, default=ROOT / "BENCHMARKS.md")
    parser.add_argument("--json", type=Path, default=ROOT / "build" / "adversarial.json")
    parser.add_argument("--no-write", action="store_true", help="print the report only")
    parser.add_argument(
        "--merge",
        type=Path,
        action="append",
        default=[],
        help="results (--json) of an earlier run to report too; this run's results win",
    )
    parser.add_argument(
        "--report-only", action="store_true", help="measure nothing: report the --merge files"
    )
    parser.add_argument("--revision", default=_revision(), help="the code measured, for the report")
    args = parser.parse_args(argv)
    args.argv = argv
    args.argv_shown = []  # with --report-only: the command of the first merged run
    args.load = os.getloadavg()[0]
    args.measured = date.today().isoformat()
    if args.child:
        return child(args.child)

    from tests.fuzz.families import FAMILIES
    from tests.fuzz.report import replace_part

    names = args.families.split(",") if args.families else list(FAMILIES)
    unknown = [n for n in names if n not in FAMILIES]
    if unknown:
        parser.error(f"unknown families {unknown}; known: {', '.join(FAMILIES)}")
    sizes = sorted(parse_size(s) for s in (QUICK_SIZES if args.quick else args.sizes).split(","))
    merged: dict[tuple[str, int], Result] = {}  # a later file's result wins
    baselines, took = [], 0.0
    for path in args.merge:
        data = json.loads(path.read_text(encoding="utf-8"))
        merged.update({(r["family"], r["size"]): Result(**r) for r in data["results"]})
        baselines.append(data["baseline"])
        took += data["took"]
        if args.report_only and not args.argv_shown:
            args.argv_shown = data.get("argv", [])
            args.revision = data.get("revision") or args.revision
            args.load = data.get("load", args.load)
            args.measured = data.get("measured", args.measured)
    if args.report_only:
        if not args.merge:
            parser.error("--report-only needs --merge FILE (the --json of an earlier run)")
        names = []
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="brief-adversarial-") as tmp:
        work = Path(tmp)
        baseline = baseline_build(work, args.timeout, args.memory_mb) if names else baselines[0]
        log(f"baseline build {baseline:.2f} s CPU")

        def family_runs(name: str) -> list[Result]:
            """Sizes in increasing order; once the conversion or the build is over the cap,
            larger sizes would be too (and would take the cap each to say so)."""
            done: list[Result] = []
            for size in sizes:
                over = next(
                    (r for r in done if r.convert_over or r.render_over or r.build_over), None
                )
                if over is not None:
                    skipped = Result(name, size, size)
                    skipped.skipped = f"not run: over the cap at {size_label(over.size)}"
                    done.append(skipped)
                    continue
                r = measure(name, size, work, baseline, args)
                log(
                    f"{name} {size_label(size)}: convert {_seconds(r.convert_cpu, r.convert_over)}"
                    f" s, render {_seconds(r.render_cpu, r.render_over)} s, build share "
                    f"{_seconds(r.share_cpu, r.build_over)} s {'; '.join(r.notes)[:300]}"
                )
                done.append(r)
            return done

        with concurrent.futures.ThreadPoolExecutor(args.jobs) as pool:
            by_family = list(pool.map(family_runs, names))
    results = [r for runs in by_family for r in runs]
    took += time.perf_counter() - started
    fresh = {(r.family, r.size) for r in results}
    results += [r for key, r in merged.items() if key not in fresh]
    order = list(FAMILIES)
    results.sort(key=lambda r: (order.index(r.family), r.size))
    if not args.report_only:
        args.load = os.getloadavg()[0]  # at the end of the run, as the report says
    text = report(results, args, baseline, took)
    args.json.parent.mkdir(parents=True, exist_ok=True)
    saved = {
        "baseline": baseline,
        "took": took,
        "argv": args.argv_shown if args.report_only else args.argv,
        "revision": args.revision,
        "load": args.load,
        "measured": args.measured,
        "results": [asdict(r) for r in results],
    }
    args.json.write_text(json.dumps(saved, indent=1), encoding="utf-8")
    if args.no_write:
        print(text)
    else:
        replace_part(args.out, "families", text)
        log(f"wrote {args.out} (and {args.json})")
    return 0


if __name__ == "__main__":
    sys.exit(main())

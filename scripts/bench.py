"""`make bench`: measure the converter and the site build, and write BENCHMARKS.md.

Measures, on this machine:
- conversion time per seed, split into clean (read + clean), extract (sections … findings, the
  model) and render (Markdown pages and data files), after start-up, for the seed and every
  corpus page (`../shared/corpus/extraction/`), with the peak memory each needs (tracemalloc);
- `mkdocs build --strict` of 1, 10 and 100 briefs (the seed, corpus pages and copies of them as
  seeds in a temporary folder), its peak memory, and the conversion's share of it;
- `mkdocs serve`: from saving a change to a seed until the rebuilt page is served;
- page weight and search-index size per brief.

Usage: `python scripts/bench.py [--out BENCHMARKS.md] [--sizes 1,10,100] [--quick]`.
Progress goes to stderr; nothing is written into the repository except the report.
"""

from __future__ import annotations

import argparse
import gc
import itertools
import json
import os
import platform
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_84791c8b7dbab018.txt"
CORPUS = ROOT.parent / "shared" / "corpus" / "extraction"
BIN = Path(sys.executable).parent
MKDOCS = BIN / "mkdocs"

# The targets on a 2-core machine.
TARGET_CONVERT_MS = 50
TARGET_SHARE = 0.10
TARGET_BUILD_100_S = 60
TARGET_MEMORY_MB = 500
TARGET_SERVE_S = 3
LOAD_AT_START = os.getloadavg()

sys.path.insert(0, str(ROOT / "scripts"))

from brief.pipeline import convert_path  # noqa: E402
from brief.render.pages import PAGES as BRIEF_PAGES  # noqa: E402
from brief.site.cache import CACHE_ENV  # noqa: E402

# A brief's pages as URL folders: "" (overview), "cases/", …
PAGES = tuple("" if name == "index.md" else name.removesuffix(".md") + "/" for name in BRIEF_PAGES)


def log(message: str) -> None:
    print(f"bench: {message}", file=sys.stderr, flush=True)


# --- conversion ---------------------------------------------------------------------------------


@dataclass
class Conversion:
    name: str
    chars: int
    clean_ms: float
    extract_ms: float
    render_ms: float
    peak_mb: float
    error: str | None = None

    @property
    def total_ms(self) -> float:
        return self.clean_ms + self.extract_ms + self.render_ms


def _best_of(fn, repeat: int) -> tuple[float, object]:
    best, result = float("inf"), None
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn()
        best = min(best, time.perf_counter() - start)
    return best * 1000, result


TARGET_TAG_RATE = 1000  # sentences a second through `brief tag` in one process (issue 12)
TAG_SENTENCES = ROOT / "tests" / "gold" / "sentences"


def measure_tag(repeat: int) -> tuple[float, int]:
    """Sentences a second through `brief tag`'s function, on the annotated sentences (real
    news and report sentences of every kind), CPU time, best of `repeat` runs."""
    from brief.tag import tag_lines

    lines = [
        json.dumps({"text": json.loads(line)["text"], "published": "2024-06-05"}) + "\n"
        for path in sorted(TAG_SENTENCES.glob("*.jsonl"))
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    best = float("inf")
    for _ in range(repeat):
        start = time.process_time()
        count = sum(1 for _ in tag_lines(lines))
        best = min(best, time.process_time() - start)
    return count / best, count


def convert_one(path: Path, repeat: int) -> Conversion:
    from brief import pipeline
    from brief.errors import BriefError
    from brief.read import read_seed
    from brief.render.pages import render_brief

    seed = read_seed(path)
    try:
        clean_ms, cleaned = _best_of(lambda: pipeline.clean_seed(read_seed(path)), repeat)
        original = pipeline.clean_seed
        pipeline.clean_seed = lambda _seed: cleaned  # time the rest of `convert` alone
        try:
            extract_ms, brief = _best_of(lambda: pipeline.convert(seed), repeat)
        finally:
            pipeline.clean_seed = original
        render_ms, _ = _best_of(lambda: render_brief(brief), repeat)
    except BriefError as err:
        return Conversion(path.name, len(seed.text), 0, 0, 0, 0, str(err).split(": ", 1)[-1])
    gc.collect()
    tracemalloc.start()
    render_brief(pipeline.convert_path(path))
    peak = tracemalloc.get_traced_memory()[1] / 2**20
    tracemalloc.stop()
    return Conversion(path.name, len(seed.text), clean_ms, extract_ms, render_ms, peak)


def measure_conversion(paths: list[Path], repeat: int) -> list[Conversion]:
    convert_one(SEED, 1)  # start-up: imports, compiled regexes, templates
    results = []
    for n, path in enumerate(paths, 1):
        results.append(convert_one(path, repeat))
        if n % 10 == 0 or n == len(paths):
            log(f"converted {n}/{len(paths)} pages")
    return results


# --- builds -------------------------------------------------------------------------------------


def make_seeds(folder: Path, count: int, corpus: list[Path]) -> None:
    """The seed (and its sidecar), then corpus pages, then copies of them, up to `count`."""
    folder.mkdir(parents=True)
    shutil.copy(SEED, folder / SEED.name)
    shutil.copy(SEED.with_suffix(".yml"), folder / SEED.with_suffix(".yml").name)
    sources = [SEED, *corpus] if corpus else [SEED]
    for n in range(1, count):
        source = sources[n % len(sources)]
        copy = n // len(sources)
        name = f"{n:03d}_{source.stem[:20]}" + (f"_copy{copy}" if copy else "") + ".txt"
        shutil.copy(source, folder / name)


@dataclass
class Build:
    briefs: int
    seconds: float
    generate_seconds: float
    peak_mb: float
    ok: bool
    site: Path
    cpu_seconds: float = 0.0
    # Rebuild of the same seeds with the build cache the first build filled (`make build` again,
    # `mkdocs serve`): CPU seconds of the build and of the conversion alone.
    rebuild_cpu_seconds: float = 0.0
    rebuild_generate_seconds: float = 0.0


def build(seeds: Path, dest: Path, env: dict[str, str]) -> tuple[float, bool, str, float, float]:
    """`mkdocs build --strict` in a fresh process: wall seconds, success, stderr, peak RSS in MB,
    CPU seconds (user + system: unlike wall time, hardly affected by other work)."""
    with tempfile.TemporaryFile("w+") as err:
        start = time.perf_counter()
        process = subprocess.Popen(
            [str(MKDOCS), "build", "--strict", "--clean", "-d", str(dest)],
            cwd=ROOT,
            env={**env, "BRIEF_SEEDS": str(seeds)},
            stdout=subprocess.DEVNULL,
            stderr=err,
        )
        _, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - start
        process.returncode = os.waitstatus_to_exitcode(status)
        err.seek(0)
        cpu = usage.ru_utime + usage.ru_stime
        return seconds, process.returncode == 0, err.read(), usage.ru_maxrss / 1024, cpu


def generate_seconds(seeds: Path, cache: Path) -> float:
    """CPU seconds of what the hook does inside a build: convert every seed, render every page
    (CPU time, comparable with the build's CPU time whatever else runs on the machine), with
    `cache` as the build cache (an empty folder: as in a first build)."""
    code = (
        "import sys, time; from pathlib import Path; sys.path.insert(0, sys.argv[2]);"
        "from brief.site.generate import generate; t = time.process_time();"
        "r = generate(Path(sys.argv[1])); print(time.process_time() - t, len(r.briefs))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code, str(seeds), str(ROOT / "scripts")],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "BRIEF_PROGRESS": "0", CACHE_ENV: str(cache)},
    )
    return float(out.stdout.split()[0])


def measure_builds(sizes: list[int], corpus: list[Path], work: Path) -> list[Build]:
    """First builds (empty build cache, as in CI or a fresh clone) and rebuilds (the build cache
    that first build filled, as `make build` again or `mkdocs serve`), each with the conversion
    timed alone in the same cache state. The cache is kept in `work`, never in the repository."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "BRIEF_PROGRESS": "0"}
    caches = itertools.count()

    def empty_cache() -> Path:
        return work / "build-caches" / str(next(caches))

    # Warm the file cache and Python's bytecode cache once, so the first size is not penalised.
    warm = work / "warm"
    make_seeds(warm / "seeds", 1, corpus)
    build(warm / "seeds", warm / "site", {**env, CACHE_ENV: "off"})  # result not kept
    results = []
    for size in sizes:
        folder = work / f"n{size}"
        make_seeds(folder / "seeds", size, corpus)
        # Best of three runs, the build and its conversion alike: on this virtual machine even
        # CPU time varies by ±20% between identical runs, and other work only ever adds time.
        repeat = 3
        caches_used = [empty_cache() for _ in range(repeat)]
        runs = [
            build(folder / "seeds", folder / "site", {**env, CACHE_ENV: str(cache)})
            for cache in caches_used
        ]
        seconds, ok, stderr, peak, cpu = min(runs, key=lambda run: run[4])
        if not ok:
            log(f"{size} briefs: strict build failed:\n{stderr[-2000:]}")
        gen = min(generate_seconds(folder / "seeds", empty_cache()) for _ in range(repeat))
        filled = caches_used[0]
        rebuild_cpu = min(
            build(folder / "seeds", folder / "site", {**env, CACHE_ENV: str(filled)})[4]
            for _ in range(repeat)
        )
        regen = min(generate_seconds(folder / "seeds", filled) for _ in range(repeat))
        results.append(
            Build(size, seconds, gen, peak, ok, folder / "site", cpu, rebuild_cpu, regen)
        )
        log(
            f"{size} briefs: build {seconds:.2f} s ({cpu:.2f} s CPU), conversion {gen:.2f} s; "
            f"rebuild {rebuild_cpu:.2f} s CPU, conversion {regen:.2f} s"
        )
    return results


# --- page weight and search index ---------------------------------------------------------------


@dataclass
class Weight:
    folder: str
    html_kb: float
    data_kb: float
    search_kb: float


def measure_weight(site: Path) -> tuple[list[Weight], float, float, dict[str, float]]:
    index = json.loads((site / "search" / "search_index.json").read_text("utf-8"))
    per_brief: dict[str, int] = {}
    per_page: dict[str, float] = {}  # search-index KB by page kind ("", "cases/", …)
    for doc in index["docs"]:
        if doc["location"].startswith("briefs/"):
            folder = doc["location"].split("/")[1]
            kind = doc["location"].split("#")[0].split("/", 2)[2]
            size = len(json.dumps(doc, ensure_ascii=False).encode("utf-8"))
            per_brief[folder] = per_brief.get(folder, 0) + size
            per_page[kind] = per_page.get(kind, 0) + size / 1024
    weights = []
    for folder in sorted(p for p in (site / "briefs").iterdir() if p.is_dir()):
        html = sum((folder / page / "index.html").stat().st_size for page in PAGES)
        data = sum(p.stat().st_size for p in folder.iterdir() if p.is_file())
        weights.append(
            Weight(folder.name, html / 1024, data / 1024, per_brief.get(folder.name, 0) / 1024)
        )
    assets = sum(p.stat().st_size for p in (site / "assets").rglob("*") if p.is_file())
    index_kb = (site / "search" / "search_index.json").stat().st_size / 1024
    return weights, assets / 1024, index_kb, per_page


# --- mkdocs serve -------------------------------------------------------------------------------


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _get(url: str) -> str | None:
    try:
        with urllib.request.urlopen(url, timeout=2) as response:
            return response.read().decode("utf-8", "replace")
    except (urllib.error.URLError, ConnectionError, TimeoutError, OSError):
        return None


def _wait_for(url: str, needle: str, timeout: float) -> float | None:
    start = time.perf_counter()
    while time.perf_counter() - start < timeout:
        page = _get(url)
        if page is not None and needle in page:
            return time.perf_counter() - start
        time.sleep(0.05)
    return None


def serve_config(work: Path, seeds: Path) -> Path:
    """mkdocs.yml with `watch` pointed at the temporary seeds folder only (the base config
    watches `seeds/` of the repository, which the benchmark must not edit, and `scripts/`, where
    an edit by someone else, or a fresh `.pyc`, would start an extra rebuild mid-measurement)."""
    config = work / "mkdocs-bench.yml"
    config.write_text(
        f"INHERIT: {ROOT / 'mkdocs.yml'}\n"
        f"docs_dir: {ROOT / 'docs'}\n"
        f"hooks: [{ROOT / 'scripts/brief/site/hook.py'}]\n"
        f"theme: {{name: material, custom_dir: {ROOT / 'overrides'}}}\n"
        f"watch: [{seeds}]\n",
        encoding="utf-8",
    )
    return config


def _cpu_seconds(pid: int) -> float:
    """User + system CPU time of a running process (Linux /proc), in seconds."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def measure_serve(work: Path, edits: int) -> tuple[float | None, list[float], list[float], str]:
    seeds = work / "serve-seeds"
    make_seeds(seeds, 1, [])
    port = _free_port()
    base = f"http://127.0.0.1:{port}/"
    env = {
        **os.environ,
        "NO_MKDOCS_2_WARNING": "1",
        "BRIEF_SEEDS": str(seeds),
        CACHE_ENV: str(work / "serve-cache"),
    }
    config = serve_config(work, seeds)
    log_file = (work / "serve.log").open("w")
    process = subprocess.Popen(
        [str(MKDOCS), "serve", "-f", str(config), "-a", f"127.0.0.1:{port}"],
        cwd=ROOT,
        env=env,
        stdout=log_file,
        stderr=subprocess.STDOUT,
    )
    times: list[float] = []
    cpus: list[float] = []
    startup = None
    try:
        startup = _wait_for(base, "Research briefs", 120)
        if startup is None:
            return None, [], [], "serve did not start"
        home = _get(base) or ""
        folder = re.search(r'href="briefs/([^/"]+)/"', home).group(1)
        page = f"{base}briefs/{folder}/text/"
        seed = seeds / SEED.name
        original = seed.read_text("utf-8")
        # Edit a word of the article's first paragraph (shown on the Full text page), in place.
        first = convert_path(seed).paragraphs[0].text
        word = max(re.findall(r"[^\W\d_]{4,}", first), key=len)
        for n in range(1, edits + 1):
            marker = f"Benchmarkedit{n}x"
            time.sleep(1.0)  # let the watcher settle after the previous build
            edited = first.replace(word, marker, 1)
            seed.write_text(original.replace(first, edited, 1), encoding="utf-8")
            cpu = _cpu_seconds(process.pid)
            took = _wait_for(page, marker, 60)
            if took is None:
                return startup, times, cpus, f"edit {n} never appeared on {page}"
            times.append(took)
            cpus.append(_cpu_seconds(process.pid) - cpu)
        return startup, times, cpus, ""
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
        log_file.close()


# --- profile --------------------------------------------------------------------------------------


# (label, file suffix, function) of the parts of a build worth naming.
PROFILE_PARTS = (
    ("whole build", "mkdocs/commands/build.py", "build"),
    ("brief hook: convert seeds, render pages (on_config)", "site/hook.py", "on_config"),
    ("Markdown → HTML (Python-Markdown)", "markdown/core.py", "convert"),
    ("theme templates (Jinja, whole page)", "jinja2/environment.py", "render"),
    ("— of which the navigation (Material nav.html)", "partials/nav.html", "root"),
    ("search index (Material search plugin)", "search/plugin.py", "on_page_context"),
)


def profile_build(seeds: Path, dest: Path) -> list[tuple[str, float, float]]:
    """cProfile of a whole `mkdocs build`: (part, seconds under the profiler, share)."""
    import pstats

    out = dest.parent / "build.prof"
    subprocess.run(
        [sys.executable, "-m", "cProfile", "-o", str(out), str(MKDOCS), "build", "-d", str(dest)],
        cwd=ROOT,
        env={
            **os.environ,
            "NO_MKDOCS_2_WARNING": "1",
            "BRIEF_PROGRESS": "0",
            "BRIEF_SEEDS": str(seeds),
            CACHE_ENV: str(dest.parent / "profile-cache"),  # empty: a first build
        },
        capture_output=True,
        check=True,
        timeout=1800,
    )
    stats = pstats.Stats(str(out)).stats  # {(file, line, func): (cc, nc, tt, ct, callers)}
    cumulative: dict[str, float] = {}
    for label, suffix, func in PROFILE_PARTS:
        times = [v[3] for k, v in stats.items() if k[0].endswith(suffix) and k[2] == func]
        cumulative[label] = max(times, default=0.0)  # outermost call (recursion counts once)
    total = cumulative["whole build"] or 1.0
    return [(label, t, t / total) for label, t in cumulative.items()]


# --- report -------------------------------------------------------------------------------------


def _ok(passed: bool) -> str:
    return "✅" if passed else "❌ missed"


def _ms(values: list[float]) -> str:
    return f"{statistics.median(values):.1f} / {max(values):.1f}"


def report(
    conversions: list[Conversion],
    builds: list[Build],
    weights: list[Weight],
    assets_kb: float,
    index_kb: float,
    per_page: dict[str, float],
    serve: tuple[float | None, list[float], list[float], str],
    profile: list[tuple[str, float, float]],
    seconds: float,
    tag_rate: tuple[float, int],
) -> str:
    seed = conversions[0]
    ok = [c for c in conversions[1:] if c.error is None]
    failed = [c for c in conversions[1:] if c.error is not None]
    typical = statistics.median([c.total_ms for c in ok]) if ok else seed.total_ms
    peak_convert = max(c.peak_mb for c in conversions if c.error is None)
    peak_build = max((b.peak_mb for b in builds), default=0)
    by_size = {b.briefs: b for b in builds}
    startup, serve_times, serve_cpus, serve_error = serve
    serve_median = statistics.median(serve_times) if serve_times else None
    cpu = os.cpu_count()

    out = [
        "# Benchmarks",
        "",
        "Written by `make bench` (`scripts/bench.py`); numbers from one run on this machine: "
        f"{cpu} CPU cores, Python {platform.python_version()}, {platform.system()} "
        f"{platform.machine()}. The benchmark took {seconds:.0f} s; load average "
        f"{LOAD_AT_START[0]:.1f} at its start and {os.getloadavg()[0]:.1f} at its end (other "
        "work on the machine slows every number down). Re-run it after a change to the "
        "converter, the templates or the configuration, and commit the new report.",
        "",
        "## Targets",
        "",
        "| target | measured | |",
        "| --- | --- | --- |",
        f"| conversion of a typical article < {TARGET_CONVERT_MS} ms (after start-up) "
        f"| {typical:.1f} ms median over {len(ok)} corpus pages, "
        f"{seed.total_ms:.1f} ms for the seed "
        f"| {_ok(typical < TARGET_CONVERT_MS)} |",
        f"| `brief tag` ≥ {TARGET_TAG_RATE:,} sentences a second in one process "
        f"| {tag_rate[0]:,.0f} sentences/s CPU over the {tag_rate[1]:,} annotated sentences "
        f"| {_ok(tag_rate[0] >= TARGET_TAG_RATE)} |",
    ]
    if 100 in by_size:
        b = by_size[100]
        share = b.generate_seconds / b.cpu_seconds
        out.append(
            f"| conversion < {TARGET_SHARE:.0%} of the build time (100 briefs) "
            f"| first build {share:.0%} ({b.generate_seconds:.1f} s of {b.cpu_seconds:.1f} s CPU); "
            f"rebuild {b.rebuild_generate_seconds / b.rebuild_cpu_seconds:.0%} "
            f"({b.rebuild_generate_seconds:.1f} s of {b.rebuild_cpu_seconds:.1f} s) "
            f"| {_ok(share < TARGET_SHARE)} |"
        )
        out.append(
            f"| 100-brief site built in < {TARGET_BUILD_100_S} s "
            f"| {b.cpu_seconds:.1f} s CPU ({b.seconds:.1f} s wall on the loaded machine) "
            f"| {_ok(b.cpu_seconds < TARGET_BUILD_100_S and b.ok)} |"
        )
    out.append(
        f"| peak memory < {TARGET_MEMORY_MB} MB | conversion {peak_convert:.1f} MB (Python heap), "
        f"largest build {peak_build:.0f} MB (process RSS) "
        f"| {_ok(max(peak_convert, peak_build) < TARGET_MEMORY_MB)} |"
    )
    if serve_median is not None:
        out.append(
            f"| `mkdocs serve` rebuild after a seed edit < {TARGET_SERVE_S} s (one-seed site) "
            f"| {serve_median:.2f} s wall, median of {len(serve_times)} edits "
            f"(the server used {statistics.median(serve_cpus):.2f} s CPU per rebuild) "
            f"| {_ok(serve_median < TARGET_SERVE_S)} |"
        )
    else:
        out.append(
            f"| `mkdocs serve` rebuild < {TARGET_SERVE_S} s | not measured: {serve_error} | ❌ |"
        )

    out += [
        "",
        "Build times are judged on CPU time: a build is one single-threaded process that "
        "hardly waits for the disk, so on an otherwise idle machine its wall time is about its "
        "CPU time; wall times here include waiting for the CPU while other jobs ran (see the "
        "load average above). Every build and every conversion is timed three times and the "
        "best run kept: on this virtual machine even the CPU time of identical runs varies by "
        "up to ±20%. `mkdocs serve` is judged on wall time, as measured.",
        "",
        "## Conversion per seed",
        "",
        "Best of several runs per page, after start-up (imports, compiled patterns, templates). "
        "**clean** = read the seed and find the article; **extract** = sections, cases, figures, "
        "recommendations, glossary, findings and the model; **render** = the brief's "
        f"{len(PAGES)} Markdown pages and its data files. Peak memory: Python heap during one "
        "conversion (tracemalloc).",
        "",
        "| pages | clean ms | extract ms | render ms | total ms | peak MB |",
        "| --- | --- | --- | --- | --- | --- |",
        f"| the seed ({seed.chars:,} characters) | {seed.clean_ms:.1f} | {seed.extract_ms:.1f} "
        f"| {seed.render_ms:.1f} | {seed.total_ms:.1f} | {seed.peak_mb:.1f} |",
    ]
    if ok:
        out.append(
            f"| {len(ok)} corpus pages, median / max "
            f"| {_ms([c.clean_ms for c in ok])} | {_ms([c.extract_ms for c in ok])} "
            f"| {_ms([c.render_ms for c in ok])} | {_ms([c.total_ms for c in ok])} "
            f"| {_ms([c.peak_mb for c in ok])} |"
        )
        slowest = max(ok, key=lambda c: c.total_ms)
        out += [
            "",
            f"Slowest corpus page: `{slowest.name[:24]}…` ({slowest.chars:,} characters, "
            f"{slowest.total_ms:.1f} ms).",
        ]
    if failed:
        reasons = sorted({c.error for c in failed})
        out += [
            "",
            f"{len(failed)} corpus page(s) are refused by the converter (no timing): "
            + "; ".join(f"`{r}`" for r in reasons)
            + ".",
        ]

    out += [
        "",
        "## Site build",
        "",
        "`mkdocs build --strict` in a fresh process (what `make build` and CI run), with the seed, "
        "corpus pages and copies of them as seeds in a temporary folder (`BRIEF_SEEDS`). "
        "*Conversion* is the hook's work (`generate`: convert every seed and render its pages), "
        "timed (CPU) on its own in a separate process; the rest is MkDocs and Material "
        "turning Markdown into HTML, the search index and the sitemap. Peak memory: the build "
        "process's largest resident set size. A *first build* starts with an empty build cache "
        "(CI, a fresh clone: every seed is converted); a *rebuild* of the same seeds "
        "(`make build` again, `mkdocs serve`) reads the conversions and compiled templates the "
        "first build stored (`build/cache/`; here a temporary folder) and only renders the pages.",
        "",
        "| briefs | build s (wall) | build CPU s | CPU s per brief | conversion CPU s | share "
        "| rebuild CPU s | its conversion CPU s | share | peak MB | strict |",
        "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    for b in builds:
        out.append(
            f"| {b.briefs} | {b.seconds:.2f} | {b.cpu_seconds:.2f} "
            f"| {b.cpu_seconds / b.briefs:.3f} "
            f"| {b.generate_seconds:.2f} | {b.generate_seconds / b.cpu_seconds:.0%} "
            f"| {b.rebuild_cpu_seconds:.2f} | {b.rebuild_generate_seconds:.2f} "
            f"| {b.rebuild_generate_seconds / b.rebuild_cpu_seconds:.0%} "
            f"| {b.peak_mb:.0f} | {'ok' if b.ok else 'FAILED'} |"
        )
    if len(builds) >= 3:
        steps = [
            (a, b, (b.cpu_seconds - a.cpu_seconds) / (b.briefs - a.briefs))
            for a, b in itertools.pairwise(builds)
        ]
        rising = steps[-1][2] > 1.3 * steps[0][2]
        out += [
            "",
            "Growth (CPU time, which other work on the machine hardly changes): "
            + ", ".join(
                f"{a.briefs}→{b.briefs} briefs {x:.3f} s per extra brief" for a, b, x in steps
            )
            + f" on top of about {builds[0].cpu_seconds:.1f} s to start (Python, MkDocs, Material, "
            "the converter's imports). "
            + (
                "The cost per brief rises with the number of briefs: faster than linear, "
                "because every page carries the navigation, which lists every brief "
                "(see the profile below)."
                if rising
                else "Linear: each brief costs about the same, whatever the number of briefs."
            ),
        ]
    small = [b for b in builds if b.briefs < 100 and b.generate_seconds > 0.1 * b.cpu_seconds]
    if small:
        out += [
            "",
            "The target is judged at 100 briefs, where the conversion is per-brief work. A small "
            "site's first build converts with a larger share ("
            + ", ".join(
                f"{b.briefs} brief{'s' if b.briefs > 1 else ''}: "
                f"{b.generate_seconds / b.cpu_seconds:.0%}"
                for b in small
            )
            + "): a fixed ~0.09 s compiling the Jinja templates and ~0.03 s importing pygal weigh "
            "on a build of a second or two. The build cache keeps the compiled templates: a "
            "rebuild (`make build` again, `mkdocs serve`) converts with at most "
            f"{max(b.rebuild_generate_seconds / b.rebuild_cpu_seconds for b in builds):.0%} "
            "at any size.",
        ]

    if weights:
        html = [w.html_kb for w in weights]
        search = [w.search_kb for w in weights]
        data = [w.data_kb for w in weights]
        out += [
            "",
            "## Page weight and search index",
            "",
            f"From the {len(weights)}-brief site. Uncompressed bytes as written to `site/`.",
            "",
            "| per brief | median KB | max KB |",
            "| --- | --- | --- |",
            f"| HTML of its {len(PAGES)} pages | {statistics.median(html):.0f} | {max(html):.0f} |",
            f"| other files in its folder (brief.json, CSV, citations, charts …) "
            f"| {statistics.median(data):.0f} | {max(data):.0f} |",
            f"| its share of `search/search_index.json` | {statistics.median(search):.0f} "
            f"| {max(search):.0f} |",
            "",
            f"Shared by every page, loaded once: theme assets (CSS, JavaScript, search worker) "
            f"{assets_kb:.0f} KB. The search index of this site is {index_kb:.0f} KB in all; "
            "every visitor downloads the whole index when they first search, so it grows "
            "linearly with the number of briefs. Search-index share by page:",
            "",
            "| page | KB (all briefs) | share |",
            "| --- | --- | --- |",
            *[
                f"| {kind or 'overview'} | {kb:.0f} | {kb / sum(per_page.values()):.0%} |"
                for kind, kb in sorted(per_page.items(), key=lambda kv: -kv[1])
            ],
        ]

    out += [
        "",
        "## `mkdocs serve` after a seed edit",
        "",
        "`mkdocs serve` on a free 127.0.0.1 port with a one-seed temporary folder; the seed is "
        "edited (one word of its body replaced) and the brief's Full text page polled every "
        "50 ms until the new word is served. The time covers the file watcher, the full rebuild "
        "(MkDocs 1.6 rebuilds every page) and the HTTP response.",
        "",
    ]
    if serve_times:
        out += [
            f"- start-up until the home page is served: {startup:.2f} s",
            f"- save → rebuilt page served: {', '.join(f'{t:.2f}' for t in serve_times)} s "
            f"(median {serve_median:.2f} s)",
            f"- CPU used by the server per rebuild: {', '.join(f'{c:.2f}' for c in serve_cpus)} s",
        ]
    else:
        out.append(f"Not measured: {serve_error}.")

    if profile:
        out += [
            "",
            f"## Where a {builds[-1].briefs}-brief build spends its time",
            "",
            "cProfile of the whole `mkdocs build` (the profiler slows Python down about 1.5–2×, "
            "so read the shares, not the seconds). Parts overlap: the navigation is rendered "
            "inside the theme templates.",
            "",
            "| part | s (profiled) | share |",
            "| --- | --- | --- |",
            *[f"| {label} | {t:.1f} | {share:.0%} |" for label, t, share in profile],
        ]
    return "\n".join(out) + "\n"


def _adversarial_section(path: Path) -> str:
    """The report's adversarial section as it is (written by `make fuzz`, which this benchmark
    does not measure), so that re-running `make bench` keeps it."""
    old = path.read_text(encoding="utf-8") if path.exists() else ""
    start, end = "<!-- adversarial:start -->", "<!-- adversarial:end -->"
    if start not in old or end not in old.split(start, 1)[1]:
        return ""
    return "\n" + start + old.split(start, 1)[1].split(end, 1)[0] + end + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "BENCHMARKS.md")
    parser.add_argument("--sizes", default="1,10,100", help="numbers of briefs to build")
    parser.add_argument("--repeat", type=int, default=3, help="runs per page (best is kept)")
    parser.add_argument("--edits", type=int, default=5, help="seed edits under mkdocs serve")
    parser.add_argument("--no-serve", action="store_true")
    parser.add_argument("--quick", action="store_true", help="10 corpus pages, sizes 1 and 10")
    args = parser.parse_args(argv)

    started = time.perf_counter()
    corpus = sorted(CORPUS.glob("*.txt")) if CORPUS.is_dir() else []
    if not corpus:
        log(f"{CORPUS} not found: measuring the seed only")
    sizes = [int(s) for s in args.sizes.split(",")]
    if args.quick:
        corpus, sizes = corpus[:10], [1, 10]

    conversions = measure_conversion([SEED, *corpus], args.repeat)
    tag_rate = measure_tag(max(args.repeat, 5))  # (a short run on a shared machine: best of five)
    with tempfile.TemporaryDirectory(prefix="brief-bench-") as tmp:
        work = Path(tmp)
        builds = measure_builds(sizes, corpus, work)
        largest = builds[-1]
        weights, assets_kb, index_kb, per_page = (
            measure_weight(largest.site) if largest.ok else ([], 0, 0, {})
        )
        serve = (None, [], [], "skipped") if args.no_serve else measure_serve(work, args.edits)
        log(f"profiling the {largest.briefs}-brief build")
        profile = profile_build(work / f"n{largest.briefs}" / "seeds", work / "profiled-site")
    text = report(
        conversions,
        builds,
        weights,
        assets_kb,
        index_kb,
        per_page,
        serve,
        profile,
        time.perf_counter() - started,
        tag_rate,
    )
    args.out.write_text(text + _adversarial_section(args.out), encoding="utf-8")
    log(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

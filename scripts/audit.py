"""`make audit`: speed, weight and quality benchmark of the built site (not part of `make test`).

Builds the site, serves it on 127.0.0.1 the way a static host does (gzip for text files), runs
Lighthouse (pinned in scripts/lighthouse, installed by `npm ci --prefix scripts/lighthouse`) in
Debian's Chromium on every page except 404, with the mobile and the desktop preset, and writes

- build/audit/lighthouse/<preset>/<page>.<run>.json   every Lighthouse report,
- build/audit/report.json                             scores, weights and failed audits per page,
- build/audit/report.md                               the table recorded in the README.

Budget, on every page: mobile performance >= 95, accessibility, best practices and SEO = 100 (both
presets), and at most 300 KB transferred (search index excluded). Exits 1 if a page breaks it.

Lighthouse's simulated mobile performance score moves by several points with the machine's load,
so each page runs three times on mobile (`--runs`) and the median run is reported.

    python scripts/audit.py [--pages PATH ...] [--presets mobile desktop] [--runs 3]
                            [--out build/audit]
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import gzip
import http.server
import json
import os
import shutil
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent
LIGHTHOUSE = ROOT / "scripts" / "lighthouse" / "node_modules" / "lighthouse" / "cli" / "index.js"
CHROMIUM = os.environ.get("CHROME_PATH", "/usr/bin/chromium")
CHROME_FLAGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-quic",
    "--no-first-run",
]
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
BUDGET = {"performance": 95, "accessibility": 100, "best-practices": 100, "seo": 100}
MAX_KB = 300  # transferred per page, search index excluded
SEARCH_INDEX = "/search/search_index.json"
GZIP_TYPES = (".html", ".css", ".js", ".json", ".svg", ".xml", ".csv", ".txt", ".map")


class _GzipHandler(http.server.SimpleHTTPRequestHandler):
    """Static files as a static host sends them: text types gzip-compressed when the client
    accepts it (compressed once, in memory)."""

    cache: dict[Path, bytes] = {}  # noqa: RUF012 - one server per run

    def log_message(self, format, *args):
        pass

    def send_head(self):
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            if not urlsplit(self.path).path.endswith("/"):
                return super().send_head()  # the base class redirects to the slash URL
            path = path / "index.html"
        accepts = "gzip" in self.headers.get("Accept-Encoding", "")
        if not (accepts and path.suffix in GZIP_TYPES and path.is_file()):
            return super().send_head()
        body = self.cache.get(path)
        if body is None:
            body = self.cache[path] = gzip.compress(path.read_bytes(), compresslevel=9)
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Vary", "Accept-Encoding")
        self.end_headers()
        return _Body(body)


class _Body:
    def __init__(self, data: bytes):
        self.data = data

    def read(self, *_):
        data, self.data = self.data, b""
        return data

    def close(self):
        pass


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def serve_gzip(folder: Path, port: int) -> Iterator[str]:
    handler = functools.partial(_GzipHandler, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{port}/"
    finally:
        server.shutdown()
        server.server_close()


def build(dest: Path, site_url: str) -> None:
    env = {**os.environ, "SITE_URL": site_url, "NO_MKDOCS_2_WARNING": "1"}
    mkdocs = Path(sys.executable).parent / "mkdocs"
    subprocess.run(
        [str(mkdocs), "build", "--strict", "--clean", "-q", "-d", str(dest)],
        cwd=ROOT,
        env=env,
        check=True,
    )


def page_paths(site: Path) -> list[str]:
    paths = []
    for html in sorted(site.rglob("index.html")):
        rel = html.parent.relative_to(site).as_posix()
        paths.append("" if rel == "." else rel + "/")
    return paths


def lighthouse(url: str, preset: str, out: Path) -> dict:
    out.parent.mkdir(parents=True, exist_ok=True)
    cmd = [
        "node",
        str(LIGHTHOUSE),
        url,
        "--quiet",
        "--output=json",
        f"--output-path={out}",
        f"--only-categories={','.join(CATEGORIES)}",
        f"--chrome-flags={' '.join(CHROME_FLAGS)}",
        "--max-wait-for-load=30000",
    ]
    if preset == "desktop":
        cmd.append("--preset=desktop")
    subprocess.run(cmd, check=True, env={**os.environ, "CHROME_PATH": CHROMIUM}, timeout=300)
    return json.loads(out.read_text())


def summarize(report: dict) -> dict:
    scores = {c: round(100 * (report["categories"][c]["score"] or 0)) for c in CATEGORIES}
    requests = report["audits"]["network-requests"]["details"]["items"]
    counted = [r for r in requests if not r["url"].split("?")[0].endswith(SEARCH_INDEX)]
    failed = sorted(
        {
            f"{c}: {report['audits'][ref['id']]['title']}"
            for c in CATEGORIES
            for ref in report["categories"][c]["auditRefs"]
            if ref["weight"] > 0
            and (report["audits"][ref["id"]].get("score") or 0) < 1
            and report["audits"][ref["id"]]["scoreDisplayMode"] in ("binary", "numeric")
            and c != "performance"
        }
    )
    metrics = report["audits"]
    return {
        **scores,
        "transfer_kb": round(sum(r.get("transferSize", 0) for r in counted) / 1000, 1),
        "resource_kb": round(sum(r.get("resourceSize", 0) for r in counted) / 1000, 1),
        "requests": len(requests),
        "fcp_ms": round(metrics["first-contentful-paint"]["numericValue"]),
        "lcp_ms": round(metrics["largest-contentful-paint"]["numericValue"]),
        "tbt_ms": round(metrics["total-blocking-time"]["numericValue"]),
        "cls": round(metrics["cumulative-layout-shift"]["numericValue"], 3),
        "failed_audits": failed,
    }


def over_budget(preset: str, row: dict) -> list[str]:
    broken = []
    for category, minimum in BUDGET.items():
        if category == "performance" and preset != "mobile":
            continue
        if row[category] < minimum:
            broken.append(f"{category} {row[category]} < {minimum}")
    if row["transfer_kb"] > MAX_KB:
        broken.append(f"{row['transfer_kb']} KB > {MAX_KB} KB")
    return broken


def markdown(results: dict, presets: list[str], index_kb: tuple[float, float]) -> str:
    lines = [
        "| page | preset | performance (runs) | a11y | best pr. | SEO "
        "| KB sent (gzip) | KB raw | LCP ms | TBT ms |",
        "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for path, by_preset in results.items():
        name = "/" + path
        for preset in presets:
            r = by_preset[preset]
            several = len(r["performance_runs"]) > 1
            runs = f"({', '.join(map(str, r['performance_runs']))})" if several else ""
            lines.append(
                f"| `{name}` | {preset} | {r['performance']} {runs} | {r['accessibility']} | "
                f"{r['best-practices']} | {r['seo']} | {r['transfer_kb']} | {r['resource_kb']} | "
                f"{r['lcp_ms']} | {r['tbt_ms']} |"
            )
    lines.append("")
    lines.append(
        f"Search index (loaded by every page, excluded above): {index_kb[0]} KB gzip, "
        f"{index_kb[1]} KB raw."
    )
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "build" / "audit")
    parser.add_argument("--pages", nargs="*", help="URL paths (default: every page but 404)")
    parser.add_argument("--presets", nargs="*", default=["mobile", "desktop"])
    parser.add_argument(
        "--runs", type=int, default=3, help="mobile runs per page; the median counts (default 3)"
    )
    args = parser.parse_args(argv)
    if not LIGHTHOUSE.exists():
        print("Lighthouse missing: npm ci --prefix scripts/lighthouse", file=sys.stderr)
        return 2

    out: Path = args.out
    site = out / "site"
    shutil.rmtree(out / "lighthouse", ignore_errors=True)
    port = _free_port()
    base = f"http://127.0.0.1:{port}/"
    build(site, base)  # canonical URLs point at the server Lighthouse audits
    paths = args.pages if args.pages is not None else page_paths(site)
    index = site / SEARCH_INDEX.lstrip("/")
    index_bytes = index.read_bytes() if index.exists() else b""
    index_kb = (
        round(len(gzip.compress(index_bytes, 9)) / 1000, 1),
        round(len(index_bytes) / 1000, 1),
    )

    results: dict[str, dict] = {}
    problems: list[str] = []
    with serve_gzip(site, port):
        for path in paths:
            results[path] = {}
            for preset in args.presets:
                started = time.monotonic()
                name = path.strip("/").replace("/", "__") or "home"
                runs = []
                for run in range(args.runs if preset == "mobile" else 1):
                    report_file = out / "lighthouse" / preset / f"{name}.{run}.json"
                    runs.append((summarize(lighthouse(base + path, preset, report_file)), run))
                # The median run by performance score (Lighthouse's advice for noisy machines).
                runs.sort(key=lambda r: r[0]["performance"])
                row, run = runs[len(runs) // 2]
                row["performance_runs"] = sorted(r["performance"] for r, _ in runs)
                row["report"] = f"lighthouse/{preset}/{name}.{run}.json"
                results[path][preset] = row
                broken = over_budget(preset, row)
                problems += [f"/{path} {preset}: {b}" for b in broken]
                print(
                    f"/{path} {preset}: perf {row['performance']} a11y {row['accessibility']} "
                    f"bp {row['best-practices']} seo {row['seo']} {row['transfer_kb']} KB"
                    f" ({time.monotonic() - started:.0f} s){' OVER BUDGET' if broken else ''}",
                    flush=True,
                )
                for failed in row["failed_audits"]:
                    print(f"    {failed}", flush=True)

    summary = {
        "lighthouse": "12.2.3",
        "budget": {**BUDGET, "max_transfer_kb": MAX_KB},
        "search_index_kb": {"gzip": index_kb[0], "raw": index_kb[1]},
        "pages": results,
        "over_budget": problems,
    }
    (out / "report.json").write_text(json.dumps(summary, indent=2) + "\n")
    (out / "report.md").write_text(markdown(results, args.presets, index_kb))
    print(f"\nwrote {out / 'report.md'} and {out / 'report.json'}")
    if problems:
        print("over budget:\n  " + "\n  ".join(problems), file=sys.stderr)
        return 1
    print("every page within budget")
    return 0


if __name__ == "__main__":
    sys.exit(main())

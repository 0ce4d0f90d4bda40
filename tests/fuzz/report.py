"""The adversarial section of BENCHMARKS.md: one marked section, two parts written by two tools.

`scripts/bench.py` rewrites BENCHMARKS.md and keeps everything between `START` and `END` as it
is; inside, `scripts/adversarial.py` replaces the part between its own markers ("families") and
`python -m tests.fuzz` the fuzz part ("fuzz"), so either can be re-run alone.
"""

from __future__ import annotations

from pathlib import Path

START = "<!-- adversarial:start -->"
END = "<!-- adversarial:end -->"
HEADER = """## Adversarial seeds

Hostile input measured on purpose: `scripts/adversarial.py` (payload families at 100 KB, 1 MB
and 10 MB, each conversion and site build in a fresh, capped child process) and `make fuzz`
(`python -m tests.fuzz`: generated seeds with a known article among page noise and hostile
fragments). Target: for any seed under the size limit (20 MiB), hostile or not, its conversion
and its share of the site build each take under 2 s per MB on a 2-core machine (a seed under
1 MB within the 2 s of 1 MB: every brief pays a fixed cost for its pages and its items up to
the item limits, whatever its size), and memory stays bounded. Later extraction work must
keep these numbers linear (10× the bytes, about 10× the time). Both tools rewrite only their
own part of this section; `make bench` keeps it."""


def markers(part: str) -> tuple[str, str]:
    return f"<!-- adversarial:{part}:start -->", f"<!-- adversarial:{part}:end -->"


def replace_part(path: Path, part: str, text: str) -> None:
    """Write `text` as `part` of the marked section of `path`, creating the section (at the end
    of the file) or the part (at the end of the section) if absent; the rest stays byte for
    byte."""
    old = path.read_text(encoding="utf-8") if path.exists() else ""
    if START not in old or END not in old:
        old = old.rstrip("\n") + ("\n\n" if old else "") + f"{START}\n{HEADER}\n\n{END}\n"
    head, rest = old.split(START, 1)
    section, tail = rest.split(END, 1)
    begin, end = markers(part)
    block = f"{begin}\n{text.strip()}\n{end}"
    if begin in section and end in section:
        before, after = section.split(begin, 1)
        section = before + block + after.split(end, 1)[1]
    else:
        section = section.rstrip("\n") + "\n\n" + block + "\n"
    path.write_text(head + START + section + END + tail, encoding="utf-8")

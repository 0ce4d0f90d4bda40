"""`brief`: the converter's command line (clean, extract, build, schema, tag).

Bad input exits with status 2 and one line on stderr naming the file and the reason.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from pathlib import Path

from brief.errors import BriefError

EXIT_BAD_INPUT = 2
DEBUG_ENV = "BRIEF_DEBUG"


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="brief", description="Turn scraped article dumps (seeds) into research briefs."
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = sub.add_parser("clean", help="print the cleaned article as plain text")
    p.add_argument("seed", type=Path, help="a seed file (plain-text page dump)")
    p.add_argument("--body-only", action="store_true", help="leave the title out")

    p = sub.add_parser("extract", help="print the brief as JSON (the brief.json data contract)")
    p.add_argument("seed", type=Path)

    p = sub.add_parser("build", help="write every seed's Markdown pages and data files")
    p.add_argument("--seeds", type=Path, default=Path("seeds"), help="seeds folder (seeds/)")
    p.add_argument("--out", type=Path, default=Path("build/docs"), help="output (build/docs/)")

    sub.add_parser("schema", help="print the JSON Schema of brief.json")

    p = sub.add_parser(
        "tag",
        help='tag JSON lines {"text": ...} from stdin: quantities, figures, dates, cases, '
        "recommendations (one JSON line out per line in)",
    )
    p.add_argument(
        "--published", type=_iso_date, help="publication date (YYYY-MM-DD) for relative dates"
    )
    return parser


def _iso_date(value: str):
    from datetime import date

    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date YYYY-MM-DD: {value!r}") from None


def _clean(args: argparse.Namespace) -> int:
    from brief.pipeline import clean_seed, title_of
    from brief.read import read_seed

    seed = read_seed(args.seed)
    cleaned = clean_seed(seed)
    texts = [b.text for b in cleaned.body]
    if not args.body_only:
        texts.insert(0, title_of(seed, cleaned))
    out = "\n\n".join(texts) + "\n"
    if sys.stdout.isatty():  # verbatim into a pipe; a terminal must not run escape sequences
        from brief.render.escape import terminal

        out = terminal(out, keep="\n\t")
    sys.stdout.write(out)
    return 0


def _extract(args: argparse.Namespace) -> int:
    from brief.pipeline import convert_path
    from brief.render.data import brief_json

    sys.stdout.write(brief_json(convert_path(args.seed)))
    return 0


def _mkdocs_docs_dir(out: Path) -> Path | None:
    """The MkDocs `docs_dir` that `out` is in or under (found through a `mkdocs.yml` next to
    one of its parent folders), or None."""
    out = out.absolute().resolve()
    for folder in (out, *out.parents):
        config = folder / "mkdocs.yml"
        if not config.is_file():
            continue
        match = re.search(r"^docs_dir:\s*['\"]?([^'\"#\s]+)", config.read_text("utf-8"), re.M)
        docs = (folder / (match.group(1) if match else "docs")).resolve()
        if out == docs or docs in out.parents:
            return docs
    return None


def _build(args: argparse.Namespace) -> int:
    from brief.site.generate import generate
    from brief.write import check_replaceable, write_tree

    docs = _mkdocs_docs_dir(args.out)
    if docs is not None:
        raise BriefError(
            f"{args.out}: inside the hand-written MkDocs docs folder {docs}; the MkDocs build "
            "generates the briefs itself, choose another --out"
        )
    _refuse_out_around_seeds(args.out, args.seeds)
    check_replaceable(args.out.absolute())
    result = generate(args.seeds)
    for message in result.errors:
        _error(message)
    if result.errors:
        print(f"brief: nothing written to {args.out} (fix the seeds above)", file=sys.stderr)
        return EXIT_BAD_INPUT
    write_tree(args.out, result.files, on_wait=lambda: _waiting(args.out))
    print(f"brief: {len(result.briefs)} brief(s), {len(result.files)} files in {args.out}")
    return 0


def _refuse_out_around_seeds(out: Path, seeds: Path) -> None:
    """A build replaces the whole of `out`: it must neither hold the seeds nor be among them."""
    out_real, seeds_real = out.absolute().resolve(), seeds.absolute().resolve()
    if out_real == seeds_real:
        problem = "is the seeds folder"
    elif out_real in seeds_real.parents:
        problem = f"holds the seeds folder {seeds} (the build would delete it)"
    elif seeds_real in out_real.parents:
        problem = f"is inside the seeds folder {seeds}"
    else:
        return
    raise BriefError(f"{out}: output folder {problem}; refusing, choose an --out elsewhere")


def _waiting(out: Path) -> None:
    from brief.render.escape import terminal

    print(
        f"brief: waiting for another build into {terminal(str(out))}", file=sys.stderr, flush=True
    )


def _schema(_: argparse.Namespace) -> int:
    from brief.schema import brief_schema

    sys.stdout.write(json.dumps(brief_schema(), indent=2, ensure_ascii=False) + "\n")
    return 0


def _tag(args: argparse.Namespace) -> int:
    from brief.tag import tag_lines

    for line in tag_lines(sys.stdin, args.published):
        sys.stdout.write(line)
    return 0


def _error(message: str) -> None:
    """One line on stderr, whatever the message holds (a file name with a newline or an escape
    sequence is shown escaped)."""
    from brief.render.escape import terminal

    print(f"brief: error: {terminal(message)}", file=sys.stderr)


COMMANDS = {
    "clean": _clean,
    "extract": _extract,
    "build": _build,
    "schema": _schema,
    "tag": _tag,
}


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8")
    try:
        return COMMANDS[args.command](args)
    except BriefError as err:
        _error(str(err))
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
    except Exception as err:
        if os.environ.get(DEBUG_ENV):
            raise
        print(
            f"brief: internal error: {type(err).__name__}: {err} (set {DEBUG_ENV}=1 for details)",
            file=sys.stderr,
        )
        return 1


if __name__ == "__main__":
    sys.exit(main())

"""`brief`: the converter's command line (clean, extract, build, schema).

Bad input exits with status 2 and one line on stderr naming the file and the reason.
"""

from __future__ import annotations

import argparse
import json
import os
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
    return parser


def _clean(args: argparse.Namespace) -> int:
    from brief.pipeline import clean_seed, title_of
    from brief.read import read_seed

    seed = read_seed(args.seed)
    cleaned = clean_seed(seed)
    texts = [b.text for b in cleaned.body]
    if not args.body_only:
        texts.insert(0, title_of(seed, cleaned))
    sys.stdout.write("\n\n".join(texts) + "\n")
    return 0


def _extract(args: argparse.Namespace) -> int:
    from brief.pipeline import convert_path
    from brief.render.data import brief_json

    sys.stdout.write(brief_json(convert_path(args.seed)))
    return 0


def _build(args: argparse.Namespace) -> int:
    from brief.site.generate import generate
    from brief.write import write_tree

    result = generate(args.seeds)
    for message in result.errors:
        print(f"brief: error: {message}", file=sys.stderr)
    if result.errors:
        print(f"brief: nothing written to {args.out} (fix the seeds above)", file=sys.stderr)
        return EXIT_BAD_INPUT
    write_tree(args.out, result.files)
    print(f"brief: {len(result.briefs)} brief(s), {len(result.files)} files in {args.out}")
    return 0


def _schema(_: argparse.Namespace) -> int:
    from brief.schema import brief_schema

    sys.stdout.write(json.dumps(brief_schema(), indent=2, ensure_ascii=False) + "\n")
    return 0


COMMANDS = {"clean": _clean, "extract": _extract, "build": _build, "schema": _schema}


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8")
    try:
        return COMMANDS[args.command](args)
    except BriefError as err:
        print(f"brief: error: {err}", file=sys.stderr)
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

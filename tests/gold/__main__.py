"""`make eval`: score the converter on the annotated pages and print the table for the README.

    python -m tests.gold [-v] [--record]

`-v` lists each page's missed and extra figures (as `score.py -v`); `--record` writes the
scores to `record.json`, the floor `tests/test_gold.py` holds them to (raise it as they improve).
"""

from __future__ import annotations

import argparse
import json

from .evaluate import RECORD, by_set, evaluate, table


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.gold", description=__doc__)
    parser.add_argument("-v", "--verbose", action="store_true")
    parser.add_argument("--record", action="store_true", help="write record.json")
    args = parser.parse_args()
    scores, lines = evaluate(args.verbose)
    print("\n".join(lines))
    print("(* annotated for this project)\n")
    print(table(scores))
    if args.record:
        RECORD.write_text(json.dumps(by_set(scores), indent=2, sort_keys=True) + "\n", "utf-8")
        print(f"\nrecorded in {RECORD}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

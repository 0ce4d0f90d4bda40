"""`make eval`: score the converter on the annotated pages and print the table for the README.

    python -m tests.gold [-v] [--record]

`-v` lists each page's missed and extra figures (as `score.py -v`); `--record` writes the
scores to `record.json`, the floor `tests/test_gold.py` holds them to (raise it as they improve).
"""

from __future__ import annotations

import argparse
import json

from . import sentences
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
    sentence_scores = sentences.metrics()
    print("\nAnnotated sentences (`tests/gold/sentences/`, eighteen rounds):\n")
    print("| metric | sentences |\n| --- | ---: |")
    print("\n".join(f"| {key} | {value} |" for key, value in sentence_scores.items()))
    if args.record:
        record = {**by_set(scores), "sentences": sentence_scores}
        RECORD.write_text(json.dumps(record, indent=2, sort_keys=True) + "\n", "utf-8")
        print(f"\nrecorded in {RECORD}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

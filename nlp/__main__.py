"""Command line: `python -m nlp "text"` (pretty) or `python -m nlp --jsonl` (stdin -> stdout)."""
from __future__ import annotations

import argparse
import json
import sys

from . import extract


def run_jsonl(stdin, stdout) -> int:
    for line in stdin:
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except json.JSONDecodeError as error:
            print(f"skipping a line that is not JSON: {error}", file=sys.stderr)
            continue
        if not isinstance(item, dict):
            item = {"id": None, "text": item}
        result = {"id": item.get("id")}
        result.update(extract(item.get("text") or "").to_dict())
        stdout.write(json.dumps(result, ensure_ascii=False) + "\n")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m nlp", description=__doc__)
    parser.add_argument("--jsonl", action="store_true", help='read {"id", "text"} lines on stdin, write results')
    parser.add_argument("text", nargs="*", help="a tip text")
    args = parser.parse_args(argv)
    if args.jsonl:
        return run_jsonl(sys.stdin, sys.stdout)
    text = " ".join(args.text) if args.text else sys.stdin.read()
    print(json.dumps(extract(text).to_dict(), indent=2, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

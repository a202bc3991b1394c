"""Score `extract` on the labelled dev set: `python -m nlp.evaluate [--split dev|test|all] [--errors FIELD] [path]`.

The set is split: `dev` (the texts the rules are tuned on) and `test` (texts written at the same
time, one in two, and only scored: never read to tune a rule). A gap between the two means
over-fitting. The default split is `dev`.

Matching rules (per text, then micro-averaged over the set):
- plates, partial_plates: normalised match (upper case, letters and digits only);
- locations, times, vehicles: case-insensitive string match after folding runs of
  whitespace to one space and stripping surrounding punctuation (.,;:!?"'()).
  No partial credit: "Farrington Road" does not match "9 Farrington Road";
- phones: match on the digits only;
- people: description phrases as written (age "about 25", "mid 40s"; build "tall", "stocky";
  height "6ft"; clothing "red hoodie", "all black"; hair "shaved head"; names "Dee"; how many
  "3 lads"), the same string match as locations; scored only on texts labelled with a
  `people` list (the older texts of the set have none);
- urgent: precision/recall/F1 of the `urgent` flag (the urgent texts are the positives).
A negative is a text labelled with no plate, partial plate or place; "false plates on
negatives" counts plates the extractor reports on those texts.
"""
from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from pathlib import Path

from . import extract

DEFAULT_DEVSET = Path(__file__).parent / "devset" / "devset.jsonl"
LIST_FIELDS = ("plates", "partial_plates", "locations", "times", "vehicles", "phones", "people")
SPLITS = ("dev", "test", "all")
SPACE_RE = re.compile(r"\s+")


def normalise(field: str, value: str) -> str:
    if field in ("plates", "partial_plates"):
        return "".join(ch for ch in value.upper() if ch.isalnum())
    if field == "phones":
        return "".join(ch for ch in value if ch.isdigit())
    return SPACE_RE.sub(" ", value).strip(" .,;:!?\"'()").lower()


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def evaluate(items: list[dict]) -> dict:
    counts = {field: Counter() for field in LIST_FIELDS + ("urgent",)}
    errors: dict[str, list] = {field: [] for field in counts}
    false_plates_on_negatives = []
    for item in items:
        got = extract(item["text"]).to_dict()
        for field in LIST_FIELDS:
            if field not in item and field == "people":
                continue
            expected = Counter(normalise(field, v) for v in item.get(field, []))
            found = Counter(normalise(field, v) for v in got[field])
            tp = sum((expected & found).values())
            counts[field]["tp"] += tp
            counts[field]["fp"] += sum(found.values()) - tp
            counts[field]["fn"] += sum(expected.values()) - tp
            if expected != found:
                errors[field].append((item["id"], item["text"], sorted(expected), sorted(found)))
        want, have = bool(item.get("urgent")), got["urgent"]
        counts["urgent"]["tp" if want and have else "fp" if have else "fn" if want else "tn"] += 1
        if want != have:
            errors["urgent"].append((item["id"], item["text"], want, got["urgent_reason"]))
        if not (item.get("plates") or item.get("partial_plates") or item.get("locations")) and got["plates"]:
            false_plates_on_negatives.append((item["id"], got["plates"]))
    negatives = sum(1 for i in items if not (i.get("plates") or i.get("partial_plates") or i.get("locations")))
    return {"counts": counts, "errors": errors, "false_plates": false_plates_on_negatives, "negatives": negatives}


def load(path: Path = DEFAULT_DEVSET, split: str = "dev") -> list[dict]:
    """The labelled texts of one split ("all": every text)."""
    items = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [item for item in items if split == "all" or item.get("split", "dev") == split]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m nlp.evaluate", description=__doc__.splitlines()[0])
    parser.add_argument("devset", nargs="?", type=Path, default=None)
    parser.add_argument("--lang", default="en", help="another language's set: nlp/devset/<lang>/<split>.jsonl")
    parser.add_argument("--errors", choices=LIST_FIELDS + ("urgent",), action="append", default=[],
                        help="also print the texts where this field differs")
    parser.add_argument("--split", choices=SPLITS, default="dev",
                        help="which part of the set to score (default dev: the part rules are tuned on)")
    args = parser.parse_args(argv)
    if args.devset is None:    # English: one file with a split field; another language: a file per split
        args.devset = DEFAULT_DEVSET if args.lang == "en" else DEFAULT_DEVSET.parent / args.lang / f"{args.split}.jsonl"
    items = load(args.devset, "all" if args.lang != "en" else args.split)
    result = evaluate(items)
    print(f"dev set: {args.devset}, split {args.split} ({len(items)} texts, {result['negatives']} negatives)")
    print(f"{'field':<16}{'P':>7}{'R':>7}{'F1':>7}{'TP':>6}{'FP':>5}{'FN':>5}")
    for field, c in result["counts"].items():
        p, r, f = prf(c["tp"], c["fp"], c["fn"])
        print(f"{field:<16}{p:7.3f}{r:7.3f}{f:7.3f}{c['tp']:6d}{c['fp']:5d}{c['fn']:5d}")
    print(f"false plates on negatives: {len(result['false_plates'])} {result['false_plates'] or ''}".rstrip())
    for field in args.errors:
        print(f"\n--- {field} differences ---")
        for error in result["errors"][field]:
            print(*error, sep="\n    ")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Score `extract` on the labelled dev set: `python -m nlp.evaluate [--split dev|test|all] [--errors FIELD] [path]`.

The English set is every `nlp/devset/*.jsonl` file (one text a line, each with a `split` field), read
together: `dev` texts are the ones the rules are tuned on, `test` texts are only scored, never read to
tune a rule. A gap between the two means over-fitting. The default split is `dev`. Another
language's set sits in its own folder, a file per split (`nlp/devset/es/dev.jsonl`, `test.jsonl`).

The one score of every held-out set and fresh dev batch is kept in `nlp/devset/SCORE_HISTORY.md`.

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
from .sealed import SEALED_ENGLISH, is_sealed

DEVSET_DIR = Path(__file__).parent / "devset"
DEFAULT_DEVSET = DEVSET_DIR / "devset.jsonl"  # the dev texts; other *.jsonl files beside it hold more (heldout*.jsonl, dev_s19.jsonl)
LIST_FIELDS = ("plates", "partial_plates", "locations", "times", "vehicles", "phones", "people")
SPLITS = ("dev", "test", "all")
NO_TEST_NOTE = (" (held-out texts have split \"test\" and sit in their own file beside devset.jsonl, e.g."
                f" {SEALED_ENGLISH}; a held-out file is folded into dev only after its one score)")
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


def english_files(directory: Path = DEVSET_DIR) -> list[Path]:
    """Every English set file: the *.jsonl files of nlp/devset (not its language folders), but the sealed
    held-out file (nlp/sealed.py), which is read only when named, for its one score."""
    return [path for path in sorted(directory.glob("*.jsonl")) if not is_sealed(path)]


def load(path: Path | None = None, split: str = "dev", directory: Path = DEVSET_DIR) -> list[dict]:
    """The labelled texts of one split ("all": every text) from one file, or from every English file
    (`english_files`) when no path is given. A text with no `split` field is a dev text."""
    items = []
    for file in [path] if path is not None else english_files(directory):
        items.extend(json.loads(line) for line in file.read_text(encoding="utf-8").splitlines() if line.strip())
    return [item for item in items if split == "all" or item.get("split", "dev") == split]


def describe_files() -> str:
    """"devset.jsonl (662 dev), heldout.jsonl (150 test)": what each English file holds, by split."""
    parts = []
    for path in english_files():
        splits = Counter(item.get("split", "dev") for item in load(path, "all"))
        parts.append(f"{path.name} ({', '.join(f'{n} {name}' for name, n in sorted(splits.items()))})")
    sealed = [path.name for path in sorted(DEVSET_DIR.glob("*.jsonl")) if is_sealed(path)]
    return ", ".join(parts) + (f"; sealed, not read: {', '.join(sealed)}" if sealed else "")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m nlp.evaluate", description=__doc__.splitlines()[0])
    parser.add_argument("devset", nargs="?", type=Path, default=None)
    parser.add_argument("--lang", default="en", help="another language's set: nlp/devset/<lang>/<split>.jsonl")
    parser.add_argument("--errors", choices=LIST_FIELDS + ("urgent",), action="append", default=[],
                        help="also print the texts where this field differs")
    parser.add_argument("--split", choices=SPLITS, default="dev",
                        help="which part of the set to score (default dev: the part rules are tuned on)")
    args = parser.parse_args(argv)
    if args.devset is None and args.lang != "en":  # another language: a file per split
        args.devset = DEVSET_DIR / args.lang / f"{args.split}.jsonl"
    # English: every nlp/devset/*.jsonl file (or the one named), each text with a split field
    items = load(args.devset, "all" if args.lang != "en" else args.split)
    if not items:
        print(f"no {args.split} texts in {args.devset or ', '.join(p.name for p in english_files())}"
              f"{NO_TEST_NOTE if args.split == 'test' and args.lang == 'en' else ''}")
        return 1
    result = evaluate(items)
    print(f"dev set: {args.devset or describe_files()}, split {args.split} ({len(items)} texts, "
          f"{result['negatives']} negatives)")
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

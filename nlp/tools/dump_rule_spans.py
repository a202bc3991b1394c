"""Dump the places an extractor finds in some dev texts, with their offsets. Not part of the product.

Run it from a worktree at an old commit (the rules as they were before they saw a batch), so that the
learned tagger can be trained on rule places as they were on unseen text (stacking), and scored fairly:

    git -C /work/main worktree add --detach /work/wt-old-es-h2 90fa72e && ln -s /work/main/.venv /work/wt-old-es-h2/.venv
    cd /work/wt-old-es-h2 && .venv/bin/python /path/to/this/nlp/tools/dump_rule_spans.py \
        --rows /path/to/this/nlp/devset/es/dev.jsonl --prefix es-h2- --out /tmp/es-h2.json

It reads only the file named (never a sealed held-out file: they are refused by name), keeps its `dev` rows
whose id starts with the prefix, runs that worktree's whole pipeline on each text and prints the locations
score (the matching of nlp.evaluate), so the dump can be checked against the batch's one published score.
With `--before tip_span_tagger` it keeps the places as they were before that component: the rules' own places,
which is what a tagger reads as features (and prints that score as well as the whole pipeline's).
"""
from __future__ import annotations

import argparse
import json
import os
import runpy
import sys
from collections import Counter
from pathlib import Path

# nlp/sealed.py of THIS checkout, run by its path: the script runs in an old worktree, whose own nlp package is the
# one on sys.path and may name older sealed files (or none)
is_sealed = runpy.run_path(str(Path(__file__).resolve().parents[1] / "sealed.py"))["is_sealed"]


def sealed(path: Path) -> bool:
    return is_sealed(path)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=Path, required=True)
    parser.add_argument("--prefix", required=True)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--before", default="",
                        help="keep the places as they were before this component (tip_span_tagger: the rules' own "
                             "places, what a tagger reads as features today); the score of the whole pipeline is "
                             "printed too, to check it against the published one")
    args = parser.parse_args(argv)
    if sealed(args.rows.resolve()):
        raise SystemExit(f"{args.rows} is sealed")
    sys.path.insert(0, os.getcwd())   # the worktree's nlp package, not this file's
    from nlp.doc_attrs import FAST, LOCATIONS, TEXT
    from nlp.evaluate import normalise, prf
    from nlp.pipeline import clean, get_pipeline

    rows = [json.loads(line) for line in args.rows.read_text(encoding="utf-8").splitlines() if line.strip()]
    rows = [row for row in rows if row.get("split", "dev") == "dev" and row["id"].startswith(args.prefix)]
    pipeline = get_pipeline()
    spans = {}
    counts, whole = Counter(), Counter()
    for row in rows:
        text = clean(row["text"])
        doc = pipeline.make_doc(text)
        doc.user_data[TEXT] = text
        doc.user_data[FAST] = True
        kept = None
        for name, component in pipeline.pipeline:
            if name == args.before:
                kept = list(doc.user_data.get(LOCATIONS) or [])
            doc = component(doc)
        facts = doc.user_data.get(LOCATIONS) or []
        spans[row["id"]] = [[s, e] for s, e, _ in (facts if kept is None else kept)]
        expected = Counter(normalise("locations", v) for v in row.get("locations", []))
        for tally, places in ((whole, facts), (counts, facts if kept is None else kept)):
            found = Counter(normalise("locations", v) for v in dict.fromkeys(v for _, _, v in places))
            tp = sum((expected & found).values())
            tally["tp"] += tp
            tally["fp"] += sum(found.values()) - tp
            tally["fn"] += sum(expected.values()) - tp
    for title, tally in (("whole pipeline", whole), (f"kept (before {args.before or 'nothing'})", counts)):
        p, r, f = prf(tally["tp"], tally["fp"], tally["fn"])
        print(f"{len(rows)} texts {args.prefix}*, {title}: locations P {p:.3f} R {r:.3f} F1 {f:.3f} "
              f"(tp {tally['tp']} fp {tally['fp']} fn {tally['fn']}) at {os.getcwd()}")
    args.out.write_text(json.dumps(spans, separators=(",", ":")) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Re-run the honest measurement of the location tagger (nlp/LOCATION_TAGGER.md). Not part of the product.

Run it from a worktree at the old rules (2e0310c) with this branch's nlp/span_tagger.py,
nlp/tools/train_span_tagger.py, nlp/tools/tagger_data.py and this file copied in:

    git -C /work/main worktree add --detach /work/wt-old 2e0310c && ln -s /work/main/.venv /work/wt-old/.venv
    cp nlp/span_tagger.py nlp/tools/train_span_tagger.py nlp/tools/tagger_data.py nlp/tools/span_tagger_protocol.py /work/wt-old/nlp/.../
    cd /work/wt-old && .venv/bin/python -m nlp.tools.span_tagger_protocol --devset DIR --rule-spans FILE [--lofo] [--heldout2]

DIR is this branch's nlp/devset. FILE is this branch's nlp/data/en/span_tagger_rule_spans.json (the rules' places
in each held-out file from before they were tuned on it). The tagger is trained on devset + heldout + dev_s19 only,
with the old commit's word lists, and scored on heldout2 against the old rules' places. --lofo does
leave-one-file-out over the three training files. Only the files named here are read, never the sealed ones.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..doc_attrs import CONFIDENCE, LOCATIONS
from ..extraction import CONFIDENT
from ..tagged_places import combine
from . import train_span_tagger as training
from .tagger_data import score

FILES = ("devset.jsonl", "heldout.jsonl", "dev_s19.jsonl")


def run(train_rows, test_rows, unseen, title: str, test_spans=None) -> None:
    examples, _ = training.make_examples(train_rows, stacked=True, rule_spans=unseen, dropout=training.RULE_DROPOUT)
    stacked = training.train(examples, stacked=True)
    plain = training.train(training.make_examples(train_rows, stacked=False)[0], stacked=False)
    results = {"rules": [], "plain tagger alone": [], "stacked tagger alone": [], "shipped combination": [],
               "said back (confidence >= 0.75)": []}
    for row in test_rows:
        doc = training.rule_doc(row["text"])
        text = doc.text
        if test_spans is not None and row["id"] in test_spans:  # the rules' places when the file was unseen
            doc.user_data[LOCATIONS] = [(s, e, text[s:e]) for s, e in test_spans[row["id"]]]
        gold = row.get("locations", [])
        rules = doc.user_data.get(LOCATIONS) or []
        results["rules"].append((gold, [v for _, _, v in rules]))
        results["plain tagger alone"].append((gold, [text[s:e] for s, e in plain.spans(doc)]))
        results["stacked tagger alone"].append((gold, [text[s:e] for s, e in stacked.spans(doc, rules)]))
        combine(doc, stacked)
        places = [v for _, _, v in doc.user_data.get(LOCATIONS) or []]
        results["shipped combination"].append((gold, places))
        scores = (doc.user_data.get(CONFIDENCE) or {}).get(LOCATIONS, {})
        results["said back (confidence >= 0.75)"].append((gold, [v for v in places if scores.get(v, 1.0) >= CONFIDENT]))
    print(title)
    for name, pairs in results.items():
        print(f"  {name:<32} {score(pairs, 'locations')}")
    sys.stdout.flush()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m nlp.tools.span_tagger_protocol", description=__doc__.splitlines()[0])
    parser.add_argument("--devset", type=Path, required=True)
    parser.add_argument("--rule-spans", type=Path, required=True)
    parser.add_argument("--lofo", action="store_true")
    parser.add_argument("--heldout2", action="store_true")
    args = parser.parse_args(argv)
    # heldout2's own rule places are never training features here: it is the test
    unseen = {k: v for k, v in training.unseen_rule_spans(args.rule_spans).items() if not k.startswith("h2-")}
    rows = {name: training.load_rows([name], directory=args.devset) for name in FILES}
    if args.lofo:
        for held in FILES:
            train_rows = [row for name in FILES if name != held for row in rows[name]]
            run(train_rows, rows[held], unseen, f"leave-one-file-out: {held} ({len(rows[held])} texts)", test_spans=unseen)
    if args.heldout2:
        test = training.load_rows(["heldout2.jsonl"], directory=args.devset)
        run([row for name in FILES for row in rows[name]], test, unseen,
            f"heldout2 ({len(test)} texts): these rules + a tagger trained on {', '.join(FILES)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

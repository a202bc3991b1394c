"""Re-run the honest measurement of the people tagger (nlp/PEOPLE_TAGGER.md). Not part of the product.

Run it from a worktree at the old rules with this branch's tagger files copied in, e.g. for heldout3.jsonl
(people rules at 90fa72e):

    git -C /work/main worktree add --detach /work/wt-old 90fa72e && ln -s /work/main/.venv /work/wt-old/.venv
    cp nlp/people_features.py nlp/people_tagger.py /work/wt-old/nlp/
    cp nlp/tools/train_people_tagger.py nlp/tools/people_tagger_protocol.py nlp/tools/tagger_data.py /work/wt-old/nlp/tools/
    cd /work/wt-old && .venv/bin/python -m nlp.tools.people_tagger_protocol --devset DIR --rule-spans FILE \
        --test heldout3.jsonl [--test-spans]

(an old nlp/spans.py without scores_of/store_scores needs those two functions appended). DIR is this
branch's nlp/devset, FILE this branch's nlp/data/en/people_tagger_rule_spans.json. The tagger is trained on
every other file of TRAIN_FILES in DIR (with the old commit's word lists; rule spans from FILE where it has
them, except the test file's) and scored on the test file's rows with a people list. Without --test-spans
the test file's rule descriptions are the old worktree's own rules (they must be the ones that had not seen
it); with it they are FILE's (for a validation fold on a file the old rules had seen). Only files named
in TRAIN_FILES are read, never the sealed ones.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..doc_attrs import CONFIDENCE, PEOPLE, read
from ..people_tagger import BLOCKING, combine
from . import train_people_tagger as training
from .tagger_data import score

CONFIDENT = 0.75


def run(train_rows, test_rows, unseen, title: str, test_spans=None, dropout: float = training.RULE_DROPOUT,
        iterations: int = training.ITERATIONS, changes: bool = False, margins=()) -> None:
    examples, _ = training.make_examples(train_rows, unseen, dropout)
    tagger = training.train(examples, iterations)
    results = {name: [] for name in ("rules", "tagger alone", "rules + tagger spans touching no rule description",
                                     "combine (fix or add)", "combine, said back (confidence >= 0.75)",
                                     "fixes only (no span touching no rule description)",
                                     *(f"combine, spans with margin >= {m}" for m in margins),
                                     *(f"combine, additions with margin >= {m}" for m in margins))}
    for row in test_rows:
        doc = training.rule_doc(row["text"])
        text = doc.text
        if test_spans is not None and row["id"] in test_spans:
            doc.user_data[PEOPLE] = [(s, e, text[s:e]) for s, e in test_spans[row["id"]]]
        gold = row.get("people", [])
        rules = read(doc, PEOPLE)
        blocked = [(s, e) for name in BLOCKING for s, e, _ in read(doc, name)]
        results["rules"].append((gold, [v for _, _, v in rules]))
        results["tagger alone"].append((gold, [text[s:e] for s, e in tagger.spans(doc, rules, blocked)]))
        saved = (list(rules), dict(doc.user_data.get(CONFIDENCE) or {}))
        combine(doc, tagger, replace=False, add_margin=0.0)
        results["rules + tagger spans touching no rule description"].append((gold, [v for _, _, v in read(doc, PEOPLE)]))
        doc.user_data[PEOPLE], doc.user_data[CONFIDENCE] = saved
        combine(doc, tagger, add_margin=0.0)
        people = [v for _, _, v in read(doc, PEOPLE)]
        results["combine (fix or add)"].append((gold, people))
        if changes and people != [v for _, _, v in rules]:
            print(f"{row['id']}: {row['text']!r}\n    gold {gold}\n    rules {[v for _, _, v in rules]}\n    combined {people}")
        scores = (doc.user_data.get(CONFIDENCE) or {}).get(PEOPLE, {})
        results["combine, said back (confidence >= 0.75)"].append(
            (gold, [v for v in people if scores.get(v, 1.0) >= CONFIDENT]))
        for m in margins:
            doc.user_data[PEOPLE], doc.user_data[CONFIDENCE] = saved
            combine(doc, tagger, min_margin=m, add_margin=0.0)
            results[f"combine, spans with margin >= {m}"].append((gold, [v for _, _, v in read(doc, PEOPLE)]))
            doc.user_data[PEOPLE], doc.user_data[CONFIDENCE] = saved
            combine(doc, tagger, add_margin=m)
            results[f"combine, additions with margin >= {m}"].append((gold, [v for _, _, v in read(doc, PEOPLE)]))
        doc.user_data[PEOPLE], doc.user_data[CONFIDENCE] = saved
        combine(doc, tagger, add_margin=float("inf"))
        results["fixes only (no span touching no rule description)"].append((gold, [v for _, _, v in read(doc, PEOPLE)]))
    print(f"{title}: {len(test_rows)} texts with people labels; trained on {len(train_rows)}, "
          f"{len(tagger.weights)} features, dropout {dropout}, {iterations} iterations")
    for name, pairs in results.items():
        print(f"  {name:<52} {score(pairs, 'people')}")
    sys.stdout.flush()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m nlp.tools.people_tagger_protocol", description=__doc__.splitlines()[0])
    parser.add_argument("--devset", type=Path, required=True)
    parser.add_argument("--rule-spans", type=Path, required=True)
    parser.add_argument("--test", required=True, help="the file scored (one of TRAIN_FILES)")
    parser.add_argument("--exclude", action="append", default=[], help="also leave this file out of training")
    parser.add_argument("--test-spans", action="store_true")
    parser.add_argument("--dropout", type=float, default=training.RULE_DROPOUT)
    parser.add_argument("--margin", type=float, action="append", default=[], help="also score combine with this min_margin")
    parser.add_argument("--changes", action="store_true", help="print the texts where the combination changes the rules'")
    args = parser.parse_args(argv)
    prefix = training.load_rows([args.test], directory=args.devset)
    test_ids = {row["id"] for row in prefix}
    spans = training.unseen_rule_spans(args.rule_spans)
    unseen = {k: v for k, v in spans.items() if k not in test_ids}
    names = [n for n in training.TRAIN_FILES if n != args.test and n not in args.exclude]
    train_rows = training.load_rows(names, directory=args.devset)
    run(train_rows, prefix, unseen, f"{args.test} (trained on {', '.join(names)})",
        test_spans=spans if args.test_spans else None, dropout=args.dropout, changes=args.changes,
        margins=args.margin)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""The fair measurement of the Spanish location tagger (nlp/LOCATION_TAGGER.md, "Spanish"). Not part of the product.

Run it from a worktree at the commit whose rules had not seen the held batch, with this branch's Spanish tagger
files copied in (nlp/tagger_features_es.py, nlp/tagged_places_es.py, nlp/tools/train_span_tagger_es.py,
nlp/tools/tagger_data.py, this file, nlp/data/es/span_tagger_cues.json):

    cd /work/wt-old-es-h2 && .venv/bin/python -m nlp.tools.span_tagger_protocol_es \
        --devset BRANCH/nlp/devset/es --rule-spans BRANCH/nlp/data/es/span_tagger_rule_spans.json --hold es-h2-

The tagger is trained on every Spanish dev row except the held batch's (the other held-out batches' rule
places as the rules found them unseen, this worktree's rules for the rest), then scored on the held batch, whose
rule places are the old rules' (from the rule-spans file). Only es/dev.jsonl and es/test.jsonl are read.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .. import tagged_places_es
from ..doc_attrs import CONFIDENCE, LOCATIONS
from ..extraction import CONFIDENT
from ..spans import overlaps
from ..tagged_places import spanish
from . import train_span_tagger_es as training
from .tagger_data import score


def run(train_rows, test_rows, unseen, test_spans, title: str, iterations: int) -> None:
    stacked, _ = training.train_spanish(train_rows, unseen, iterations)
    plain, _ = training.train_spanish(train_rows, unseen, iterations, stacked=False)
    results = {name: [] for name in ("rules", "plain tagger alone", "stacked tagger alone", "combination",
                                     "combination, additions only", "combination, boundary fixes only",
                                     "tagger decides (rule places it does not tag dropped)",
                                     "tagger decides (rule places it does not tag dropped)",
                                     "said back (confidence >= 0.75): rules", "said back: combination")}
    for row in test_rows:
        doc = training.rule_doc(row["text"])
        text = doc.text
        if row["id"] in test_spans:   # the whole old extractor's places (its English tagger had run already)
            doc.user_data[LOCATIONS] = [(s, e, text[s:e]) for s, e in test_spans[row["id"]]]
        gold = row.get("locations", [])
        rules = list(doc.user_data.get(LOCATIONS) or [])
        scores = dict((doc.user_data.get(CONFIDENCE) or {}).get(LOCATIONS, {}))
        results["rules"].append((gold, [v for _, _, v in rules]))
        results["said back (confidence >= 0.75): rules"].append(
            (gold, [v for _, _, v in rules if scores.get(v, 1.0) >= CONFIDENT]))
        if not spanish(doc):   # left to the rules (and the English tagger, already in the old places)
            for name in results:
                if name not in ("rules", "said back (confidence >= 0.75): rules"):
                    results[name].append(results["rules"][-1] if "said" not in name else results[
                        "said back (confidence >= 0.75): rules"][-1])
            continue
        results["plain tagger alone"].append((gold, [text[s:e] for s, e in plain.spans(doc)]))
        results["stacked tagger alone"].append((gold, [text[s:e] for s, e in stacked.spans(doc, rules)]))
        model = tagged_places_es.model_places(doc, stacked, rules)
        rule_spans = [(s, e) for s, e, _ in rules]
        added = [m for m in model if not overlaps(m[0], m[1], rule_spans)]
        fixes = [m for m in model if overlaps(m[0], m[1], rule_spans)]
        for name, chosen in (("combination, additions only", added), ("combination, boundary fixes only", fixes)):
            taken = [(s, e) for s, e, _ in chosen]
            results[name].append((gold, [v for s, e, v in rules if not overlaps(s, e, taken)] + [v for *_, v in chosen]))
        decided = tagged_places_es.model_places(doc, stacked, rules, guarded=False)
        results["tagger decides (rule places it does not tag dropped)"].append((gold, [v for *_, v in decided if v]))
        tagged_places_es.combine(doc, stacked)
        places = [v for _, _, v in doc.user_data.get(LOCATIONS) or []]
        results["combination"].append((gold, places))
        scores = (doc.user_data.get(CONFIDENCE) or {}).get(LOCATIONS, {})
        results["said back: combination"].append((gold, [v for v in places if scores.get(v, 1.0) >= CONFIDENT]))
    print(title)
    for name, pairs in results.items():
        print(f"  {name:<40} {score(pairs, 'locations')}")
    sys.stdout.flush()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m nlp.tools.span_tagger_protocol_es", description=__doc__.splitlines()[0])
    parser.add_argument("--devset", type=Path, required=True, help="the branch's nlp/devset/es")
    parser.add_argument("--rule-spans", type=Path, required=True)
    parser.add_argument("--hold", required=True, help="the held batch's id prefix: es-h2-, es-d20-, es-h-")
    parser.add_argument("--iterations", type=int, default=training.ITERATIONS)
    args = parser.parse_args(argv)
    rows = training.load_rows([args.devset / "dev.jsonl", args.devset / "test.jsonl"])
    spans = training.unseen_rule_spans(args.rule_spans)
    test_spans = {k: v for k, v in spans.items() if k.startswith(args.hold)}
    unseen = {k: v for k, v in spans.items() if not k.startswith(args.hold)}
    train_rows = [row for row in rows if not row["id"].startswith(args.hold)]
    test_rows = [row for row in rows if row["id"].startswith(args.hold)]
    run(train_rows, test_rows, unseen, test_spans,
        f"{args.hold}* ({len(test_rows)} texts): these rules + a Spanish tagger trained on {len(train_rows)} other rows",
        args.iterations)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

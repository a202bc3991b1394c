"""Train the people-description tagger (nlp/people_tagger.py): `python -m nlp.tools.train_people_tagger`.

Reads the `dev` rows with a `people` list of the English dev files named in TRAIN_FILES (never the sealed
held-out files), marks every labelled description in the text as B-PER / I-PER tokens, and trains a greedy
averaged perceptron (span_tagger's Trainer, shuffled with a fixed seed: the same data gives the same
weights); rewrites nlp/data/en/people_tagger.json.

The tagger reads the rules' descriptions as features (stacking). On texts the rules were tuned on those
are nearly perfect, and a tagger trained on them only learns to copy the rules; so for the texts of the
files the rules were once scored on unseen, the features are the descriptions the rules found then
(nlp/data/en/people_tagger_rule_spans.json), and today's rules for the rest; RULE_DROPOUT of the rule
descriptions are hidden at random in training, so that the tagger also learns to find them alone.

Retrain after changing the people rules, their word lists or the dev set's people labels.
"""
from __future__ import annotations

import argparse
import random
from functools import partial
from pathlib import Path

from ..doc_attrs import PEOPLE, read
from ..people_features import token_features
from ..people_tagger import BLOCKING, LABEL, LABELS, WEIGHTS_PATH, PeopleTagger
from ..perceptron import OUTSIDE, tag_features
from ..sealed import is_sealed
from . import tagger_data
from .tagger_data import DEVSET_DIR, TRAIN_FILES, read_rows, run_rules, shown_rule_spans
from .train_span_tagger import Trainer, gold_tags

ITERATIONS = 8
RULE_DROPOUT = 0.15
RULE_SPANS_PATH = WEIGHTS_PATH.parent / "people_tagger_rule_spans.json"


def load_rows(names=TRAIN_FILES, directory: Path = DEVSET_DIR) -> list[dict]:
    """The dev rows with a people list of the named files (a sealed file is refused)."""
    for name in names:
        if is_sealed(name) or "es" in Path(name).parts:
            raise ValueError(f"{name} is sealed or not English")
    return [row for row in read_rows(directory / name for name in names) if "people" in row]


# The text run through the rule components up to and including tip_people (the Doc): rule_doc(text, pipeline=None)
rule_doc = partial(run_rules, stop_after="tip_people")


def unseen_rule_spans(path: Path = RULE_SPANS_PATH) -> dict[str, list[tuple[int, int]]]:
    """{text id: [(start, end), ...]}: the rules' descriptions in a text before they were tuned on it."""
    return tagger_data.unseen_rule_spans(path)


def example(row: dict, rule_spans: dict, rng: random.Random | None, dropout: float):
    """(features, scored, gold tags, labelled descriptions not on token boundaries) of one row."""
    doc = rule_doc(row["text"])
    spans = shown_rule_spans(row, read(doc, PEOPLE), rule_spans, rng, dropout)
    blocked = [(s, e) for name in BLOCKING for s, e, _ in read(doc, name)]
    features, scored = token_features(doc, spans, blocked)
    tags, lost = gold_tags(doc, row.get("people", []), LABEL)
    return features, scored, tags, lost


def make_examples(rows: list[dict], rule_spans: dict | None = None, dropout: float = 0.0, seed: int = 1):
    rng = random.Random(seed)
    examples, missing = [], 0
    for row in rows:
        features, scored, tags, lost = example(row, rule_spans or {}, rng, dropout)
        missing += lost
        examples.append((features, scored, tags))
    return examples, missing


def train(examples, iterations: int = ITERATIONS, seed: int = 0) -> PeopleTagger:
    """Greedy training: each decision sees the tag the model itself gave the token before (as when tagging);
    tokens the tagger never scores (far from any people word) are O and not learnt from."""
    trainer = Trainer(LABELS)
    order = list(range(len(examples)))
    rng = random.Random(seed)
    for _ in range(iterations):
        rng.shuffle(order)
        tagger = PeopleTagger(trainer.weights)
        for index in order:
            features, scored, gold = examples[index]
            previous = OUTSIDE
            for feats, wanted, truth in zip(features, scored, gold):
                if not wanted:
                    previous = OUTSIDE
                    continue
                full = (*feats, *tag_features(feats, previous))
                guess = tagger.choose(tagger.vector(full), previous)
                trainer.update(truth, guess, full)
                previous = guess
    return PeopleTagger(trainer.averaged())


def save(tagger: PeopleTagger, path: Path = WEIGHTS_PATH, note: str = "") -> None:
    tagger_data.save_weights(path, note, tagger.labels, tagger.weights)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m nlp.tools.train_people_tagger", description=__doc__.splitlines()[0])
    parser.add_argument("--iterations", type=int, default=ITERATIONS)
    parser.add_argument("--out", type=Path, default=WEIGHTS_PATH)
    args = parser.parse_args(argv)
    rows = load_rows()
    examples, missing = make_examples(rows, unseen_rule_spans(), RULE_DROPOUT)
    tagger = train(examples, args.iterations)
    save(tagger, args.out, note=f"trained by nlp.tools.train_people_tagger on {len(rows)} dev texts with people labels "
                               f"({', '.join(TRAIN_FILES)}), {args.iterations} iterations, rule dropout {RULE_DROPOUT}")
    print(f"{len(rows)} texts, {missing} labelled descriptions not on token boundaries, {len(tagger.weights)} features, "
          f"{args.out.stat().st_size / 1024:.0f} KB -> {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Train the location span tagger (nlp/span_tagger.py): `python -m nlp.tools.train_span_tagger [--iterations N]`.

Reads the `dev` rows of the English dev files (never the sealed held-out files), marks every labelled
place in the text as B-LOC / I-LOC tokens, and trains a greedy averaged perceptron (shuffled with a fixed
seed: the same data gives the same weights); rewrites nlp/data/en/span_tagger.json.

The tagger reads the rules' places as features (stacking). On the texts the rules were tuned on those are
nearly perfect, and a tagger trained on them only learns to copy the rules. So for the texts of each
held-out file the features are the places the rules found when that file was still unseen
(nlp/data/en/span_tagger_rule_spans.json: heldout.jsonl by the rules at d686df1, dev_s19.jsonl at 11779f7,
heldout2.jsonl at 2e0310c), and today's rules for the rest; and RULE_DROPOUT of the rule places are hidden
from the tagger at random in training, so that it learns to find places on its own too.

Retrain after changing the rules, the word lists or the dev set's places: `python -m nlp.tools.train_span_tagger`.
The Spanish tagger (nlp/data/es/span_tagger.json, from every Spanish dev file): `... train_span_tagger --lang es`.
"""
from __future__ import annotations

import argparse
import random
import re
from functools import partial
from pathlib import Path

from spacy.tokens import Doc

from ..doc_attrs import LOCATIONS
from ..perceptron import OUTSIDE, tag_features
from ..sealed import is_sealed
from ..span_tagger import WEIGHTS_PATH, SpanTagger
from ..tagger_features import token_features
from . import tagger_data
from .tagger_data import DEVSET_DIR, TRAIN_FILES, read_rows, run_rules, shown_rule_spans

LABELS = ("O", "B-LOC", "I-LOC")
ITERATIONS = 8
RULE_DROPOUT = 0.15  # share of rule places hidden from the tagger in training
RULE_SPANS_PATH = WEIGHTS_PATH.parent / "span_tagger_rule_spans.json"
MIN_WEIGHT = 0.005  # averaged weights smaller than this are dropped from the shipped file


def load_rows(names=TRAIN_FILES, directory: Path = DEVSET_DIR) -> list[dict]:
    for name in names:
        if is_sealed(name):
            raise ValueError(f"{name} is sealed")
    return read_rows(directory / name for name in names)


# The text run through today's rule components (the Doc, not the Extraction): rule_doc(text, pipeline=None)
rule_doc = partial(run_rules, stop_before="tip_span_tagger")


SPACE_RE = re.compile(r"\s+")


def gold_tags(doc: Doc, places: list[str], label: str = "LOC") -> tuple[list[str], int]:
    """B-/I- tags for every place of the label list, wherever it occurs in the text (case-insensitive, whole
    words); returns the tags and how many labelled places were not found on token boundaries."""
    text = doc.text
    tags = [OUTSIDE] * len(doc)
    missing = 0
    for place in places:
        words = place.strip(" .,;:!?\"'()").split()
        if not words:
            continue
        pattern = re.compile(r"(?<!\w)" + r"\s+".join(re.escape(w) for w in words) + r"(?!\w)", re.IGNORECASE)
        hits = 0
        for match in pattern.finditer(text):
            span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
            if span is None or any(tags[i] != OUTSIDE for i in range(span.start, span.end)):
                continue
            tags[span.start] = f"B-{label}"
            for i in range(span.start + 1, span.end):
                tags[i] = f"I-{label}"
            hits += 1
        missing += not hits
    return tags, missing


class Trainer:
    """Averaged perceptron (weights averaged over every update step, as NLTK's and spaCy v1's)."""

    def __init__(self, labels=LABELS):
        self.labels = list(labels)
        self.index = {label: k for k, label in enumerate(self.labels)}
        self.weights: dict[str, list[float]] = {}
        self.totals: dict[str, list[float]] = {}
        self.stamps: dict[str, list[int]] = {}
        self.step = 0

    def update(self, truth: str, guess: str, feats) -> None:
        self.step += 1
        if truth == guess:
            return
        n = len(self.labels)
        for feat in feats:
            weights = self.weights.setdefault(feat, [0.0] * n)
            totals = self.totals.setdefault(feat, [0.0] * n)
            stamps = self.stamps.setdefault(feat, [0] * n)
            for k, delta in ((self.index[truth], 1.0), (self.index[guess], -1.0)):
                totals[k] += (self.step - stamps[k]) * weights[k]
                stamps[k] = self.step
                weights[k] += delta

    def averaged(self) -> dict[str, list[float]]:
        out = {}
        for feat, weights in self.weights.items():
            totals, stamps = self.totals[feat], self.stamps[feat]
            avg = [(totals[k] + (self.step - stamps[k]) * weights[k]) / max(self.step, 1) for k in range(len(weights))]
            if max(abs(w) for w in avg) >= MIN_WEIGHT:
                out[feat] = [round(w, 4) for w in avg]
        return out


def train(examples: list[tuple[list[list[str]], list[str]]], labels=LABELS, iterations: int = ITERATIONS,
          seed: int = 0, stacked: bool = False) -> SpanTagger:
    """examples: (token features, gold tags) per text. Greedy training: each decision sees the tag the model
    itself gave the token before (as when tagging)."""
    trainer = Trainer(labels)
    order = list(range(len(examples)))
    rng = random.Random(seed)
    for _ in range(iterations):
        rng.shuffle(order)
        tagger = SpanTagger(labels, trainer.weights, stacked)
        for index in order:
            features, gold = examples[index]
            previous = OUTSIDE
            for feats, truth in zip(features, gold):
                full = (*feats, *tag_features(feats, previous))
                guess = tagger.predict_features([feats], previous)[0]
                trainer.update(truth, guess, full)
                previous = guess
    return SpanTagger(labels, trainer.averaged(), stacked)


def unseen_rule_spans(path: Path = RULE_SPANS_PATH) -> dict[str, list[tuple[int, int]]]:
    """{text id: [(start, end), ...]}: the places the rules found in a held-out text before they were tuned on it."""
    return tagger_data.unseen_rule_spans(path)


def make_examples(rows: list[dict], stacked: bool, rule_spans: dict | None = None, field: str = "locations",
                  label: str = "LOC", dropout: float = 0.0, seed: int = 1, features=token_features):
    """(features, tags) per row. rule_spans: {id: [(start, end), ...]} to use instead of today's rules' places
    for those ids; `dropout`: the share of rule places hidden (at random, with a fixed seed); `features`: the
    tagger's token_features (the Spanish tagger's: tagger_features_es.token_features)."""
    examples, missing = [], 0
    rng = random.Random(seed)
    for row in rows:
        doc = rule_doc(row["text"])
        spans = shown_rule_spans(row, doc.user_data.get(LOCATIONS) or [], rule_spans or {}, rng, dropout)
        tags, lost = gold_tags(doc, row.get(field, []), label)
        missing += lost
        examples.append((features(doc, spans if stacked else None), tags))
    return examples, missing


def save(tagger: SpanTagger, path: Path = WEIGHTS_PATH, note: str = "") -> None:
    tagger_data.save_weights(path, note, tagger.labels, tagger.weights, stacked=tagger.stacked)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m nlp.tools.train_span_tagger", description=__doc__.splitlines()[0])
    parser.add_argument("--iterations", type=int, default=ITERATIONS)
    parser.add_argument("--out", type=Path, default=None)
    parser.add_argument("--lang", choices=("en", "es"), default="en",
                        help="es: the Spanish tagger, from every Spanish dev file (train_span_tagger_es.py)")
    args = parser.parse_args(argv)
    if args.lang == "es":
        from . import train_span_tagger_es
        return train_span_tagger_es.main(args.iterations, args.out or train_span_tagger_es.WEIGHTS_PATH)
    args.out = args.out or WEIGHTS_PATH
    rows = load_rows()
    examples, missing = make_examples(rows, stacked=True, rule_spans=unseen_rule_spans(), dropout=RULE_DROPOUT)
    tagger = train(examples, iterations=args.iterations, stacked=True)
    save(tagger, args.out, note=f"trained by nlp.tools.train_span_tagger on {len(rows)} dev texts "
                               f"({', '.join(TRAIN_FILES)}), {args.iterations} iterations, rule dropout {RULE_DROPOUT}")
    print(f"{len(rows)} texts, {missing} labelled places not on token boundaries, {len(tagger.weights)} features, "
          f"{args.out.stat().st_size / 1024:.0f} KB -> {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

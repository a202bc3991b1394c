"""The pieces every learned tagger shares (span_tagger.py, tagged_places_es.py, people_tagger.py): a greedy
averaged-perceptron BIO tagger's weights read from its file, summed per label, the choice of a tag, and tags
turned into spans. Each tagger's features and its fast decoding loop are its own; these are the same in all three.

The fast loops (SpanTagger.tags, SpanishTagger.tags, PeopleTagger.tags) write their neighbours' sums out inline, and
the two location taggers `choose` too: a call per token cost the English tagger some 5% (measured at stop 23), and
the float sums must keep their order to give the same tags. Each fast loop is checked against its tagger's feature path (the reference) by a
test_the_fast_path_tags_as_the_feature_path_does in tests/nlp.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

from spacy.tokens import Doc

OUTSIDE = "O"
_intern = sys.intern


def read_weights(path: Path) -> dict:
    """A tagger's weights file ({"labels", "weights", ...}), the feature names interned (looked up by identity)."""
    data = json.loads(path.read_text(encoding="utf-8"))
    data["weights"] = {_intern(f): w for f, w in data["weights"].items()}
    return data


def summed(weights: dict[str, list[float]], feats, n_labels: int) -> tuple[float, ...]:
    """The summed weights of some features, per label, added in the features' order (the shipped three labels'
    sums written out: the same floats)."""
    get = weights.get
    if n_labels == 3:
        a = b = c = 0.0
        for feat in feats:
            w = get(feat)
            if w is not None:
                a += w[0]
                b += w[1]
                c += w[2]
        return a, b, c
    total = [0.0] * n_labels
    for feat in feats:
        w = get(feat)
        if w is not None:
            for k, value in enumerate(w):
                total[k] += value
    return tuple(total)


def tag_features(feats, previous: str) -> tuple[str, ...]:
    """The features that read the previous tag: alone and with the word's shape (feats[2])."""
    return f"t-1={previous}", f"t-1={previous}|{feats[2]}"


def choose(labels, scores, previous: str) -> str:
    """O, then B-, then I- (only after a tag of its kind) of three labels: the first best wins a tie."""
    best, best_score = OUTSIDE, scores[0]
    if scores[1] > best_score:
        best, best_score = labels[1], scores[1]
    if scores[2] > best_score and previous != OUTSIDE:
        best = labels[2]
    return best


def tags_to_tokens(tags: list[str], label: str = "LOC") -> list[tuple[int, int]]:
    """(start_token, end_token) of each run B-label, I-label, ..."""
    begin, inside = f"B-{label}", f"I-{label}"
    if begin not in tags:
        return []  # most texts: every span starts with a B- tag (one C-level scan, no loop)
    found = []
    start = None
    for i, tag in enumerate(tags):
        if start is not None and tag != inside:
            found.append((start, i))
            start = None
        if tag == begin:
            start = i
    if start is not None:
        found.append((start, len(tags)))
    return found


def char_spans(doc: Doc, tags: list[str], label: str) -> list[tuple[int, int]]:
    """(start_char, end_char) of the spans tagged `label`."""
    return [(doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text)) for start, end in tags_to_tokens(tags, label)]

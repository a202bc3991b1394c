"""A small learned span tagger: a greedy averaged-perceptron BIO tagger over spaCy's tokens.

The rules (places.py, streets.py, towns.py) find most places; on text they were never tuned on they
miss some and cut others short. This tagger reads each token with its neighbours (lower-cased word,
shape, suffix, previous/next words, whether the token is in a gazetteer name, a street or place word,
after a place cue, inside a span the rules already found) and tags it O / B-LOC / I-LOC, left to
right, each decision seeing the one before it (the classic NLTK / spaCy-v1 greedy tagger).

The weights are trained by `python -m nlp.tools.train_span_tagger` (deterministic) and shipped in
nlp/data/en/span_tagger.json; they are read once per process. Its features are tagger_features.py; how its
places join the rules' (the pipeline component) is tagged_places.py; nlp/LOCATION_TAGGER.md says how that
was chosen and measured.

Speed: the per-word features (word, shape, suffix, word-list flags, and the same as a neighbour's) are
built once per distinct word and kept in a bounded cache as interned strings; a text's score is a sum
of small per-label weight lists.
"""
from __future__ import annotations

from functools import lru_cache
from itertools import islice
from pathlib import Path

from spacy.attrs import ORTH
from spacy.tokens import Doc

from .doc_attrs import (
    GAZETTEER_NAMES,
    LOCAL_NAMES,
    STRONG_CUE_WORDS,
    read,
)
from .lexicon import DATA_DIR
from .perceptron import OUTSIDE, char_spans, read_weights, summed, tag_features, tags_to_tokens
from .tagger_features import (
    CANDIDATE_FLAGS,
    MAX_CACHED_WORDS,
    char_spans_to_tokens,
    mark,
    signature_features,
    token_features,
    window_marks,
    word_parts,
)

WEIGHTS_PATH = DATA_DIR / "en" / "span_tagger.json"


def add(x: tuple[float, ...], y: tuple[float, ...]) -> tuple[float, ...]:
    if len(x) == 3 == len(y):  # the shipped labels: written out, the same sums without a generator
        return x[0] + y[0], x[1] + y[1], x[2] + y[2]
    return tuple(a + b for a, b in zip(x, y))


class SpanTagger:
    """Greedy left-to-right BIO tagging with an averaged perceptron's weights."""

    def __init__(self, labels: list[str], weights: dict[str, list[float]], stacked: bool):
        self.labels = list(labels)
        self.weights = weights
        self.stacked = stacked  # reads the rules' spans as features
        # the fast path (`tags`) sums each word's features once (word_vectors), kept by ORTH id
        self._pairs: dict = {}
        self._ids: dict[int, tuple] = {}  # ORTH id -> word_vectors
        self._signatures: dict[tuple, tuple] = {}  # (shape, flags) -> summed weights; a few hundred at most
        self._const = {feat: tuple(weights.get(feat) or [0.0] * len(self.labels))
                       for feat in ("", "first", "last", "after_stop", "after_cue", "r=O", "r=B", "r=I", "g=B", "g=I",
                                    "l=B", "l=I")}

    def vector(self, feats) -> tuple[float, ...]:
        """The summed weights of some features, per label."""
        return summed(self.weights, feats, len(self.labels))

    def word_vectors(self, word: str) -> tuple:
        """A word's summed weights: (own + bias, as the word two before, one before, one after, two after,
        its shape feature, its word feature, {previous tag: own + bias + the previous-tag features' weights}, ends
        a sentence, worth tagging, {the next word's shape: as the word before it + the pair of shapes' weights},
        filled while decoding). The parts that read only the shape and flags are summed once per (shape, flags)."""
        lower, shape, flags = word_parts(word)
        signature = self._signatures.get((shape, flags))
        if signature is None:
            own, neighbours = signature_features(shape, flags)
            by_tag = {label: self.vector(tag_features(("bias", "", f"s={shape}"), label)) for label in self.labels}
            signature = self._signatures[(shape, flags)] = (
                self.vector(("bias", *own)), self.vector(neighbours[-2]), self.vector(neighbours[-1]),
                self.vector(neighbours[1]), self.vector(neighbours[2]), by_tag,
                "X" in shape or "d" in shape or not CANDIDATE_FLAGS.isdisjoint(flags))
        # the features that name the word (w=, x3=, p2=; w-2= ... w2= as a neighbour: build_word_features), added
        # to the signature's in the same order (built inline: every word the cache has not seen costs this)
        get = self.weights.get
        word_feat = "w=" + lower
        total = signature[0]
        for feat in (word_feat, "x3=" + lower[-3:], "p2=" + lower[:2]):
            w = get(feat)
            if w is not None:
                total = add(total, w)
        w = get("w-2=" + lower)
        m2 = signature[1] if w is None else add(signature[1], w)
        w = get("w-1=" + lower)
        m1 = signature[2] if w is None else add(signature[2], w)
        w = get("w1=" + lower)
        p1 = signature[3] if w is None else add(signature[3], w)
        w = get("w2=" + lower)
        p2 = signature[4] if w is None else add(signature[4], w)
        # own + each previous tag's weights, summed here once: the decode's first sum (own[k] + t[k]) for every text
        by_tag = {label: add(total, t) for label, t in signature[5].items()}
        return (total, m2, m1, p1, p2, "s=" + shape, word_feat, by_tag, word in (".", "!", "?"), signature[6], {})

    def rows(self, doc: Doc) -> list[tuple]:
        """word_vectors for each token, looked up by the token's ORTH id (no Token objects are made)."""
        by_id = self._ids
        strings = doc.vocab.strings
        rows = []
        for orth in doc.to_array(ORTH).tolist():
            row = by_id.get(orth)
            if row is None:
                if len(by_id) >= MAX_CACHED_WORDS:
                    # bounded: texts bring new words (plates, numbers, typos) for ever. The older half goes, not
                    # all: emptied, every common word would be summed again in the texts that follow
                    for key in list(islice(by_id, len(by_id) // 2)):
                        del by_id[key]
                row = by_id[orth] = self.word_vectors(strings[orth])
            rows.append(row)
        return rows

    def tags(self, doc: Doc, rule_spans=None) -> list[str]:
        """What predict_features(token_features(doc, rule_spans)) gives, summed word by word (faster)."""
        n = len(doc)
        if not n:
            return []
        if len(self.labels) != 3:  # the fast path below is written out for O / B- / I-
            return self.predict_features(token_features(doc, rule_spans if self.stacked else None))
        table = self.rows(doc)
        const = self._const
        zero = const[""]
        weights = self.weights
        # the per-text features (names, cues, rule places): their summed weights per token, or None
        extra: list[list | None] = [None] * n
        for spans, begin_feat, inside_feat in ((read(doc, GAZETTEER_NAMES), "g=B", "g=I"),
                                               (read(doc, LOCAL_NAMES), "l=B", "l=I")):
            if not spans:
                continue
            for i, feat in enumerate(mark(spans, n, begin_feat, inside_feat)):
                if feat:
                    if extra[i] is None:
                        extra[i] = []
                    extra[i].append(const[feat])
        for _, end in read(doc, STRONG_CUE_WORDS):
            if end < n:
                if extra[end] is None:
                    extra[end] = []
                extra[end].append(const["after_cue"])
                extra[end].append(weights.get(f"after_cue|{table[end][5]}") or zero)
        base = [zero] * n
        rules = None
        if self.stacked:
            base = [const["r=O"]] * n
            if rule_spans:
                rules = mark(char_spans_to_tokens(doc, rule_spans), n, "r=B", "r=I")
                for i, feat in enumerate(rules):
                    if feat:
                        base[i] = const[feat]
                        if feat == "r=B" and i and rules[i - 1] is None:
                            if extra[i] is None:
                                extra[i] = []
                            extra[i].append(weights.get(f"r=B|prev={table[i - 1][6]}") or zero)
        base[0] = add(base[0], const["first"])
        base[-1] = add(base[-1], const["last"])
        # Only tokens within WINDOW of a token worth tagging are scored (a capital, a digit, a street, place,
        # gazetteer or unknown word, a cue before it, a rule place): the others are O, as the full pass
        # tags them (checked on the dev set: the same places on every text).
        scored = window_marks([i for i in range(n) if table[i][9] or extra[i] is not None
                               or (rules is not None and rules[i])], n)
        after_stop = const["after_stop"]
        outside, begin, inside = self.labels
        tags = []
        previous = OUTSIDE
        prev_row = None
        # Each score adds, in this order: own + previous tag, the rule place, the word before + the pair of shapes,
        # after a stop, two before, one after, two after, the per-text features. The two sums that read only the
        # cached rows (own + previous tag; the word before + the pair of shapes) are each the first addition of
        # their terms, so they are made once, in the rows, as the same floats: the order of the float sums (and so
        # every tag) is the one this loop had when it made them per token (bench/dump_extract.py: no difference).
        for i in range(n):
            row = table[i]
            if not scored[i]:
                tags.append(outside)
                previous = outside
                prev_row = row
                continue
            own = row[7][previous]
            r = base[i]
            a = own[0] + r[0]
            b = own[1] + r[1]
            c = own[2] + r[2]
            if i:
                w = prev_row[10].get(row[5])
                if w is None:
                    w = self.before_and_pair(prev_row, row[5])
                a += w[0]
                b += w[1]
                c += w[2]
                if prev_row[8]:
                    a += after_stop[0]
                    b += after_stop[1]
                    c += after_stop[2]
                if i > 1:
                    w = table[i - 2][1]
                    a += w[0]
                    b += w[1]
                    c += w[2]
            if i + 1 < n:
                w = table[i + 1][3]
                a += w[0]
                b += w[1]
                c += w[2]
                if i + 2 < n:
                    w = table[i + 2][4]
                    a += w[0]
                    b += w[1]
                    c += w[2]
            more = extra[i]
            if more is not None:
                for w in more:
                    a += w[0]
                    b += w[1]
                    c += w[2]
            # O, then B-, then I- (only after a tag of its kind): the first best wins a tie
            best, best_score = outside, a
            if b > best_score:
                best, best_score = begin, b
            if c > best_score and previous != outside:
                best = inside
            tags.append(best)
            previous = best
            prev_row = row
        return tags

    def before_and_pair(self, prev_row: tuple, shape: str) -> tuple[float, ...]:
        """The word before as the word before (its row's weights at -1) + the weights of the pair of shapes
        ("ws=<shape>|<shape before>"), per label: kept in the row before, by the shape after it."""
        w = self._pairs.get((shape, prev_row[5]))
        if w is None:
            w = self.pair_of_shapes((shape, prev_row[5]))
        m1 = prev_row[2]
        out = prev_row[10][shape] = (m1[0] + w[0], m1[1] + w[1], m1[2] + w[2])
        return out

    def pair_of_shapes(self, key: tuple[str, str]) -> tuple[float, ...]:
        """The weights of "ws=<shape>|<shape before>", looked up once per pair of shapes."""
        if len(self._pairs) >= MAX_CACHED_WORDS:
            self._pairs.clear()
        w = self._pairs[key] = tuple(self.weights.get(f"ws={key[0]}|{key[1]}") or (0.0, 0.0, 0.0))
        return w

    @classmethod
    def load(cls, path: Path = WEIGHTS_PATH) -> "SpanTagger":
        data = read_weights(path)
        return cls(data["labels"], data["weights"], data.get("stacked", False))

    def predict_features(self, features: list[list[str]], previous: str = OUTSIDE,
                         margins: list[float] | None = None) -> list[str]:
        """The tags of one text's tokens, left to right (`previous`: the tag before the first token).
        `margins`, when given, receives each choice's lead over the best other label."""
        weights = self.weights
        labels = self.labels
        n_labels = len(labels)
        tags = []
        for feats in features:
            scores = [0.0] * n_labels
            for feat in (*feats, *tag_features(feats, previous)):
                w = weights.get(feat)
                if w is not None:
                    for k in range(n_labels):
                        scores[k] += w[k]
            best, best_score, second = OUTSIDE, None, None
            for k in range(n_labels):
                label = labels[k]
                if label[0] == "I" and previous[2:] != label[2:]:
                    continue
                if best_score is None or scores[k] > best_score:
                    best, best_score, second = label, scores[k], best_score
                elif second is None or scores[k] > second:
                    second = scores[k]
            tags.append(best)
            if margins is not None:
                margins.append(best_score - (second if second is not None else best_score))
            previous = best
        return tags

    def spans(self, doc: Doc, rule_spans=None, label: str = "LOC") -> list[tuple[int, int]]:
        """(start_char, end_char) of the spans tagged `label`."""
        return char_spans(doc, self.tags(doc, rule_spans if self.stacked else None), label)

    def scored_spans(self, doc: Doc, rule_spans=None, label: str = "LOC") -> list[tuple[int, int, float]]:
        """(start_char, end_char, margin): the margin is the smallest lead of a tag of the span (and of the
        O after it) over the next best label: how sure the tagger is of the span and its two ends."""
        if not len(doc):
            return []
        margins: list[float] = []
        tags = self.predict_features(token_features(doc, rule_spans if self.stacked else None), OUTSIDE, margins)
        found = []
        for start, end in tags_to_tokens(tags, label):
            lead = min(margins[start:end + 1])
            found.append((doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text), lead))
        return found


@lru_cache(maxsize=1)
def shipped_tagger() -> SpanTagger | None:
    """The shipped weights (None when the data file is missing: the rules work alone)."""
    return SpanTagger.load() if WEIGHTS_PATH.exists() else None


# The tagger learnt English: a text with more Spanish function words than English ones is left to the rules
# (tip_spanish reads it). Accents are left out: lower_words holds runs of a-z only.

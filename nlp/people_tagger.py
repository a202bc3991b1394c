"""A learned tagger for people descriptions, stacked on the rules (component ``tip_people_tagger``).

The rules (people.py) find most descriptions ("red hoodie", "about 25", "6ft", "called Dee"); on text they
were never tuned on they miss some and cut others short. This is the location tagger's machinery
(a greedy averaged-perceptron BIO tagger over spaCy's tokens: the shared pieces in perceptron.py, the word
features' names in tagger_features.py, imported, not copied) with the features of people_features.py: the word, its shape and affixes, its neighbours, flags from the people
word lists, and the rules' descriptions (stacking). Its weights are nlp/data/en/people_tagger.json
(trained by `python -m nlp.tools.train_people_tagger`); a missing file means the rules work alone.

How its spans join the rules' (`combine`): see the function and nlp/PEOPLE_TAGGER.md, which says how this
was chosen and measured. A description only the tagger found gets MODEL_CONFIDENCE (below CONFIDENT).
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from .doc_attrs import CONFIDENCE, LOCATIONS, PEOPLE, PHONES, PLATES, TIMES, VEHICLES, attrs, read
from .lexicon import DATA_DIR, stop_words
from .people_drinking_glasses import drop_drinking_glasses
from .people_dropped_g import trim_dropped_g
from .people_features import (
    CANDIDATE_FLAGS,
    OFFSETS,
    neighbour_features,
    own_features,
    scored_tokens,
    text_features,
    token_bounds,
    token_features,
    token_marks,
    word_parts,
)
from .people_missing import drop_missing
from .perceptron import OUTSIDE, char_spans, choose, read_weights, summed, tag_features, tags_to_tokens
from .spans import overlaps, replace_with_tagged, text_of
from .tagged_places import spanish  # the tagger learnt English: a mostly Spanish text is left alone
from .tagger_features import MAX_CACHED_WORDS

WEIGHTS_PATH = DATA_DIR / "en" / "people_tagger.json"
LABELS = ("O", "B-PER", "I-PER")
LABEL = "PER"
BLOCKING = (PHONES, TIMES, PLATES, VEHICLES, LOCATIONS)  # what people.py never reads a person in
# A description only the tagger found is a guess: below nlp.extraction.CONFIDENT (0.75).
MODEL_CONFIDENCE = 0.6
# How sure the tagger must be of a description that touches none of the rules' (scored_spans' margin).
# Infinite: the shipped tagger only fixes the boundaries of the rules' descriptions and never adds one;
# adding them lost F1 on dev_s20b in the fair test (nlp/PEOPLE_TAGGER.md).
ADD_MARGIN = float("inf")


class PeopleTagger:
    """Greedy left-to-right BIO tagging (O / B-PER / I-PER) with an averaged perceptron's weights."""

    def __init__(self, weights: dict[str, list[float]], labels=LABELS):
        self.labels = tuple(labels)
        self.weights = weights
        self._words: dict[int, tuple] = {}  # ORTH id -> (own + bias, as the word at -2, -1, +1, +2, by previous tag, worth)
        zero = (0.0,) * len(self.labels)
        self._zero = zero
        self._text: dict[tuple, tuple] = {}  # per-text feature tuples -> summed weights
        self._by_shape: dict[str, dict] = {}  # "s=<shape>" -> {previous tag: the previous-tag features' weights}

    def vector(self, feats) -> tuple[float, ...]:
        return summed(self.weights, feats, len(self.labels))

    def predict(self, features: list[list[str]], scored: list[bool]) -> list[str]:
        """The tags of one text's tokens from their features (training and checks; `tags` is the fast path)."""
        weights = self.weights
        labels = self.labels
        tags = []
        previous = OUTSIDE
        for feats, wanted in zip(features, scored):
            if not wanted:
                tags.append(OUTSIDE)
                previous = OUTSIDE
                continue
            scores = [0.0] * len(labels)
            for feat in (*feats, *tag_features(feats, previous)):
                w = weights.get(feat)
                if w is not None:
                    for k in range(len(labels)):
                        scores[k] += w[k]
            tags.append(self.choose(scores, previous))
            previous = tags[-1]
        return tags

    def choose(self, scores, previous: str) -> str:
        """O, then B-, then I- (only after a tag of its kind): the first best wins a tie."""
        return choose(self.labels, scores, previous)

    def word_vectors(self, word: str) -> tuple:
        """(own + bias, as the word at -2, -1, +1, +2, {previous tag: weights}, worth tagging): the sums of
        word_features(word), built here without its cache (this tagger keeps its own, by ORTH id); the
        previous-tag weights read only the shape, so they are summed once per shape."""
        lower, shape, flags = word_parts(word)
        worth = any(ch.isdigit() for ch in word) or not CANDIDATE_FLAGS.isdisjoint(flags)
        own = own_features(lower, shape, flags)
        by_tag = self._by_shape.get(own[2])
        if by_tag is None:
            by_tag = self._by_shape[own[2]] = {label: self.vector(tag_features(own, label)) for label in self.labels}
        vector = self.vector
        return (vector(own), *(vector(neighbour_features(lower, shape, flags, o)) for o in OFFSETS), by_tag, worth)

    def tags(self, doc: Doc, rule_spans, blocked_spans=(), margins: list[float] | None = None,
             bounds=None) -> list[str]:
        """What predict(*token_features(doc, ...)) gives, summed word by word (faster). `margins`, when
        given, receives each token's lead of its tag over the next best (infinite for a token not scored)."""
        n = len(doc)
        if not n:
            return []
        cache = self._words
        strings = doc.vocab.strings
        table = []
        bounds = bounds or token_bounds(doc)
        for orth in bounds[2]:  # by ORTH id (a hash of the word): no Token objects are made
            row = cache.get(orth)
            if row is None:
                if len(cache) >= MAX_CACHED_WORDS:
                    cache.clear()
                row = cache[orth] = self.word_vectors(strings[orth])
            table.append(row)
        marks = token_marks(doc, rule_spans, bounds)
        blocked = token_marks(doc, blocked_spans, bounds)
        scored = scored_tokens([row[6] for row in table], marks)
        if not any(scored):
            if margins is not None:
                margins.extend([float("inf")] * n)
            return [OUTSIDE] * n
        text_cache = self._text
        labels = self.labels
        tags = []
        previous = OUTSIDE
        for i in range(n):
            if not scored[i]:
                tags.append(OUTSIDE)
                previous = OUTSIDE
                if margins is not None:
                    margins.append(float("inf"))
                continue
            row = table[i]
            key = (marks[i], marks[i - 1] if i else "^", marks[i + 1] if i + 1 < n else "$", blocked[i],
                   i == 0, i + 1 == n)
            extra = text_cache.get(key)
            if extra is None:
                extra = text_cache[key] = self.vector(text_features(marks, blocked, i))
            own = row[0]
            t = row[5][previous]
            a = own[0] + t[0] + extra[0]
            b = own[1] + t[1] + extra[1]
            c = own[2] + t[2] + extra[2]
            if i:
                w = table[i - 1][2]
                a += w[0]
                b += w[1]
                c += w[2]
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
            if margins is not None:
                allowed = sorted((a, b, c) if previous != OUTSIDE else (a, b), reverse=True)
                margins.append(allowed[0] - allowed[1])
            previous = choose(labels, (a, b, c), previous)
            tags.append(previous)
        return tags

    def spans(self, doc: Doc, rule_spans, blocked_spans=()) -> list[tuple[int, int]]:
        """(start_char, end_char) of the descriptions tagged."""
        bounds = token_bounds(doc)
        starts, ends, _ = bounds
        return [(starts[start], ends[end - 1])
                for start, end in tags_to_tokens(self.tags(doc, rule_spans, blocked_spans, bounds=bounds), LABEL)]

    def scored_spans(self, doc: Doc, rule_spans, blocked_spans=()) -> list[tuple[int, int, float]]:
        """(start_char, end_char, margin): the margin is the smallest lead of a tag of the span (and of the O
        after it) over the next best label: how sure the tagger is of the span and its two ends."""
        margins: list[float] = []
        tags = self.tags(doc, rule_spans, blocked_spans, margins)
        return [(doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text), min(margins[start:end + 1]))
                for start, end in tags_to_tokens(tags, LABEL)]

    def slow_spans(self, doc: Doc, rule_spans, blocked_spans=()) -> list[tuple[int, int]]:
        return char_spans(doc, self.predict(*token_features(doc, rule_spans, blocked_spans)), LABEL)

    @classmethod
    def load(cls, path: Path = WEIGHTS_PATH) -> "PeopleTagger":
        data = read_weights(path)
        return cls(data["weights"], data["labels"])


@lru_cache(maxsize=1)
def shipped_tagger() -> PeopleTagger | None:
    """The shipped weights (None when the data file is missing: the rules work alone)."""
    return PeopleTagger.load() if WEIGHTS_PATH.exists() else None


# a description never ends in these ("red hoodie and", "tall with")
TRAILING = frozenset(("&", "/", "+", "-", "x", "w/", "wiv"))
# nor starts with these ("of teenagers", "no coat", "a red hoodie"); "all black", "about 25" keep theirs
LEADING = frozenset("of a an the no with wearing and or w w/ wiv".split())


def trimmed(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """A tagged span without the punctuation it starts or ends with, the stop words it ends with and the
    LEADING words it starts with."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return start, end
    first, last = span.start, span.end
    stop = stop_words()
    while last > first and (doc[last - 1].is_punct or doc[last - 1].lower_ in stop or doc[last - 1].lower_ in TRAILING):
        last -= 1
    while first < last and (doc[first].is_punct or doc[first].lower_ in LEADING
                            or (doc[first].lower_ == "in" and first + 1 < last
                                and doc[first + 1].lower_ not in ("his", "her", "their"))):
        first += 1  # "in a red coat" -> "red coat", but "in his 30s" stays
    if first >= last:
        return start, start
    return doc[first].idx, doc[last - 1].idx + len(doc[last - 1].text)


def combine(doc: Doc, tagger: PeopleTagger, replace: bool = True, min_margin: float = 0.0,
            add_margin: float = ADD_MARGIN) -> None:
    """The tagger reads the rules' descriptions as features and tags the text. Each span it finds (trimmed;
    none over a time, plate, phone, vehicle or place, none inside a rule description, none the rules found
    exactly) that overlaps rule descriptions and holds them whole replaces them: a boundary fix ("scar on his lip" -> "big scar
    on his lip", "blonde" -> "blonde wig"). A span that touches no rule description is added only when
    its margin (scored_spans) is at least `add_margin`: ADD_MARGIN, infinite, so the shipped tagger never
    adds one. A rule description no tagged span touches stays: the tagger never only deletes one. A
    description the rules did not find exactly gets MODEL_CONFIDENCE. `replace=False`: spans overlapping
    rule descriptions are dropped; `min_margin`: only spans the tagger is that sure of. The variants are
    measured in nlp/PEOPLE_TAGGER.md."""
    rule_people = read(doc, PEOPLE)
    if not rule_people and add_margin == float("inf"):
        return  # only fixes: nothing to fix (most texts, so this is most of the tagger's speed)
    if spanish(doc):
        return
    blocked = [(s, e) for name in BLOCKING for s, e, _ in read(doc, name)]
    if min_margin or add_margin != float("inf"):
        found = tagger.scored_spans(doc, rule_people, blocked)
    else:  # the margins are not needed
        found = [(start, end, 0.0) for start, end in tagger.spans(doc, rule_people, blocked)]
    if not found:
        return
    text = text_of(doc)
    rule_spans = [(s, e) for s, e, _ in rule_people]
    model = []
    for start, end, margin in found:
        start, end = trimmed(doc, start, end)
        if start >= end or (start, end) in rule_spans or overlaps(start, end, blocked) \
                or any(s <= start and end <= e for s, e in rule_spans) or margin < min_margin:
            continue
        if overlaps(start, end, rule_spans):
            if not replace or any(start < e and s < end and not (start <= s and e <= end) for s, e in rule_spans):
                continue  # a fix only ever widens the rule descriptions it touches ("big tattoo" for
                # "tattoo on his arm" would cut it shorter)
        elif margin < add_margin:
            continue
        value = text[start:end].strip(" .,;:!?\"'()")
        if value:
            model.append((start, end, value))
    if not model:
        return
    replace_with_tagged(doc, PEOPLE, rule_people, model, MODEL_CONFIDENCE, keep_old_scores=True)


@Language.component(
    "tip_people_tagger",
    requires=attrs(PEOPLE, CONFIDENCE, PHONES, TIMES, PLATES, VEHICLES, LOCATIONS),
    assigns=attrs(PEOPLE, CONFIDENCE) + ["doc.spans"],
)
def tag_people(doc: Doc) -> Doc:
    """Let the learned tagger fix the rules' description boundaries and add the ones they missed (`combine`).

    doc (Doc): The Doc to annotate.
    RETURNS (Doc): The same Doc, doc._.people and doc._.confidence updated.
    """
    tagger = shipped_tagger()
    if tagger is not None:
        combine(doc, tagger)
    drop_missing(doc)  # "no helmet": after the tagger, which may read the garment alone too
    trim_dropped_g(doc)  # "nappy cryin": the tagger joins the verb after a garment
    drop_drinking_glasses(doc)  # "glasses flying everywhere" in a pub fight; after the trim ("glasses goin,")
    return doc

"""A small learned span tagger: a greedy averaged-perceptron BIO tagger over spaCy's tokens.

The rules (places.py, streets.py, towns.py) find most places; on text they were never tuned on they
miss some and cut others short. This tagger reads each token with its neighbours (lower-cased word,
shape, suffix, previous/next words, whether the token is in a gazetteer name, a street or place word,
after a place cue, inside a span the rules already found) and tags it O / B-LOC / I-LOC, left to
right, each decision seeing the one before it (the classic NLTK / spaCy-v1 greedy tagger).

The weights are trained by `python -m nlp.tools.train_span_tagger` (deterministic) and shipped in
nlp/data/en/span_tagger.json; they are read once per process. See nlp/LOCATION_TAGGER.md for how the
tagger is combined with the rules and how that was measured.

Speed: the per-word features (word, shape, suffix, word-list flags, and the same as a neighbour's) are
built once per distinct word and kept in a bounded cache as interned strings; a text's score is a sum
of small per-label weight lists.
"""
from __future__ import annotations

import json
import re
import sys
from functools import lru_cache
from pathlib import Path

from spacy.attrs import ORTH
from spacy.language import Language
from spacy.tokens import Doc

from .doc_attrs import (
    CONFIDENCE,
    GAZETTEER_NAMES,
    LOCAL_NAMES,
    LOCATIONS,
    PARTIAL_PLATES,
    PHONES,
    PLATES,
    STRONG_CUE_WORDS,
    VEHICLES,
    attrs,
    read,
)
from .lexicon import DATA_DIR, common_words, gazetteer, lexicon, stop_words
from .places import FROM_BEFORE_RE, ORDER_WORDS
from .spans import lower_words, overlaps, store, text_of
from .street_names import anchor_words

WEIGHTS_PATH = DATA_DIR / "en" / "span_tagger.json"
OUTSIDE = "O"
# A place only the tagger found is a guess: below nlp.extraction.CONFIDENT (0.75), so the flow does not
# say it back to the tipster as "Got it", but officers still see it.
MODEL_CONFIDENCE = 0.6
ORDINAL_RE = re.compile(r"^\d{1,3}(?:st|nd|rd|th)$")
_intern = sys.intern


@lru_cache(maxsize=None)
def word_lists() -> dict[str, frozenset[str]]:
    """The word lists the rules use, read from the same data (never copied here)."""
    streets, places = anchor_words()
    lex = lexicon()
    return {
        "street": streets,
        "place": places,
        "cue": lex["place_cues"],
        "common": common_words(),
        "stop": stop_words(),
        "name": lex["capitalised_name_words"],
        "chain": lex["chains"],
        "notplace": lex["not_places"],
    }


def shape_of(word: str) -> str:
    """"Main" -> "Xx", "9th" -> "dx", "SK19" -> "Xd", "O'Neil" -> "X'Xx": runs of one kind of character."""
    out = []
    last = ""
    for ch in word:
        kind = "X" if ch.isupper() else "x" if ch.isalpha() else "d" if ch.isdigit() else ch
        if kind != last:
            out.append(kind)
            last = kind
    return "".join(out)[:5]


_WORD_CACHE: dict[str, tuple[tuple[str, ...], dict[int, tuple[str, ...]]]] = {}
MAX_CACHED_WORDS = 10_000  # per cache; a tagger's word entry is ~0.7 KB


def word_features(word: str) -> tuple[tuple[str, ...], dict[int, tuple[str, ...]]]:
    """(the word's own features, {-2/-1/+1/+2: its features as a neighbour}), built once per word (training)."""
    cached = _WORD_CACHE.get(word)
    if cached is None:
        if len(_WORD_CACHE) >= MAX_CACHED_WORDS:
            _WORD_CACHE.clear()  # bounded: texts bring new words (plates, typos) for ever
        cached = _WORD_CACHE[word] = build_word_features(word)
    return cached


def word_parts(word: str) -> tuple[str, str, tuple[str, ...]]:
    """(lower-cased word, shape, flags from the rules' word lists)."""
    lists = word_lists()
    lower = word.lower()
    bare = lower.rstrip(".")
    flags = []
    if bare in lists["street"]:
        flags.append("st")
    if bare in lists["place"]:
        flags.append("pl")
    if lower in lists["cue"]:
        flags.append("cue")
    if lower in gazetteer():
        flags.append("gz")
    if lower in lists["stop"]:
        flags.append("sw")
    elif lower.isalpha() and lower not in lists["common"]:
        flags.append("unk")  # no dictionary word: a name, a typo or slang
    if lower in lists["name"]:
        flags.append("nm")
    if lower in lists["chain"]:
        flags.append("ch")
    if lower in lists["notplace"]:
        flags.append("np")
    if ORDINAL_RE.match(lower):
        flags.append("ord")
    elif lower.isdigit():
        flags.append(f"num{min(len(lower), 6)}")
    return lower, shape_of(word), tuple(flags)


def identity_features(lower: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The features that name the word itself: (its own, as a neighbour at -2, -1, +1, +2)."""
    return (f"w={lower}", f"x3={lower[-3:]}", f"p2={lower[:2]}"), \
        tuple(f"w{offset}={lower}" for offset in (-2, -1, 1, 2))


def signature_features(shape: str, flags: tuple[str, ...]) -> tuple[tuple[str, ...], dict[int, tuple[str, ...]]]:
    """The features that read only the word's shape and flags: (its own, {offset: as a neighbour})."""
    own = (f"s={shape}", *(f"f={flag}" for flag in flags))
    neighbours = {}
    for offset in (-2, -1, 1, 2):
        feats = [f"s{offset}={shape}"] if abs(offset) == 1 else []
        feats.extend(f"f{offset}={flag}" for flag in flags)
        neighbours[offset] = tuple(feats)
    return own, neighbours


def build_word_features(word: str) -> tuple[tuple[str, ...], dict[int, tuple[str, ...]]]:
    lower, shape, flags = word_parts(word)
    own = (f"w={lower}", f"s={shape}", f"x3={lower[-3:]}", f"p2={lower[:2]}", *(f"f={flag}" for flag in flags))
    neighbours = {}
    for offset in (-2, -1, 1, 2):
        feats = [f"w{offset}={lower}", f"s{offset}={shape}"] if abs(offset) == 1 else [f"w{offset}={lower}"]
        feats.extend(f"f{offset}={flag}" for flag in flags)
        neighbours[offset] = tuple(feats)
    return own, neighbours


WINDOW = 2  # tokens either side of one worth tagging that are tagged too
# A token worth tagging, or next to one: a capital or a digit in it, or one of these flags.
CANDIDATE_FLAGS = frozenset(("st", "pl", "gz", "unk", "nm", "ch", "ord"))


def mark(spans, n: int, begin: str, inside: str) -> list[str | None]:
    """Per-token B/I markers for token-offset spans."""
    marks: list[str | None] = [None] * n
    for start, end in spans:
        if 0 <= start < end <= n:
            marks[start] = begin
            for i in range(start + 1, end):
                marks[i] = inside
    return marks


def char_spans_to_tokens(doc: Doc, spans) -> list[tuple[int, int]]:
    """(start_char, end_char, ...) facts -> (start_token, end_token) offsets (tokens touching the span)."""
    out = []
    for fact in spans:
        span = doc.char_span(fact[0], fact[1], alignment_mode="expand")
        if span is not None:
            out.append((span.start, span.end))
    return out


def token_features(doc: Doc, rule_spans=None) -> list[list[str]]:
    """Every token's features except the previous tag (added while decoding). `rule_spans`: (start_char,
    end_char, ...) places the rules found, for the stacked model (None: a model that does not read them)."""
    words = [t.text for t in doc]
    n = len(words)
    table = [word_features(w) for w in words]
    gaz = mark(read(doc, GAZETTEER_NAMES), n, "g=B", "g=I")
    local = mark(read(doc, LOCAL_NAMES), n, "l=B", "l=I")
    cue_end = [False] * (n + 1)
    for _, end in read(doc, STRONG_CUE_WORDS):
        cue_end[end] = True
    rules = mark(char_spans_to_tokens(doc, rule_spans), n, "r=B", "r=I") if rule_spans is not None else None
    out = []
    for i in range(n):
        own, _ = table[i]
        feats = ["bias", *own]
        if i == 0:
            feats.append("first")
        else:
            feats.extend(table[i - 1][1][-1])
            prev = words[i - 1]
            if prev in ".!?":
                feats.append("after_stop")
            feats.append(f"ws={own[1]}|{table[i - 1][0][1]}")
            if i > 1:
                feats.extend(table[i - 2][1][-2])
        if i + 1 < n:
            feats.extend(table[i + 1][1][1])
            if i + 2 < n:
                feats.extend(table[i + 2][1][2])
        else:
            feats.append("last")
        if gaz[i]:
            feats.append(gaz[i])
        if local[i]:
            feats.append(local[i])
        if cue_end[i]:
            feats.append("after_cue")
            feats.append(f"after_cue|{own[1]}")
        if rules is not None:
            feats.append(rules[i] or "r=O")
            if rules[i] and i and rules[i - 1] is None and rules[i] == "r=B":
                feats.append(f"r=B|prev={table[i - 1][0][0]}")
        out.append(feats)
    return out


def add(x: tuple[float, ...], y: tuple[float, ...]) -> tuple[float, ...]:
    return tuple(a + b for a, b in zip(x, y))


def tag_features(feats: list[str], previous: str) -> tuple[str, ...]:
    """The features that read the previous tag: alone and with the word's shape."""
    return f"t-1={previous}", f"t-1={previous}|{feats[2]}"


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
        total = [0.0] * len(self.labels)
        weights = self.weights
        for feat in feats:
            w = weights.get(feat)
            if w is not None:
                for k, value in enumerate(w):
                    total[k] += value
        return tuple(total)

    def word_vectors(self, word: str) -> tuple:
        """A word's summed weights: (own + bias, as the word two before, one before, one after, two after,
        its shape feature, its word feature, {previous tag: the previous-tag features' weights}, ends a sentence,
        worth tagging). The parts that read only the shape and flags are summed once per (shape, flags)."""
        lower, shape, flags = word_parts(word)
        signature = self._signatures.get((shape, flags))
        if signature is None:
            own, neighbours = signature_features(shape, flags)
            by_tag = {label: self.vector(tag_features(("bias", "", f"s={shape}"), label)) for label in self.labels}
            signature = self._signatures[(shape, flags)] = (
                self.vector(("bias", *own)), self.vector(neighbours[-2]), self.vector(neighbours[-1]),
                self.vector(neighbours[1]), self.vector(neighbours[2]), by_tag,
                "X" in shape or "d" in shape or not CANDIDATE_FLAGS.isdisjoint(flags))
        own, neighbours = identity_features(lower)
        get = self.weights.get
        total = signature[0]
        for feat in own:
            w = get(feat)
            if w is not None:
                total = add(total, w)
        parts = []
        for feat, base in zip(neighbours, signature[1:5]):
            w = get(feat)
            parts.append(base if w is None else add(base, w))
        return (total, parts[0], parts[1], parts[2], parts[3], f"s={shape}", f"w={lower}", signature[5],
                word in (".", "!", "?"), signature[6])

    def rows(self, doc: Doc) -> list[tuple]:
        """word_vectors for each token, looked up by the token's ORTH id (no Token objects are made)."""
        by_id = self._ids
        strings = doc.vocab.strings
        rows = []
        for orth in doc.to_array(ORTH).tolist():
            row = by_id.get(orth)
            if row is None:
                if len(by_id) >= MAX_CACHED_WORDS:
                    by_id.clear()
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
        # the per-text features (names, cues, rule places): their summed weights per token, or None
        extra: list[list | None] = [None] * n
        for spans, begin_feat, inside_feat in ((read(doc, GAZETTEER_NAMES), "g=B", "g=I"),
                                               (read(doc, LOCAL_NAMES), "l=B", "l=I")):
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
                extra[end].append(self.weights.get(f"after_cue|{table[end][5]}") or zero)
        base = [zero] * n
        if self.stacked:
            base = [const["r=O"]] * n
            rules = mark(char_spans_to_tokens(doc, rule_spans or ()), n, "r=B", "r=I")
            for i, feat in enumerate(rules):
                if feat:
                    base[i] = const[feat]
                    if feat == "r=B" and i and rules[i - 1] is None:
                        if extra[i] is None:
                            extra[i] = []
                        extra[i].append(self.weights.get(f"r=B|prev={table[i - 1][6]}") or zero)
        if n:
            base[0] = tuple(x + y for x, y in zip(base[0], const["first"]))
            base[-1] = tuple(x + y for x, y in zip(base[-1], const["last"]))
        # Only tokens within WINDOW of a token worth tagging are scored (a capital, a digit, a street, place,
        # gazetteer or unknown word, a cue before it, a rule place): the others are O, as the full pass
        # tags them (checked on the dev set: the same places on every text).
        worth = [row[9] or extra[i] is not None for i, row in enumerate(table)]
        if self.stacked:
            for i, feat in enumerate(rules):
                if feat:
                    worth[i] = True
        scored = [False] * n
        for i, flag in enumerate(worth):
            if flag:
                for j in range(max(0, i - WINDOW), min(n, i + WINDOW + 1)):
                    scored[j] = True
        pairs = self._pairs
        after_stop = const["after_stop"]
        outside, begin, inside = self.labels
        tags = []
        previous = OUTSIDE
        prev_row = None
        for i in range(n):
            row = table[i]
            if not scored[i]:
                tags.append(outside)
                previous = outside
                prev_row = row
                continue
            own = row[0]
            t = row[7][previous]
            r = base[i]
            a = own[0] + t[0] + r[0]
            b = own[1] + t[1] + r[1]
            c = own[2] + t[2] + r[2]
            if i:
                m1 = prev_row[2]
                w = pairs.get((row[5], prev_row[5]))
                if w is None:
                    w = self.pair_of_shapes((row[5], prev_row[5]))
                a += m1[0] + w[0]
                b += m1[1] + w[1]
                c += m1[2] + w[2]
                if prev_row[8]:
                    a += after_stop[0]
                    b += after_stop[1]
                    c += after_stop[2]
                if i > 1:
                    m2 = table[i - 2][1]
                    a += m2[0]
                    b += m2[1]
                    c += m2[2]
            if i + 1 < n:
                p1 = table[i + 1][3]
                a += p1[0]
                b += p1[1]
                c += p1[2]
                if i + 2 < n:
                    p2 = table[i + 2][4]
                    a += p2[0]
                    b += p2[1]
                    c += p2[2]
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

    def pair_of_shapes(self, key: tuple[str, str]) -> tuple[float, ...]:
        """The weights of "ws=<shape>|<shape before>", looked up once per pair of shapes."""
        if len(self._pairs) >= MAX_CACHED_WORDS:
            self._pairs.clear()
        w = self._pairs[key] = tuple(self.weights.get(f"ws={key[0]}|{key[1]}") or (0.0, 0.0, 0.0))
        return w

    @classmethod
    def load(cls, path: Path = WEIGHTS_PATH) -> "SpanTagger":
        data = json.loads(path.read_text(encoding="utf-8"))
        weights = {_intern(f): w for f, w in data["weights"].items()}
        return cls(data["labels"], weights, data.get("stacked", False))

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
        return [(doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text))
                for start, end in tags_to_tokens(self.tags(doc, rule_spans if self.stacked else None), label)]

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


def tags_to_tokens(tags: list[str], label: str = "LOC") -> list[tuple[int, int]]:
    found = []
    start = None
    for i, tag in enumerate([*tags, OUTSIDE]):
        if start is not None and tag != f"I-{label}":
            found.append((start, i))
            start = None
        if tag == f"B-{label}":
            start = i
    return found


@lru_cache(maxsize=1)
def shipped_tagger() -> SpanTagger | None:
    """The shipped weights (None when the data file is missing: the rules work alone)."""
    return SpanTagger.load() if WEIGHTS_PATH.exists() else None


# The tagger learnt English: a text with more Spanish function words than English ones is left to the rules
# (tip_spanish reads it). Accents are left out: lower_words holds runs of a-z only.
SPANISH_WORDS = frozenset("de la el en que por con una los las del esta y mi su al un es hay muy pero para lo le ya "
                          "calle".split())
ENGLISH_WORDS = frozenset("the a in on at and is was of to he she they with his her my it there by near".split())


def spanish(doc: Doc) -> bool:
    words = lower_words(doc)
    found = len(words & SPANISH_WORDS)
    return found >= 2 and found > len(words & ENGLISH_WORDS)


# A place never ends in a function word or a joiner: "the Plough in", "Aramingo and", "Bridge st n".
TRAILING = frozenset(("n", "&", "/", "+", "@", "-", "x"))


def trimmed(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """A tagged span without the stop words, joiners and punctuation it ends with."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return start, end
    first, last = span.start, span.end
    stop = word_lists()["stop"]
    while last > first and (doc[last - 1].is_punct or doc[last - 1].lower_ in stop or doc[last - 1].lower_ in TRAILING):
        last -= 1
    while first < last and doc[first].is_punct:
        first += 1
    if first >= last:
        return start, start
    return doc[first].idx, doc[last - 1].idx + len(doc[last - 1].text)


def named(doc: Doc, start: int, end: int) -> bool:
    """A span with a name in it: a capitalised word (in a text not all capitals), a number, a gazetteer name
    or a word no dictionary knows. "the river bank", "the car park" hold none: common words are no place."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    common = word_lists()["common"]
    upper = text_of(doc).isupper()
    places = gazetteer()
    for token in span:
        word = token.text
        if (word[0].isupper() and not upper) or any(ch.isdigit() for ch in word) or token.lower_ in places \
                or (token.is_alpha and token.lower_ not in common):
            return True
    return False


def beside(text: str, start: int, end: int, spans) -> bool:
    """Only spaces between the span and a rule place ("Port" before the rules' "Richmond"): the tagger
    disagrees with the rules about where that place starts or ends, and the rules' reading stands."""
    return any(not text[end:s].strip() or not text[e:start].strip() for s, e in spans if s >= end or e <= start)


def sold_from(doc: Doc, text: str, start: int) -> bool:
    """"ordered a tv from currys online": a shop as a seller, not a place (the rule places.py applies)."""
    words = lower_words(doc)
    return "from" in words and not words.isdisjoint(ORDER_WORDS) and bool(FROM_BEFORE_RE.search(text, 0, start))


def combine(doc: Doc, tagger: SpanTagger) -> None:
    """The combination rule (chosen on two earlier held-out sets, see nlp/LOCATION_TAGGER.md): the tagger reads
    the rules' places as features and tags the text; each span it finds (trimmed of trailing function words;
    none over a plate, phone or vehicle, none inside a rule place) replaces the rule places it overlaps (a
    boundary fix: "14 church row" for "church row") or is added; a rule place the tagger's spans do not touch
    stays. The tagger never only deletes a rule place. A span the rules
    did not find exactly is a guess at MODEL_CONFIDENCE, so the flow does not say it back as "Got it"."""
    if spanish(doc):
        return
    rule_places = read(doc, LOCATIONS)
    found = tagger.spans(doc, rule_places)
    if not found:
        return
    text = text_of(doc)
    blocked = [(s, e) for name in (PLATES, PARTIAL_PLATES, PHONES, VEHICLES) for s, e, _ in read(doc, name)]
    rule_spans = [(s, e) for s, e, _ in rule_places]
    model = []
    for start, end in found:
        start, end = trimmed(doc, start, end)
        if start >= end or (start, end) in rule_spans or overlaps(start, end, blocked) \
                or any(s <= start and end <= e for s, e in rule_spans):
            continue  # a span inside a rule place never cuts it shorter ("Avon to Kennet cycle path")
        if not overlaps(start, end, rule_spans) and (not named(doc, start, end) or sold_from(doc, text, start)
                                                     or beside(text, start, end, rule_spans)):
            continue  # a place the rules did not touch at all needs a name in it, and the rules' negatives hold
        value = text[start:end].strip(" .,;:!?\"'()")
        if value:
            model.append((start, end, value))
    if not model:
        return
    taken = [(s, e) for s, e, _ in model]
    kept = [fact for fact in rule_places if not overlaps(fact[0], fact[1], taken)]
    confidence = dict(doc.user_data.get(CONFIDENCE) or {})
    old_scores = confidence.get(LOCATIONS) or {}
    scores = {value: old_scores[value] for _, _, value in kept if value in old_scores}
    for _, _, value in model:
        scores.setdefault(value, MODEL_CONFIDENCE)
    confidence[LOCATIONS] = scores
    doc.user_data[CONFIDENCE] = confidence
    store(doc, LOCATIONS, kept + model)


@Language.component(
    "tip_span_tagger",
    requires=attrs(LOCATIONS, CONFIDENCE, GAZETTEER_NAMES, LOCAL_NAMES, STRONG_CUE_WORDS, PLATES, PARTIAL_PLATES, PHONES,
                   VEHICLES),
    assigns=attrs(LOCATIONS, CONFIDENCE) + ["doc.spans"],
)
def span_tagger(doc: Doc) -> Doc:
    """Let the learned tagger fix the rules' place boundaries and add the places they missed (see `combine`).

    doc (Doc): The Doc to annotate.
    RETURNS (Doc): The same Doc, doc._.locations and doc._.confidence updated.
    """
    tagger = shipped_tagger()
    if tagger is not None:
        combine(doc, tagger)
    return doc

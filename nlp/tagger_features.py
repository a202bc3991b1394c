"""The span tagger's features (nlp/span_tagger.py): what it reads of each token and its neighbours.

A word's own features (lower-cased word, shape, 3-letter suffix, 2-letter prefix, flags from the rules'
own word lists: street and place words, place cues, gazetteer, stop, common and name words, chains,
ordinals and numbers), the same as a neighbour's two either side, and per text: inside a gazetteer or
local name, just after a strong place cue, inside a place the rules found (the stacked model). The word
lists are read from the rules' data, never copied here. Built once per distinct word, in a bounded cache.
"""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc

from .doc_attrs import (
    GAZETTEER_NAMES,
    LOCAL_NAMES,
    STRONG_CUE_WORDS,
    read,
)
from .lexicon import common_words, gazetteer, lexicon, stop_words
from .street_names import anchor_words

ORDINAL_RE = re.compile(r"^\d{1,3}(?:st|nd|rd|th)$")


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


MAX_CACHED_WORDS = 10_000  # per cache; a tagger's word entry is ~0.7 KB
OFFSETS = (-2, -1, 1, 2)  # the neighbours a word is read as


class WordCache(dict):
    """word -> build(word), built on first use (``cache[word]``; a hit is a plain dict look-up), emptied when it
    holds MAX_CACHED_WORDS: texts bring new words (plates, typos) for ever. The taggers' word caches."""

    __slots__ = ("build",)

    def __init__(self, build):
        super().__init__()
        self.build = build

    def __missing__(self, word):
        if len(self) >= MAX_CACHED_WORDS:
            self.clear()
        value = self[word] = self.build(word)
        return value


@lru_cache(maxsize=None)
def digit_words() -> frozenset[str]:
    """The words of the lists below that are all digits (none today): only those need the lists' look-ups."""
    lists = word_lists()
    return frozenset(w for name in ("street", "place", "cue", "stop", "name", "chain", "notplace")
                     for w in lists[name] if w.rstrip(".").isdigit()) | frozenset(w for w in gazetteer() if w.isdigit())


def word_parts(word: str) -> tuple[str, str, tuple[str, ...]]:
    """(lower-cased word, shape, flags from the rules' word lists)."""
    if word.isdigit() and word not in digit_words():
        # a number (a house number, a phone, a reference; most texts bring a new one): in no list, not "unk" (not
        # alpha), no ordinal; the flags the look-ups below would give, without them
        return word, "d", (f"num{min(len(word), 6)}",)
    return looked_up_parts(word)


def looked_up_parts(word: str) -> tuple[str, str, tuple[str, ...]]:
    """word_parts through every list's look-up (any word)."""
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


def signature_features(shape: str, flags: tuple[str, ...]) -> tuple[tuple[str, ...], dict[int, tuple[str, ...]]]:
    """The features that read only the word's shape and flags: (its own, {offset: as a neighbour})."""
    own = (f"s={shape}", *(f"f={flag}" for flag in flags))
    neighbours = {}
    for offset in (-2, -1, 1, 2):
        feats = [f"s{offset}={shape}"] if abs(offset) == 1 else []
        feats.extend(f"f{offset}={flag}" for flag in flags)
        neighbours[offset] = tuple(feats)
    return own, neighbours


def own_word_features(lower: str, shape: str, flags: tuple[str, ...]) -> tuple[str, ...]:
    """A word's own features (every tagger's): word, shape, 3-letter suffix, 2-letter prefix, flags."""
    return (f"w={lower}", f"s={shape}", f"x3={lower[-3:]}", f"p2={lower[:2]}", *(f"f={flag}" for flag in flags))


def neighbour_features(lower: str, shape: str, flags: tuple[str, ...], offset: int) -> tuple[str, ...]:
    """A word's features as the neighbour at `offset` (every tagger's): word, shape (one either side), flags."""
    feats = [f"w{offset}={lower}", f"s{offset}={shape}"] if abs(offset) == 1 else [f"w{offset}={lower}"]
    feats.extend(f"f{offset}={flag}" for flag in flags)
    return tuple(feats)


def word_feature_names(lower: str, shape: str, flags: tuple[str, ...]) -> tuple[tuple[str, ...], dict[int, tuple[str, ...]]]:
    """(own features, {-2/-1/+1/+2: as a neighbour}) of a word's parts (its word_parts, any tagger's)."""
    return own_word_features(lower, shape, flags), {o: neighbour_features(lower, shape, flags, o) for o in OFFSETS}


def build_word_features(word: str) -> tuple[tuple[str, ...], dict[int, tuple[str, ...]]]:
    return word_feature_names(*word_parts(word))


# word -> (the word's own features, {-2/-1/+1/+2: its features as a neighbour}), built once per word (training)
word_features = WordCache(build_word_features).__getitem__


WINDOW = 2  # tokens either side of one worth tagging that are tagged too
# A token worth tagging, or next to one: a capital or a digit in it, or one of these flags.
CANDIDATE_FLAGS = frozenset(("st", "pl", "gz", "unk", "nm", "ch", "ord"))


def window_marks(worth: list[int], n: int, window: int = WINDOW) -> list[bool]:
    """Per token: within `window` tokens of one of the `worth` indexes (ascending). Each token is marked once:
    the window of the next index starts where the last one ended (a loop over every window cost a tagger
    ~1 us a token worth tagging, most of them)."""
    scored = [False] * n
    marked = 0  # scored[:marked] is final
    for i in worth:
        start = i - window if i - window > marked else marked
        end = i + window + 1 if i + window < n else n
        if start < end:
            scored[start:end] = [True] * (end - start)
            marked = end
    return scored


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

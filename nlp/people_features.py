"""The people tagger's features (nlp/people_tagger.py): what it reads of each token and its neighbours.

Every word feature belongs to one position: the word's own (lower-cased word, shape, 3-letter suffix,
2-letter prefix, flags) and the same as a neighbour two either side (word, flags; shape one either side).
The flags come from the people rules' own word lists (nlp/data/en/people.json and the vehicle colours,
read from the same data, never copied here): colour, garment, brand, build, ambiguous build, hair word,
hair modifier, person noun, count noun, number word, "about"-like word, name cue, not-a-name word, age
word, stop word, and the shape of a number ("6ft", "5'10", "25yo", "30ish", "40s", a bare 1-2 digit
number). Per text: inside a description the rules found (stacking; also one token before and after),
and inside a time, plate, phone, vehicle or place (never a person). Because every word feature belongs
to one position, a word's features are summed once per word (people_tagger.PeopleTagger.tags).
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache

from spacy.attrs import IDX, LENGTH, ORTH
from spacy.tokens import Doc

from .lexicon import PATTERNS_DIR, read_jsonl, stop_words
from .people_patterns import word_lists as people_lists
from .tagger_features import (  # the location tagger's shapes ("6ft" -> "dx"), feature names and word cache
    OFFSETS,
    WINDOW,
    WordCache,
    neighbour_features,
    own_word_features,
    shape_of,
)

AGE_WORDS = frozenset("ish yo y/o old olds aged age early mid late teens teen teenage teenager teenagers twenties "
                      "thirties forties fifties sixties seventies yrs years year".split())
HEIGHT_RE = re.compile(r"^[4-7](?:ft|foot|feet|'|’)(?:\d{1,2}(?:in|\"|'')?)?$|^[4-7]'\d{1,2}\"?$")
AGE_RE = re.compile(r"^\d{1,2}(?:ish|yo|y/o|yrs?|s|'s)$")
# flags that make a token worth tagging (with a digit in it); the others only help beside one
CANDIDATE_FLAGS = frozenset(("col", "gar", "brand", "bld", "bldq", "hair", "hmod", "pn", "cnt", "numw", "age", "cue",
                             "ht", "agen", "n2", "title"))


def words_of(phrases) -> frozenset[str]:
    return frozenset(w for phrase in phrases for w in re.findall(r"[a-z']+", phrase.lower()))


@lru_cache(maxsize=None)
def word_lists() -> dict[str, frozenset[str]]:
    """The people rules' word lists, word by word (a phrase's words each count)."""
    lists = people_lists()
    colours = {p["pattern"] for p in read_jsonl(PATTERNS_DIR / "vehicles.jsonl") if p["label"] == "COLOUR"}
    return {
        "col": words_of(colours | lists["colours_extra"]),
        "gar": words_of(lists["garments"]) | {"tattoo", "tattoos", "scar", "scars"},
        "brand": words_of(lists["brands"]) - {"the"},
        "bld": words_of(lists["build"]),
        "bldq": words_of(lists["build_ambiguous"]),
        "hair": words_of(lists["hair_words"]) | words_of(lists["hair_alone"]),
        "hmod": words_of(lists["hair_modifiers"]),
        "pn": frozenset(lists["person_nouns"]),
        "cnt": frozenset(lists["count_nouns"]),
        "numw": words_of(lists["number_words"]) - {"a", "of"},
        "apx": words_of(lists["approx"]),
        "cue": words_of(lists["name_cues"]) - {"is", "was", "his", "her", "the"},
        "nn": frozenset(lists["not_name_words"]),
        "age": AGE_WORDS,
        "title": frozenset(("mr", "mrs", "ms", "miss", "dr")),
    }


@lru_cache(maxsize=None)
def digit_words() -> frozenset[str]:
    """The words of the lists that are all digits ("911", "999": not names): only those need the look-ups."""
    return frozenset(w for words in word_lists().values() for w in words if w.isdigit()) \
        | frozenset(w for w in stop_words() if w.isdigit())


def word_parts(word: str) -> tuple[str, str, tuple[str, ...]]:
    """(lower-cased word, shape, flags from the people word lists)."""
    if word.isdigit() and word not in digit_words():
        # a number (most texts bring a new one): in no list, no height or age (those need a unit), the flags the
        # look-ups below would give, without them
        return word, "d", ("n2" if len(word) <= 2 else "n3",)
    return looked_up_parts(word)


def looked_up_parts(word: str) -> tuple[str, str, tuple[str, ...]]:
    """word_parts through every list's look-up (any word)."""
    lists = word_lists()
    lower = word.lower()
    bare = lower.rstrip(".,")
    flags = [name for name, words in lists.items() if bare in words]
    if lower in stop_words():
        flags.append("sw")
    if HEIGHT_RE.match(lower):
        flags.append("ht")
    elif AGE_RE.match(lower):
        flags.append("agen")
    elif lower.isdigit():
        flags.append("n2" if len(lower) <= 2 else "n3")
    return lower, shape_of(word), tuple(flags)


def own_features(lower: str, shape: str, flags: tuple[str, ...]) -> tuple[str, ...]:
    """The word's own features; the shape is third (span_tagger.tag_features reads feats[2])."""
    return ("bias", *own_word_features(lower, shape, flags))


def build_word_features(word: str) -> tuple:
    """(own features, {offset: features as a neighbour}, worth tagging)."""
    lower, shape, flags = word_parts(word)
    worth = any(ch.isdigit() for ch in word) or not CANDIDATE_FLAGS.isdisjoint(flags)
    return own_features(lower, shape, flags), {o: neighbour_features(lower, shape, flags, o) for o in OFFSETS}, worth


word_features = WordCache(build_word_features).__getitem__   # built once per word


def token_bounds(doc: Doc) -> tuple[list[int], list[int], list[int]]:
    """Each token's (start_char list, end_char list, ORTH id list), read in one array: no Token objects."""
    if not len(doc):
        return [], [], []
    starts, lengths, orths = zip(*doc.to_array([IDX, LENGTH, ORTH]).tolist())
    return list(starts), [start + length for start, length in zip(starts, lengths)], list(orths)


def token_marks(doc: Doc, spans, bounds=None) -> list[str | None]:
    """"B"/"I"/None per token for (start_char, end_char, ...) spans (the tokens touching the span)."""
    marks: list[str | None] = [None] * len(doc)
    if not spans:
        return marks
    starts, ends, _ = bounds or token_bounds(doc)
    for fact in spans:
        first, last = bisect_right(ends, fact[0]), bisect_left(starts, fact[1])
        if first < last:
            marks[first] = "B"
            for i in range(first + 1, last):
                marks[i] = "I"
    return marks


def text_features(marks: list[str | None], blocked: list[str | None], i: int) -> list[str]:
    """The per-text features of token i: the rules' descriptions there and either side, a blocked span."""
    n = len(marks)
    feats = [f"r={marks[i] or 'O'}",
             f"r-1={marks[i - 1] or 'O' if i else '^'}",
             f"r+1={marks[i + 1] or 'O' if i + 1 < n else '$'}"]
    if blocked[i]:
        feats.append("blk")
    if i == 0:
        feats.append("first")
    if i + 1 == n:
        feats.append("last")
    return feats


def token_features(doc: Doc, rule_spans, blocked_spans=()) -> tuple[list[list[str]], list[bool]]:
    """Every token's features except the previous tag (added while decoding), and whether each token is
    scored at all (within WINDOW of a worth-tagging token or a rule description; the others are O)."""
    words = [t.text for t in doc]
    n = len(words)
    table = [word_features(w) for w in words]
    marks = token_marks(doc, rule_spans)
    blocked = token_marks(doc, blocked_spans)
    out = []
    for i in range(n):
        feats = list(table[i][0])
        for offset in OFFSETS:
            j = i + offset
            if 0 <= j < n:
                feats.extend(table[j][1][offset])
        feats.extend(text_features(marks, blocked, i))
        out.append(feats)
    return out, scored_tokens([row[2] for row in table], marks)


def scored_tokens(worth: list[bool], marks: list[str | None]) -> list[bool]:
    n = len(worth)
    scored = [False] * n
    for i in range(n):
        if worth[i] or marks[i]:
            for j in range(max(0, i - WINDOW), min(n, i + WINDOW + 1)):
                scored[j] = True
    return scored

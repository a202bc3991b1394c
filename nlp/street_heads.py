"""The first words of a street the rules and the tagger leave off: "on n white sands blvd" found as "sands blvd",
"418 n mountain view dr" as "view dr", "off joe frank harris pkwy" as "frank harris pkwy", "on long hollow pike" as
"hollow pike". Such a street is written right after a word that says where ("on", "off", "along") or after its house
number at the start of a clause, so the words between that cue and the found street (up to three: plain words, a
compass letter, a house number first) belong to the street. A function word or a word of another place in between
leaves the span alone ("on the other side of elm st"). Runs after the tagger on English texts; gated on a place
ending in a street word with a plain word before it.
"""
from __future__ import annotations

import re

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc

from .doc_attrs import LOCATIONS, read
from .spans import store_reshaped
from .street_names import anchor_words

CUES = frozenset("on off onto along down up near by past via at".split())
COMPASS = frozenset("n s e w ne nw se sw".split())
WORD_BEFORE_RE = re.compile(r"([A-Za-z]+|\d{1,6})[ ]+$")
CLAUSE_BEFORE_RE = re.compile(r"(?:^|[,.;:!?-])\s*$")


def _head_start(text: str, start: int, taken: list[tuple[int, int]], numbered: bool) -> int:
    """Where the street starting at `start` really starts (`start` when nothing before it belongs); a numbered
    street ("25 mile ave") takes only its compass letter ("on n 25 mile ave")."""
    at, words = start, 0
    while words < 3:
        match = WORD_BEFORE_RE.search(text, max(0, at - 12), at)
        if match is None or any(s < at and match.start(1) < e for s, e in taken):
            break
        word = match.group(1).lower()
        if word in CUES:
            return at if words else start
        if numbered and word not in COMPASS:
            break
        if word.isdigit():   # a house number: the street's first word, after a clause break or a cue
            before = WORD_BEFORE_RE.search(text, max(0, match.start(1) - 12), match.start(1))
            if CLAUSE_BEFORE_RE.search(text, max(0, match.start(1) - 3), match.start(1)) or \
                    (before and before.group(1).lower() in CUES):
                return match.start(1)
            break
        if word in STOP_WORDS and word not in COMPASS:
            break
        at, words = match.start(1), words + 1
    return start


def with_street_heads(doc: Doc, text: str) -> None:
    places = read(doc, LOCATIONS)
    if not places:
        return
    streets, _ = anchor_words()
    out, taken = [], [(s, e) for s, e, _ in places]
    for start, end, value in places:
        words = value.lower().split()
        new_start = start
        if len(words) >= 2 and words[-1].rstrip(".") in streets and words[0] not in COMPASS \
                and start > 0 and text[start - 1] == " ":
            new_start = _head_start(text, start, [span for span in taken if span != (start, end)],
                                    words[0].isdigit())
        out.append((new_start, end, text[new_start:end]))
    if out == places:
        return
    store_reshaped(doc, LOCATIONS, places, out)

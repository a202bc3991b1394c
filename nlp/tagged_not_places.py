"""Spans the learned location tagger finds on its own that are no place, by their shape (tagged_places.py drops
them; a span the rules found or overlap is never touched):

- one lower-case word of two or three letters that is no unambiguous gazetteer name: text-speak and short
  words the 4+ letter dictionary (common_words.txt) does not hold ("on ig", "ppl", "tho", "cos", "a cop",
  "the law", "mad"). "rye", "ely", "wem" are unambiguous gazetteer names and stay, and so does a short word
  right after "in" or "near": what people text for a town or a district ("in kc", "in br", "near coa", "in otr").
- a word with letters and a digit run together in lower case that is no listed name: "some1", "b4", "2nite".
- a code head and its code: "bank ref FR-228174", "in yr 10", "ep 4", "flat 22" (nlp/data/en/code_heads.txt).
- digits and dashes or slashes only: "from 1998-2003", a span of years, not a house number and street.
- a span right after "name", "name is", "name was": a person ("profile name Lee Tresize").
- a regional word for a kind of place after "the": "up the brae", "in the lough" (regional_features.py).
"""
from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import gazetteer, word_list
from .regional_features import regional_feature_word

NUMBERS_ONLY_RE = re.compile(r"\d[\d\s/-]*\d")
# "profile name Lee Tresize", "my name is Gemma Holt": a person's name ("the road name is ..." is rare)
NAME_BEFORE_RE = re.compile(r"(?<!road )(?<!street )(?<!place )\bname(?:\s+(?:is|was)|:)?\s+$", re.IGNORECASE)
TOWN_BEFORE_RE = re.compile(r"\b(?:in|near|around|from|outta|to)\s+$", re.IGNORECASE)
THE_BEFORE_RE = re.compile(r"\bthe\s+$", re.IGNORECASE)
RUN_ON_DIGIT_RE = re.compile(r"[a-z]+\d+[a-z]*|\d+[a-z]+\d*")


@lru_cache(maxsize=1)
def code_heads() -> frozenset[str]:
    return word_list("en/code_heads.txt")


def shaped_not_place(text: str, start: int, end: int) -> bool:
    """True for a tagger-only span text[start:end] whose shape says it is no place."""
    value = text[start:end]
    words = value.split()
    if not words:
        return False
    if NUMBERS_ONLY_RE.fullmatch(value) and ("-" in value or "/" in value):
        return True
    if NAME_BEFORE_RE.search(text, max(0, start - 16), start):
        return True
    if len(words) >= 2 and words[0].lower() in code_heads() and any(ch.isdigit() for ch in words[1]):
        return True
    if len(words) == 1 and value.islower() and regional_feature_word(value) and THE_BEFORE_RE.search(text, max(0, start - 5), start):
        return True   # "up the brae", "in the lough": a regional word for a kind of place (regional_features.py)
    if len(words) == 1 and value.islower():
        if value.isalpha() and len(value) <= 3:
            return gazetteer().get(value) is not False and not TOWN_BEFORE_RE.search(text, max(0, start - 8), start)
        if RUN_ON_DIGIT_RE.fullmatch(value) and len(value) <= 6 and not re.fullmatch(r"[a-z]{1,2}\d{1,4}", value):
            return value not in gazetteer()   # "a74", "m61", "b12": a road number, left to the road rules
    return False

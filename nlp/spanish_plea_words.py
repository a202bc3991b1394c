"""A plea, call or sign-off the English rules read as a place in a Spanish tip: "92 n 6th st, apurense" (a town after
the address), "oigan urge, ...", "SOCORRO avenida del cid", "send help". The words (es/plea_words.txt) are the tipster's
own, no place; when a place cue comes before the word ("en socorro", "hacia vale") it is read as the town it may be.
Cheap gate: the place found is one word.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import word_list

CUE_BEFORE_RE = re.compile(r"\b(?:en|de|del|cerca\s+de|hacia|por|a)\s+$", re.IGNORECASE)


@lru_cache(maxsize=1)
def plea_words() -> frozenset[str]:
    return word_list("es/plea_words.txt")


def plea_word(text: str, place: tuple[int, int, str]) -> bool:
    """Whether a place the English rules found is one plea word of the tipster's, no place cue before it."""
    start, _, value = place
    return " " not in value and value.lower() in plea_words() and not CUE_BEFORE_RE.search(text, max(0, start - 12), start)

"""Indiana's code "in" after a US town in mid-clause: "in madison in every night", "in peru in last weekend", "in
tipton in and says someone". town_states.py reads "in" as a state only at a clause end, since mid-clause it is most
often the preposition; it is the state when the town is a US gazetteer name and the next word is one the preposition
never takes (nlp/data/en/indiana_code_next_words.txt: "every", "last", "and", "right", "this morning" ...).
"""
from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import word_list

NEXT_RE = re.compile(r"\s+([A-Za-z]+)(?:\s+([A-Za-z]+))?\b")


@lru_cache(maxsize=1)
def us_towns() -> frozenset[str]:
    """The US gazetteer's names (nlp/data/places_us.txt: a name, a tab and its ambiguity flag a line)."""
    return frozenset(line.partition("\t")[0].lower() for line in word_list("places_us.txt"))


def indiana_code(text: str, town: str, code_end: int) -> bool:
    """Whether the "in" ending at code_end, after the place `town`, is Indiana's code."""
    following = NEXT_RE.match(text, code_end)
    if following is None or town.lower() not in us_towns():
        return False
    nexts = word_list("en/indiana_code_next_words.txt")
    first = following.group(1).lower()
    return first in nexts or f"{first} {(following.group(2) or '').lower()}" in nexts   # "this afternoon"

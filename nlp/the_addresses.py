"""A house number before a street named with "the" and no street word: "3 the paddocks, cliffe woods", "5 the rows
chacewater", "12 the maltings". The street rules know "the croft" or "the mews" by their street word; these names
(en/the_street_names.txt) are common words too ("the paddocks", "the limes"), so they are a street only right after a
house number, which a tipster writes only for an address. The town right after (address_towns.py) comes with it.
A number after a word of time ("about 10 the police came", "by 5 the green was full") is an hour, not a house.
Runs after the tagger on English texts (town_tails.py), gated on "the" and a digit.
"""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc

from .address_towns import towns_after_addresses
from .doc_attrs import LOCATIONS, read
from .lexicon import word_list
from .spans import store_with_guesses

NUMBER_THE_RE = re.compile(r"\b(?<![:.£$])(\d{1,4}[a-z]?),?\s+the\s+([a-z]+)\b(?![-'’])", re.IGNORECASE)
TIME_BEFORE_RE = re.compile(r"\b(?:about|around|till|until|by|before|after|since|between|gone|past|"
                            r"and|or|approx|roughly|like)\s*$", re.IGNORECASE)


@lru_cache(maxsize=1)
def the_street_names() -> frozenset[str]:
    return word_list("en/the_street_names.txt")


def the_addresses(text: str) -> list[tuple[int, int]]:
    """The spans of "<number> the <name>" addresses in `text`, each with the town right after it when one is there."""
    found = []
    for match in NUMBER_THE_RE.finditer(text):
        if match.group(2).lower() not in the_street_names() or TIME_BEFORE_RE.search(text, 0, match.start()):
            continue
        found.append(match.span())
    return found + towns_after_addresses(text, found)


def add_the_addresses(doc: Doc, text: str, confidence: float) -> None:
    if " the " not in text.lower() or not any(c.isdigit() for c in text):
        return   # the cheap gate
    spans = the_addresses(text)
    if not spans:
        return
    places = read(doc, LOCATIONS)
    kept = [p for p in places if not any(s <= p[0] and p[1] <= e for s, e in spans)]   # "maltings" inside "12 the maltings"
    added = [(s, e, text[s:e]) for s, e in spans
             if not any(s < pe and ps < e for ps, pe, _ in kept)]
    if added:
        store_with_guesses(doc, LOCATIONS, kept, added, confidence)

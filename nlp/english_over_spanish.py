"""On an English text, a Spanish reading never cuts an English street shorter: "4410 se division st" (a US quadrant,
not the Spanish "se"), "4712 los volcanes rd nw" (a street named in Spanish, written in an English tip).

tip_spanish runs on every text with a word its rules read, and its places win over the English ones they overlap;
on a Spanish text that is right ("la calle bristol"), but on an English one the Spanish rules only see a piece of
the English address. Texts mostly in Spanish (tagged_places.spanish, the test that picks the Spanish tagger) keep
the Spanish readings as before.
"""
from __future__ import annotations

import re

from spacy.tokens import Doc

from .doc_attrs import LOCATIONS, read
from .spans import text_of

ADDRESS_HEAD_RE = re.compile(r"\d")
CORNER_RE = re.compile(r"\s(?:and|&)\s", re.IGNORECASE)


def english_address(doc: Doc, start: int, inner_start: int, end: int) -> bool:
    """The English place is an address or a corner: a house or road number before the Spanish piece ("4410 se division
    st", "us 431 and broad st") or an "and"/"&" in it ("blanco rd & west ave"). A Spanish word the English rules took
    in ("hacia castor ave") is no such thing."""
    text = text_of(doc)
    return bool(ADDRESS_HEAD_RE.search(text, start, inner_start) or CORNER_RE.search(text, start, end))


def outside_english_places(doc: Doc, places: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The Spanish rules' places (`places`) less those strictly inside a place the English rules found, unless the text
    is mostly Spanish."""
    english = read(doc, LOCATIONS)
    if not english or not places:
        return places
    inside = [(s, e) for s, e in places
              if any(a <= s and e <= b and (a, b) != (s, e) and english_address(doc, a, s, b) for a, b, _ in english)]
    if not inside:
        return places
    from .tagged_places import spanish  # here: tagged_places imports the rules' modules this one serves
    if spanish(doc):
        return places
    return [p for p in places if p not in inside]

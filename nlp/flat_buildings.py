"""A flat, unit or lot number before a named building or park, with no house number: "flat 12 gateside house",
"flat 9 alder court", "lot 14 sunset mobile park". ANNOTATION.md keeps the number inside the span (stop 34).
streets.find_flat_addresses reads a flat before a house number ("flat 3, 41 bondgate within") and find_streets
takes "9 alder court" for a house number and a street, leaving "flat" out; a building ("house", "lodge") is no
street word at all. The building words are nlp/data/en/flat_building_words.txt.

One to three name words (no function, time or cue word: "unit 9 at the storage place", "lot 22 in the park" are
no names) between the number and the building word, and the name ends there. The gate: a flat word in the text.
"""
from __future__ import annotations

import re

from spacy.lang.en.stop_words import STOP_WORDS

from .lexicon import gazetteer, lexicon, stop_words, word_list
from .streets import find_flat_addresses
from .villages import NAME_END_WORDS, TIME_WORDS

FLAT_WORDS = frozenset(("flat", "apt", "apartment", "unit", "lot"))
FLAT_BUILDING_RE = re.compile(r"\b(?:flat|apt\.?|apartment|unit|lot)\s+#?\d{1,4}[A-Za-z]?,?((?:\s+[A-Za-z][A-Za-z'\-]*){2,4})"
                              r"(?![\w'’-])", re.IGNORECASE)
END_RE = re.compile(r"\s*(?:[,.!?;:)(\-]|$)")
NEXT_WORD_RE = re.compile(r"\s+([A-Za-z']+)")
# after the name: "lot 7 shady oaks park right now", "flat 4 kestrel house rn"
END_WORDS = NAME_END_WORDS | {"right"}


def building_words() -> frozenset[str]:
    return word_list("en/flat_building_words.txt")


def _name_word(word: str) -> bool:
    return word not in STOP_WORDS and word not in stop_words() and word not in TIME_WORDS \
        and word not in lexicon()["place_cues"]


def _ends(text: str, end: int) -> bool:
    if END_RE.match(text, end):
        return True
    match = NEXT_WORD_RE.match(text, end)
    return match is not None and (match.group(1).lower() in STOP_WORDS or match.group(1).lower() in TIME_WORDS
                                  or match.group(1).lower() in gazetteer()
                                  or match.group(1).lower() in END_WORDS)


def find_flat_buildings(text: str, present: frozenset[str]) -> list[tuple[int, int]]:
    """(start, end) of each "flat N name building-word"; the building word is the first one after the name."""
    if present.isdisjoint(FLAT_WORDS):
        return []   # the cheap gate
    found = []
    for match in FLAT_BUILDING_RE.finditer(text):
        words = [(m.end() + match.start(1), m.group().lower()) for m in re.finditer(r"[A-Za-z][A-Za-z'\-]*", match.group(1))]
        for index, (end, word) in enumerate(words):
            if word in building_words() and index >= 1:
                if all(_name_word(name) for _, name in words[:index]) and _ends(text, end):
                    found.append((match.start(), end))
                break
            if not _name_word(word):
                break
    return found


def find_flat_places(text: str, present: frozenset[str], places: dict[str, bool],
                     time_words: frozenset[str]) -> list[tuple[int, int]]:
    """A flat before a house number (streets.find_flat_addresses) or before a named building (this module)."""
    return find_flat_addresses(text, present, places, time_words) + find_flat_buildings(text, present)

"""A numbered road whose name starts with "old": "old hwy 41", "old highway 91", "old us 31" (the road the new one
replaced keeps the number and takes "old"). The rules read "old" as a description ("the old road",
lexicon.json generic_street_words) and find "hwy 41" alone; a place that is a numbered road right after "old"
takes it in. Runs after the tagger on every English text, gated on "old" being in it.
"""
from __future__ import annotations

import re

from spacy.tokens import Doc

from .doc_attrs import LOCATIONS, read
from .spans import lower_words, store_reshaped

NUMBERED_ROAD_RE = re.compile(r"(?:hwy|highway|route|rte|rt|us|sr|state\s+route|state\s+road|county\s+road|cr|fm)"
                              r"[\s-]*\d{1,4}[a-z]?$", re.IGNORECASE)
OLD_BEFORE_RE = re.compile(r"\bold\s+$", re.IGNORECASE)


def with_old(doc: Doc, text: str) -> None:
    if "old" not in lower_words(doc):
        return   # the cheap gate
    places = read(doc, LOCATIONS)
    out = []
    for start, end, value in places:
        old = OLD_BEFORE_RE.search(text, max(0, start - 8), start) if NUMBERED_ROAD_RE.fullmatch(value) else None
        out.append((old.start(), end, text[old.start():end]) if old else (start, end, value))
    if out == places:
        return
    store_reshaped(doc, LOCATIONS, places, out)

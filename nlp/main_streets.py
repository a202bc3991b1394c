""""main street" is a street's name (ANNOTATION.md), though "main" alone is a description the rules skip ("the main
road", lexicon.json generic_street_words). In lower case the rules find no name before "street" and drop it; a
"main st" / "main street" with a compass letter or a house number before it ("s main st", "2207 w main st") or a town
after "in" ("the main street in tytherington": two places, the street and the town, as dev labels it 9 times) is the
street. A bare "on the main street" stays out (dev labels it both ways). Runs after the tagger on English texts,
gated on "main" being in the text.
"""
from __future__ import annotations

import re

from spacy.tokens import Doc

from .doc_attrs import LOCATIONS, read
from .spans import lower_words, overlaps, store_with_guesses

MAIN_STREET_RE = re.compile(
    r"\b(?:(?P<number>\d{1,5}\s+)?(?P<side>[nsew]|north|south|east|west)\.?\s+)?main\s+(?:st|street)\b"
    r"(?:(?P<town>(?=\s+in\s+[a-z]))|\.?)", re.IGNORECASE)


def with_main_streets(doc: Doc, text: str, confidence: float) -> None:
    if "main" not in lower_words(doc):
        return   # the cheap gate
    places = read(doc, LOCATIONS)
    taken = [(s, e) for s, e, _ in places]
    added = []
    for match in MAIN_STREET_RE.finditer(text):
        if not (match.group("side") or match.group("town") is not None) or overlaps(match.start(), match.end(), taken):
            continue
        end = match.end() - (1 if text[match.end() - 1] == "." else 0)
        added.append((match.start(), end, text[match.start():end]))
    if not added:
        return
    store_with_guesses(doc, LOCATIONS, places, added, confidence)

"""Spain writes the house number before the street ("delante del 9 de la calle de la reina", "el portal del numero 40
de la avenida ordoño ii"); the number is the part an officer needs to find the door, so it joins whichever street span
the rules or the tagger found. find_places already does this for its own streets (spanish_street_tails.
house_number_head); a street found another way (the tagger, a name rule) lost it."""
from __future__ import annotations

import re

from spacy.tokens import Doc

from .doc_attrs import LOCATIONS, read
from .spanish_street_tails import SPANISH_STREET_WORD_RE
from .spans import scores_of, store, store_scores, text_of

# "el/del/al 9 de la", "numero 40 de la" ("numero" itself stays out: the annotation keeps the number and the street);
# "el portal 14 de la calle" (a doorway's number, no "el" right before it) and "el 5 de mayo" (no street word) stay out
NUMBER_HEAD_RE = re.compile(r"\b(?i:el|del|al|n[uú]mero|n[º°])\s*(\d{1,4})\s+de\s+la\s+$")


def with_house_numbers(text: str, locations: list) -> list:
    """locations ((start, end, value) triples) with each Spanish street's house number written before it taken in."""
    if " de la " not in text:   # gate: every form this reads has "N de la calle"
        return locations
    out = []
    for start, end, value in locations:
        if SPANISH_STREET_WORD_RE.match(text, start):
            number = NUMBER_HEAD_RE.search(text, max(0, start - 24), start)
            if number:
                start = number.start(1)
                value = text[start:end]
        out.append((start, end, value))
    return out


def take_house_numbers(doc: Doc) -> None:
    """After the Spanish tagger (the last to set the places): each street's number before it joins it, its score kept."""
    text = text_of(doc)
    places = read(doc, LOCATIONS)
    moved = with_house_numbers(text, places)
    if moved == places:
        return
    scores = scores_of(doc, LOCATIONS)
    store(doc, LOCATIONS, moved)
    store_scores(doc, LOCATIONS, {**scores, **{new[2]: scores[old[2]] for old, new in zip(places, moved)
                                               if old != new and old[2] in scores}})

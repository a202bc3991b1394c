"""A shop and the street it is on, read as one place: "Moorlands Pets on Haywood Street", "Peak Kebabs on Cavendish
Parade", "freds on 8th st". ANNOTATION.md labels a shop on a named street as two spans ("spar", "high st"); the rules'
name reading walks back over "on" between capitalised words and the tagger copies it. A place of the shape "<name> on
<name> <street word>" is split in two, unless the words up to the street word are a listed town ("stoke on trent
road") or the street starts with "the" ("walton on the hill"). "at" joins a corner ("wyoming ave at 5th st") and
stays. Runs after the tagger on English texts; gated on a place holding " on ".
"""
from __future__ import annotations

import re

from spacy.tokens import Doc

from .doc_attrs import LOCATIONS, read
from .lexicon import gazetteer
from .spans import scores_of, store_with_scores
from .street_names import anchor_words

ON_RE = re.compile(r"\s+on\s+", re.IGNORECASE)


def shop_on_street(value: str) -> tuple[int, int] | None:
    """Where " on " splits `value` (its start and end), or None when it is no shop on a street."""
    joins = list(ON_RE.finditer(value))
    if len(joins) != 1:
        return None
    join = joins[0]
    street = value[join.end():].split()
    if join.start() == 0 or len(street) < 2 or street[0].lower() == "the" \
            or street[-1].lower().rstrip(".") not in anchor_words()[0]:
        return None
    if " ".join(value.split()[:-1]).lower() in gazetteer():
        return None   # "stoke on trent road": a town's name with "on" in it, then the street word
    return join.start(), join.end()


def split_shops_on_streets(doc: Doc, text: str) -> None:
    places = read(doc, LOCATIONS)
    if not any(" on " in value.lower() for _, _, value in places):
        return   # the cheap gate
    scores = scores_of(doc, LOCATIONS)
    out = []
    for start, end, value in places:
        split = shop_on_street(value) if text[start:end] == value else None
        if split is None:
            out.append((start, end, value))
            continue
        score = scores.get(value)
        for piece_start, piece_end in ((start, start + split[0]), (start + split[1], end)):
            out.append((piece_start, piece_end, text[piece_start:piece_end]))
            if score is not None:
                scores.setdefault(text[piece_start:piece_end], score)
    if out == places:
        return
    store_with_scores(doc, LOCATIONS, out, scores)

"""A corner written with "at": "sycamore at 9th", "lamar at 51st", "ridge rd at county line rd". The rules and the
tagger find both streets but keep them apart, as they would "the walmart at main st" (a shop and its street).
ANNOTATION.md labels a corner as one span, as written; when the place after "at" is a street (it ends in a street
word or is an ordinal) and the one before it is a street (no stop word in its name: "my drive at 33 ochil
crescent") or one bare name before an ordinal, the two are one corner. Runs after the tagger on every English text; gated on " at " between two places.
"""
from __future__ import annotations

import re

from spacy.tokens import Doc

from .doc_attrs import LOCATIONS, read
from .lexicon import stop_words
from .spans import moved_fact, scores_of, store_with_scores
from .street_names import anchor_words

AT_RE = re.compile(r"\s+at\s+", re.IGNORECASE)
ORDINAL_RE = re.compile(r"(?:^|\s)\d{1,3}(?:st|nd|rd|th)$", re.IGNORECASE)
NAME_RE = re.compile(r"[A-Za-z][A-Za-z'\-]+")


def street(value: str) -> bool:
    """"county line rd", "9th", "e 51st st": ends in a street word or is an ordinal."""
    last = value.lower().split()[-1].rstrip(".")
    return bool(ORDINAL_RE.search(value)) or (len(value.split()) > 1 and last in anchor_words()[0])


def stopped(value: str) -> bool:
    """"my drive", "taken outta my drive": a stop word before the street word makes no street's name."""
    return any(word in stop_words() for word in value.lower().split()[:-1])


def join_at_corners(doc: Doc, text: str) -> None:
    places = sorted(read(doc, LOCATIONS))
    if len(places) < 2:
        return
    scores = scores_of(doc, LOCATIONS)
    out = []
    for place in places:
        if out:
            start, end, value = out[-1]
            between = AT_RE.fullmatch(text, end, place[0])
            # one bare name only before an ordinal ("sycamore at 9th"; "Sainsburys at Winterstoke Road" is a shop)
            if between and street(place[2]) and ((street(value) and not stopped(value))
                                                 or (NAME_RE.fullmatch(value) and ORDINAL_RE.search(place[2]))):
                out[-1] = moved_fact(text, start, place[1], value, scores)
                scores.setdefault(out[-1][2], min(scores.get(value, 1.0), scores.get(place[2], 1.0)))
                continue
        out.append(place)
    if len(out) != len(places):
        store_with_scores(doc, LOCATIONS, out, scores)

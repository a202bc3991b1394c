"""Resorts, islands and cities abroad named as where the tipster was, where a card was used or where someone went:
"burgled while we were in lanzarote", "card used in benidorm", "a hotel in dubai". The tagger and the rules for
unknown capitalised words take them as places; like a country abroad (places.py, countries.txt) they are no place an
officer can go, so a place whose whole name is on nlp/data/en/places_abroad.txt goes. A longer name that holds one
stays ("the Benidorm bar"), and so does a name the gazetteer holds (a UK or US town of the same name). Runs after the
tagger on English texts; the gate is a listed name's first word in the text.
"""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc

from .doc_attrs import LOCATIONS, read
from .lexicon import gazetteer, word_list
from .spans import lower_words, scores_of, store_with_scores


@lru_cache(maxsize=1)
def places_abroad() -> tuple[frozenset[str], frozenset[str]]:
    """The listed names less the gazetteer's, and their first words (the gate)."""
    names = frozenset(name.lower() for name in word_list("en/places_abroad.txt") if name.lower() not in gazetteer())
    return names, frozenset(name.split()[0] for name in names)


def without_places_abroad(doc: Doc, text: str) -> None:
    names, first_words = places_abroad()
    if lower_words(doc).isdisjoint(first_words):
        return   # the cheap gate
    places = read(doc, LOCATIONS)
    kept = [place for place in places if place[2].lower() not in names]
    if kept != places:
        store_with_scores(doc, LOCATIONS, kept, scores_of(doc, LOCATIONS))

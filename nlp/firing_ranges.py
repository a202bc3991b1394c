"""A firing range is no shop: "shots at the range up at cefn coed", "firearms training at the range on county line
rd". "the range" is a chain's name (The Range, nlp/data/lexicon.json chains), and the dev labels keep it as one
only where it is the shop; in lower case, in a text about guns and shots, it is the generic range (ANNOTATION.md:
a facility word is a place only with a name). Runs after the tagger on every English text; gated on "range" and a
gun word (nlp/data/en/firing_range_words.txt) being in the text.
"""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc

from .doc_attrs import LOCATIONS, read
from .lexicon import word_list
from .spans import lower_words, scores_of, store, store_scores

RANGE_VALUES = frozenset(("the range", "range"))


@lru_cache(maxsize=1)
def gun_words() -> frozenset[str]:
    return word_list("en/firing_range_words.txt")


def without_firing_ranges(doc: Doc, text: str) -> None:
    words = lower_words(doc)
    if "range" not in words or words.isdisjoint(gun_words()):
        return   # the cheap gate
    places = read(doc, LOCATIONS)
    kept = [fact for fact in places if fact[2] not in RANGE_VALUES]   # lower case only: "The Range" is the shop
    if len(kept) == len(places):
        return
    values = {value for _, _, value in kept}
    store_scores(doc, LOCATIONS, {value: score for value, score in scores_of(doc, LOCATIONS).items() if value in values})
    store(doc, LOCATIONS, kept)

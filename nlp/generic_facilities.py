"""Generic facilities are no place: "the flea market in salisbury", "by the toll bridge at cawood", "the health centre in
gorebridge" (ANNOTATION.md: a facility word is a location only with a name). The rules take a word before a place
word as its name ("flea" of "flea market") and the tagger learnt such compounds from a few labels; both miss that
the whole span is an ordinary compound noun (nlp/data/en/generic_facilities.txt). Runs after the tagger on every
English text; gated on the compounds' last words being in the text, so most texts pay one set intersection.
"""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc

from .doc_attrs import LOCATIONS, read
from .lexicon import word_list
from .spans import lower_words, scores_of, store, store_scores


@lru_cache(maxsize=1)
def generic_facilities() -> tuple[frozenset[str], frozenset[str]]:
    """The compounds, and their last words (the gate)."""
    names = word_list("en/generic_facilities.txt")
    return names, frozenset(name.split()[-1] for name in names)


def generic(value: str, text_is_upper: bool) -> bool:
    """A place value that is only a generic compound, written in lower case ("Riverside Walk" may be a street)."""
    if value != value.lower() and not text_is_upper:
        return False
    lowered = value.lower()
    return (lowered[4:] if lowered.startswith("the ") else lowered) in generic_facilities()[0]


def without_generic_facilities(doc: Doc, text: str) -> None:
    if lower_words(doc).isdisjoint(generic_facilities()[1]):
        return   # the cheap gate: no compound's last word in the text
    places = read(doc, LOCATIONS)
    upper = text.isupper()
    kept = [fact for fact in places if not generic(fact[2], upper)]
    if len(kept) == len(places):
        return
    values = {value for _, _, value in kept}
    store_scores(doc, LOCATIONS, {value: score for value, score in scores_of(doc, LOCATIONS).items() if value in values})
    store(doc, LOCATIONS, kept)

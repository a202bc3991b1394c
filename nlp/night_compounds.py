"""Spanish "de noche" as a time piece only where it says when the event happens ("roban carros de noche"), not in a
compound noun or a description of the dark ("turno de noche", "mesita de noche", "era de noche"; words in
nlp/data/es/night_compounds.json). Gated on "noche", so most texts pay one set test.
"""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc

from .lexicon import word_sets


@lru_cache(maxsize=None)
def words() -> dict[str, frozenset[str]]:
    return word_sets("es/night_compounds.json")


def compound_night(doc: Doc, span, present: frozenset[str]) -> bool:
    """The time piece `span` is a "de noche" that belongs to the noun before it."""
    if "noche" not in present or span.text.lower() not in words()["phrases"]:
        return False
    return span.start > 0 and doc[span.start - 1].lower_ in words()["not_after"]

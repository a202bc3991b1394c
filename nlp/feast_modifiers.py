"""A feast's name used as a noun's modifier, not as a time: "his halloween costume", "the halloween scare trail",
"a halloween party at ...", "bonfire night stuff"; in Spanish after "de", "pa", "por": "mascaras de halloween",
"disfrazado pa halloween". The time piece is dropped when the feast stands alone (no "on", "since", "every": those
make a time piece of their own) and the next word is a content word that no other time piece starts ("halloween
tonight", "halloween night" stay). Words in nlp/data/feast_modifiers.json. Gated on a feast word in the text.
"""
from __future__ import annotations

from functools import lru_cache

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc

from .lexicon import word_sets


@lru_cache(maxsize=1)
def _data() -> dict[str, frozenset[str]]:
    return word_sets("feast_modifiers.json")


def feast_modifiers(doc: Doc, parts: list, present: frozenset[str]) -> list:
    """``parts`` (time piece spans) without a bare feast that modifies the noun after it or is the object of a
    Spanish "de"/"pa"/"por" (see the module's doc)."""
    data = _data()
    if present.isdisjoint(data["gate"]):
        return parts
    starts = {span.start for span in parts}
    kept = []
    for span in parts:
        if span.text.lower() in data["feasts"] and (_modifies_next(doc, span.end, starts, data)
                                                    or _spanish_object(doc, span.start, data)):
            continue
        kept.append(span)
    return kept


def _modifies_next(doc: Doc, end: int, starts: set, data: dict) -> bool:
    if end >= len(doc) or end in starts:
        return False
    token = doc[end]
    return token.is_alpha and len(token.text) > 2 and token.lower_ not in STOP_WORDS \
        and token.lower_ not in data["not_nouns"]


def _spanish_object(doc: Doc, start: int, data: dict) -> bool:
    if not start or doc[start - 1].lower_ not in data["spanish_before"]:
        return False
    return start < 2 or doc[start - 2].lower_ not in data["spanish_time_heads"]   # "la noche de halloween": a time

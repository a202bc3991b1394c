"""A "today" right after a weather word describes the day, not when the event happened: "dog left in a car, its
roasting today", "its 30 degrees today and", "freezing out today". Like a "now" that only describes a state and the
Spanish "hoy" of a state (nlp/devset/ANNOTATION.md "Times"), it is no time; "the dog was left in the car today" keeps
its "today". Gated on "today" in the text; words in nlp/data/en/weather_today.json.
"""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Span

from .lexicon import word_sets


@lru_cache(maxsize=None)
def weather_words() -> dict[str, frozenset[str]]:
    return word_sets("en/weather_today.json")


def weather_today(doc: Doc, span: Span, present: frozenset[str]) -> bool:
    """True when `span` is a bare "today" just after a weather word ("its roasting today", "boiling hot today")."""
    if "today" not in present or span.end - span.start != 1 or doc[span.start].lower_ != "today":
        return False
    w = weather_words()
    i = span.start - 1
    while i >= 0 and span.start - i <= 2 and doc[i].lower_ in w["between"] and doc[i].lower_ not in w["weather"]:
        i -= 1
    return i >= 0 and doc[i].lower_ in w["weather"]

"""A meal written after a day is the time of day ("sat dinner", "yesterday lunch", "monday tea"; the guide copies
it whole, as it does "tuesday dinner time"). Only where the pair ends its clause: "sunday dinner crime scene",
"our sunday lunch" are meals. Gated on a meal word, so most texts pay one set test.
"""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc

from .lexicon import word_sets


@lru_cache(maxsize=None)
def words() -> dict[str, frozenset[str]]:
    return word_sets("en/day_meals.json")


def day_meals(doc: Doc, present: frozenset[str]) -> list:
    """The "sat dinner" pieces of `doc` (`present`: its lower-case words, spans.lower_words)."""
    lists = words()
    if present.isdisjoint(lists["meals"]):
        return []
    spans = []
    for token in doc[1:]:
        i = token.i
        if token.lower_ not in lists["meals"] or doc[i - 1].lower_ not in lists["days"]:
            continue
        if i >= 2 and doc[i - 2].lower_ in lists["not_before"]:
            continue  # "had sunday lunch", "our sunday dinner": the meal itself
        if i + 1 < len(doc) and not (doc[i + 1].is_punct or doc[i + 1].lower_ in lists["ends"]):
            continue  # "sunday dinner crime scene", "tuesday dinner time" (a cue phrase of its own)
        spans.append(doc[i - 1:i + 1])
    return spans

"""A habit timed by an event keeps the event: "every sunday after church", "every sunday during service", "every
evenin after his tea" (nlp/devset/ANNOTATION.md copies a time with the words that tie it to the event; dev labels all
6 such habits whole). Only after a habit ("every", "most", "each"): "sunday during service" alone is labelled
"sunday" (2 dev labels), so a one-off day keeps its own end. The word lists are in nlp/data/en/habit_tails.json.
"""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc

from .lexicon import word_sets


@lru_cache(maxsize=None)
def words() -> dict[str, frozenset[str]]:
    return word_sets("en/habit_tails.json")


def habit_tail(doc: Doc, start: int, end: int) -> int:
    """`end` moved past "after church", "during service", "after his tea" when the time doc[start:end] is a habit."""
    lists = words()
    if end >= len(doc) or doc[end].lower_ not in lists["joins"] or doc[start].lower_ not in lists["leads"]:
        return end   # the cheap gate: most times are no habit with a join word after them
    event = end + 1 + (end + 1 < len(doc) and doc[end + 1].lower_ in lists["owners"])
    if event < len(doc) and doc[event].lower_ in lists["events"]:
        return event + 1
    return end

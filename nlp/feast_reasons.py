"""A holiday written after "its" gives the reason for the noise, not the time of an event: "heard 2 bangs but its
bonfire night so probs not", "its new years eve and the neighbours have a firework cake", "its halloween tonight"
(the holiday dropped, "tonight" kept). Like a "now" that only describes a state (nlp/devset/ANNOTATION.md "Times"),
such a holiday is no time; "on bonfire night", "every halloween", "since christmas" keep theirs, "at christmas" and
"on halloween" without their "at" and "on". Gated on a holiday
word in the text; words in nlp/data/en/feast_reasons.json.
"""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc

from .lexicon import word_sets


@lru_cache(maxsize=None)
def feast_reason_words() -> dict[str, frozenset[str]]:
    return word_sets("en/feast_reasons.json")


def after_its(doc: Doc, start: int, fillers: frozenset[str]) -> bool:
    """Whether token `start` follows "its", "it's" or "it is", with at most two fillers ("its just", "its their")."""
    i = start - 1
    while i >= 0 and start - i <= 2 and doc[i].lower_ in fillers:
        i -= 1
    if i < 0:
        return False
    word = doc[i].lower_
    if word in ("its", "it's", "itz"):
        return True
    return word in ("'s", "’s", "is") and i >= 1 and doc[i - 1].lower_ == "it"


def feast_reasons(doc: Doc, parts: list, present: frozenset[str]) -> list:
    """``parts`` (time piece spans) without a holiday that gives the reason after "its" (see the module's doc)."""
    words = feast_reason_words()
    if present.isdisjoint(words["gate"]):
        return parts
    kept = [span for span in parts if not (names_feast(span, words["gate"]) and after_its(doc, span.start, words["fillers"]))]
    # "at christmas" (a phrase of the patterns, for "christmas" alone is too often a word): "at" is dropped before a
    # holiday as before a day (ANNOTATION.md, stop 38), once the phrase has told the holiday from "christmas presents"
    return [span[1:] if len(span) > 1 and span[0].lower_ in ("at", "on") and span[1].lower_ in words["gate"] else span
            for span in kept]


def names_feast(span, gate: frozenset[str]) -> bool:
    """Whether the time piece is a holiday: its first word, or the word after "the" ("the 4th of july"), is a holiday word."""
    first = span[0].lower_
    return first in gate or (first == "the" and len(span) > 1 and span[1].lower_ in gate)

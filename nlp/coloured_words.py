"""A colour named by a thing, written "<word> coloured": "copper coloured juke", "mustard coloured mini".

The colour list cannot hold every word people colour a car by (copper, mustard, rust, sand), but "coloured"
says the word before it is one; with a make, model or body type right after, the two words are the colour.
"""
from __future__ import annotations

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc, Span

from .spans import text_of

# Only the participle: "a different colour car" uses the noun, and names no colour.
COLOURED = frozenset("colored coloured".split())
# Words that say a colour differs, not which one: "a different coloured car", "odd coloured panels".
NOT_COLOURS = frozenset("different same odd other funny weird various multi two".split())
NAMED = frozenset(("MAKE", "MODEL", "VTYPE"))


def coloured_words(doc: Doc, parts: list) -> list[Span]:
    """COLOUR spans for "<word> coloured" right before a vehicle word (none when no "coloured" is written)."""
    if "colo" not in text_of(doc).lower() or not any(token.lower_ in COLOURED for token in doc):
        return []   # the common text pays one substring test (a token "coloured" puts "colo" in the lowered text)
    starts = {span.start for span in parts if span.label_ in NAMED}
    found = []
    for token in doc[1:-1]:
        before = doc[token.i - 1]
        if token.lower_ in COLOURED and token.i + 1 in starts and before.is_alpha and before.lower_ not in STOP_WORDS \
                and before.lower_ not in NOT_COLOURS:
            found.append(Span(doc, before.i, token.i + 1, label="COLOUR"))
    return found

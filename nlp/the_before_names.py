"""ANNOTATION.md drops "the" before a name of two words or more ("Kings Head", "River Brue", "Dog and Duck"); the tagger
sometimes keeps it ("the Sagebrush lounge", "the Dover mall", "the Flyin J"). A place that is "the" and two words or
more loses its "the", except "the cycle path", which issue 13 labels as it is. Runs after the tagger on English texts;
gated on a place starting with "the ".
"""
from __future__ import annotations

from spacy.tokens import Doc

from .doc_attrs import LOCATIONS, read
from .spans import moved_fact, scores_of, store_with_scores

KEEP_THE = frozenset(("the cycle path",))


def without_the(value: str) -> str:
    lowered = value.lower()
    if not lowered.startswith("the ") or len(value.split()) < 3 or lowered in KEEP_THE:
        return value
    return value[4:].lstrip()


def drop_the_before_names(doc: Doc, text: str) -> None:
    places = read(doc, LOCATIONS)
    if not any(value[:4].lower() == "the " for _, _, value in places):
        return   # the cheap gate
    scores = scores_of(doc, LOCATIONS)
    out = []
    for start, end, value in places:
        short = without_the(value)
        moved = short != value and text[start:end] == value
        out.append(moved_fact(text, end - len(short), end, value, scores) if moved else (start, end, value))
    if out == places:
        return
    store_with_scores(doc, LOCATIONS, out, scores)

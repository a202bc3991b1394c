"""A garment someone has not got is no description (nlp/devset/ANNOTATION.md, decided at stop 33: "no helmet",
"no coat", "no shoes" are not labelled, 21 rows vs 6). The rules and the tagger read the garment word alone
("helmet", "jacket" of "no life jacket") and an officer read "helmet" as what the rider wore; a "no" or "without"
just before it (one word may stand between: "no life jacket", "without a helmet") says it is missing."""
from __future__ import annotations

import re

from spacy.tokens import Doc

from .doc_attrs import PEOPLE, read
from .spans import scores_of, store_with_scores, text_of

# "no", "without", "without a", then at most one word, right before the description's start
DIGIT_RE = re.compile(r"\d")
MISSING_BEFORE_RE = re.compile(r"\b(?:no|without(?:\s+(?:a|an|any))?)\s+(?:[a-z]+\s+)?$", re.IGNORECASE)


def drop_missing(doc: Doc) -> None:
    """Drop the people descriptions of `doc` that a "no"/"without" says are missing (cheap: only when one is there)."""
    people = read(doc, PEOPLE)
    if not people:
        return
    text = text_of(doc)
    lowered = text.lower()
    if "no " not in lowered and "without" not in lowered:
        return
    # a description with a digit is an age, a count or a height, never a garment ("3 lads no helmets maybe 14")
    kept = [fact for fact in people if DIGIT_RE.search(fact[2]) or not MISSING_BEFORE_RE.search(text, max(0, fact[0] - 24), fact[0])]
    if len(kept) != len(people):
        store_with_scores(doc, PEOPLE, kept, scores_of(doc, PEOPLE))

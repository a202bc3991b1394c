"""A pub is labelled by its name, without the word "pub" (ANNOTATION.md: "Red Lion", "the Bell"): "the car park of the
wrens nest pub" gives "wrens nest", "by the Farm pub" gives "the Farm" (a one-word name keeps its "the"). The rules
and the tagger take the word "pub" into the span when it follows a name they found. Runs after the tagger on English
texts, gated on "pub" being in the text.
"""
from __future__ import annotations

import re

from spacy.tokens import Doc

from .doc_attrs import LOCATIONS, read
from .spans import lower_words, moved_fact, scores_of, store, store_scores

PUB_TAIL_RE = re.compile(r"^(?:(?:the|The)\s+)?(\S.*?)\s+pub$", re.IGNORECASE)
THE_BEFORE_RE = re.compile(r"(?:the|The)\s+$")


def without_pub_tails(doc: Doc, text: str) -> None:
    if "pub" not in lower_words(doc):
        return   # the cheap gate
    places = read(doc, LOCATIONS)
    scores = scores_of(doc, LOCATIONS)
    kept, changed = [], False
    for start, end, value in places:
        match = PUB_TAIL_RE.match(value)
        if match is None:
            kept.append((start, end, value))
            continue
        name_start = start + match.start(1)
        name_end = start + match.end(1)
        if " " not in match.group(1):   # "the Farm pub": a one-word name keeps its "the"
            before = THE_BEFORE_RE.search(text, max(0, name_start - 4), name_start)
            if before is not None:
                name_start = before.start()
        kept.append(moved_fact(text, name_start, name_end, value, scores))
        changed = True
    if changed:
        store_scores(doc, LOCATIONS, scores)
        store(doc, LOCATIONS, kept)

"""A place and the landscape word written right after it are one name: "pendine sands", "ranworth broad", "lake
tenkiller dam", "hassayampa river preserve" (ANNOTATION.md labels a named feature whole). The rules and the location
tagger find the name and stop before the word, which no gazetteer lists with it. Only the words of
nlp/data/en/feature_tail_words.txt do, and not when a street word or another place follows them ("sands road" is a
street of its own) or they start another phrase ("in broad daylight"). Runs after the tagger on English texts,
gated on one of the words being in the text.
"""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc

from .doc_attrs import LOCATIONS, read
from .lexicon import word_list
from .spans import lower_words, moved_fact, scores_of, store_with_scores
from .street_names import anchor_set

# "broad daylight", "plain clothes", "plain sight": the word opens a phrase of its own
NOT_BEFORE = frozenset("daylight clothes clothed sight view".split())
NEXT_WORD_RE = re.compile(r"[ \t]+([a-z]+)\b", re.IGNORECASE)


@lru_cache(maxsize=1)
def tail_words() -> frozenset[str]:
    return word_list("en/feature_tail_words.txt")


def tail_end(text: str, end: int, starts: frozenset[int]) -> int | None:
    """Where the feature word right after a place ending at `end` ends, or None."""
    match = NEXT_WORD_RE.match(text, end)
    if match is None or match.group(1).lower() not in tail_words() or match.start(1) in starts:
        return None
    following = NEXT_WORD_RE.match(text, match.end())
    if following and (following.group(1).lower() in NOT_BEFORE or following.group(1).lower() in anchor_set()):
        return None
    return match.end()


def with_feature_tails(doc: Doc, text: str) -> None:
    if lower_words(doc).isdisjoint(tail_words()):
        return   # the cheap gate
    places = read(doc, LOCATIONS)
    starts = frozenset(s for s, _, _ in places)
    scores = scores_of(doc, LOCATIONS)
    kept, changed = [], False
    for start, end, value in places:
        new_end = tail_end(text, end, starts)
        if new_end is None:
            kept.append((start, end, value))
            continue
        kept.append(moved_fact(text, start, new_end, value, scores))
        changed = True
    if changed:
        store_with_scores(doc, LOCATIONS, kept, scores)

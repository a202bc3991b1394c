"""A bare hour that ends its clause is the clock time of the event: "my dad went out walking at 4 and hes not back",
"had a grease fire around 7 but", "it was about 4" (dev: 26 such hours labelled, as "4" or "about 4": the guide drops
"at" before a clock time and keeps a hedge). A bare number is a time only with both signs, the tie before it and the
clause ending after it: "at 4 west terrace" is an address, "about 6 lads" a count. An age is the usual other reading
("hes about 6", "looks about 12", "a boy about 10"), so a person or a copula before the tie rules it out. The word
lists are in nlp/data/en/clause_hours.json.
"""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc

from .lexicon import word_sets


@lru_cache(maxsize=None)
def words() -> dict[str, frozenset[str]]:
    return word_sets("en/clause_hours.json")


def hour_token(token) -> bool:
    return token.is_digit and len(token.text) <= 2 and 1 <= int(token.text) <= 12


def clause_hours(doc: Doc, present: frozenset[str]) -> list:
    """The bare hours of `doc` that follow a tie and end their clause (`present`: its lower-case words)."""
    lists = words()
    if present.isdisjoint(lists["ties"]):
        return []   # the cheap gate: no tie word, no such hour
    spans = []
    for token in doc[1:]:
        i = token.i
        if not hour_token(token) or doc[i - 1].lower_ not in lists["ties"]:
            continue
        after = doc[i + 1] if i + 1 < len(doc) else None
        if after is not None and not ((after.is_punct and after.text not in (".", ":", "/", "-", "%", "'"))
                                      or (after.text == "." and (i + 2 == len(doc) or not doc[i + 2].is_digit))
                                      or after.lower_ in lists["ends"]):
            continue   # "at 4 west terrace", "about 6 lads", "at 3.12": not a bare hour ending its clause
        before = i - 2
        while before >= 0 and doc[before].is_punct:
            before -= 1   # "the same 3 kids, about 12,": the word before the comma says it is an age
        if before >= 0 and (doc[before].lower_ in lists["not_before_tie"] or doc[before].text[:1].isdigit() or (
                doc[before].lower_ == "was" and before >= 1 and doc[before - 1].lower_ in lists["not_before_was"])):
            continue
        spans.append(doc[i:i + 1])
    return spans

"""What happened at a place, texted right after its name: "kankakee goes", "harrisonburg holdin", "talley smashed".

The learned location tagger sometimes runs a place on over the next word; a lower-case verb there is never part of
the name (a name's own last word is a noun: "ludlow castle", "upton noble"), so the tagged span stops before it.
"""
from __future__ import annotations

from .street_names import anchor_set

VERB_WORDS = frozenset("got gets goes went says said".split())


def verb_form(word: str, common: frozenset[str]) -> bool:
    """A lower-case verb after a place: "got", "goes", "holdin" (a dropped g), "smells" (a known word and "s"),
    "smashed", "soaked" (a known word and "ed")."""
    if not word.isalpha() or not word.islower() or word in anchor_set():
        return False
    return word in VERB_WORDS or dropped_g(word, common) or past_tense(word, common) \
        or (word.endswith("ing") and word in common) or (word.endswith("s") and word in common and word[:-1] in common)


def dropped_g(word: str, common: frozenset[str]) -> bool:
    """"sayin", "tryin", "carryin": a verb in -ing texted without its g (no dictionary word itself), never a name."""
    return len(word) >= 5 and word.endswith("in") and word not in common and word + "g" in common


def past_tense(word: str, common: frozenset[str]) -> bool:
    """"smashed", "soaked", "parked": a known verb and "ed". Six letters at least, so a short name that only looks
    like one stays ("tweed", "seed" of "feed and seed"); a place name ending in "-ed" is not a dictionary word."""
    return len(word) >= 6 and word.endswith("ed") and word in common and (word[:-2] in common or word[:-1] in common)

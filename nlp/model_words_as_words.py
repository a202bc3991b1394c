"""A model name that is an everyday word, used as that word: a colour and "polo" is a shirt ("white polo shirt", "in a
blue polo"; a car is written "vw polo"), and "up" after a body type or model is the adverb ("quad bikes up the cycle
path", "a blue corsa up there"; the car is "vw up"). The word lists are in nlp/data/en/model_words_used_as_words.json.
Only groups ending in such a name pay anything.
"""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc

from .lexicon import word_sets


@lru_cache(maxsize=None)
def words() -> dict[str, frozenset[str]]:
    return word_sets("en/model_words_used_as_words.json")


def without_word_names(doc: Doc, group: list) -> list:
    """`group` (the cue matcher's vehicle parts) without a last part that is the everyday word, or [] when the whole
    group was a garment."""
    last = group[-1]
    name = last.text.lower()
    lists = words()
    if last.label_ != "MODEL" or name not in lists["garments"] | lists["particles"]:
        return group   # the cheap gate: most groups end in no such name
    before = [span.text.lower() for span in group[:-1]]
    if name in lists["particles"]:
        return group if before and before[-1] in lists["particle_makes"] else group[:-1]
    if any(span.label_ == "MAKE" for span in group[:-1]):
        return group   # "silver vw polo"
    after = doc[last.end].lower_ if last.end < len(doc) else ""
    if after in lists["vehicle_cues"]:
        return group   # "silver polo reg KN71 ..."
    if after in lists["garment_words"] or all(span.label_ == "COLOUR" for span in group[:-1]):
        return []      # "green polo shirt", "in a white polo"
    return group

"""A car park is labelled by the name it has of its own ("overgate car park", "pen y bryn car park", "carlisle street
car park": ANNOTATION.md labels a named facility whole) but a car park named after the town it is in is the town
("carryduff car park" gives "carryduff", as "hawes car park" does in the dev labels), and a shop's or pub's car park
is the shop or pub ("tesco", "red lion": found by their own rules, left alone here).

The rules and the tagger find the name and stop before "car park" ("pen y bryn"), find nothing for a one-word name
no dictionary knows after "the" ("the overgate car park"), or take a town's car park whole. Runs after the tagger on
English texts, gated on "car" and "park"/"carpark" being in the text.
"""
from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Doc

from .doc_attrs import LOCATIONS, read
from .generic_facilities import generic
from .lexicon import gazetteer, lexicon, stop_words
from .spans import lower_words, moved_fact, overlaps, scores_of, store, store_scores, store_with_guesses
from .street_towns import unknown_word

CAR_PARK_RE = re.compile(r"\s+car\s?park\b", re.IGNORECASE)
# "the overgate car park", "on pen y bryn car park": a place cue, an optional "the" and one to three name words
NAMED_RE = re.compile(r"\b(?:at|in|on|of|off|from|to|near|by|behind|outside|into|round|opposite)\s+(?:the\s+)?"
                      r"((?:[a-z]+\s+){0,2}[a-z]+)\s+car\s?park\b", re.IGNORECASE)


@lru_cache(maxsize=1)
def street_words() -> frozenset[str]:
    raw = json.loads((Path(__file__).parent / "data" / "en" / "car_parks.json").read_text(encoding="utf-8"))
    return frozenset(raw["street_words"])


@lru_cache(maxsize=1)
def place_words() -> frozenset[str]:
    """Last words of a place that has a car park ("trevaunance bay", "whinlatter forest", "trewithen stores")."""
    words = lexicon()
    return frozenset(words["place_types"]) | frozenset(words["place_nouns"]) \
        | frozenset(phrase.split()[-1] for phrase in words["facilities_after_town"])


def town_of(value: str) -> str | None:
    """"carryduff car park" -> "carryduff": the town's name when the rest of the value is only "car park"."""
    match = re.fullmatch(r"(?:the\s+)?(.+?)\s+car\s?park", value, re.IGNORECASE)
    if match is None:
        return None
    return match.group(1) if gazetteer().get(match.group(1).lower()) is False else None   # not "beach", "eye"


def own_name(name: str) -> bool:
    """A car park's own name, in lower case: a street ("carlisle street"), or words one of which no dictionary knows,
    none a stop word or a town ("overgate"; not "the staff car park", "the hawes car park"). A name ending in a place
    word is a place of its own whose car park it is ("whinlatter forest", "trewithen stores", "basingstoke canal")."""
    words = name.split()
    if name != name.lower() or gazetteer().get(name) is not None or any(word in stop_words() for word in words) \
            or generic(name + " car park", False):   # "the seafront car park"
        return False
    if len(words) > 1 and words[-1] in street_words():
        return True
    if words[-1] in place_words():
        return False
    return any(unknown_word(word) for word in words)


def with_named_car_parks(doc: Doc, text: str, confidence: float) -> None:
    present = lower_words(doc)
    if "car" not in present and "carpark" not in present:
        return   # the cheap gate
    if not CAR_PARK_RE.search(text):
        return
    places = read(doc, LOCATIONS)
    scores = scores_of(doc, LOCATIONS)
    kept, changed = [], False
    for start, end, value in places:
        town = town_of(value)
        if town is not None:   # "carryduff car park": the town
            begin = start + value.lower().index(town.lower())
            kept.append(moved_fact(text, begin, begin + len(town), value, scores))
            changed = True
            continue
        kept.append((start, end, value))
    added = []
    for match in NAMED_RE.finditer(text):
        name_start, name_end = match.span(1)
        if not own_name(match.group(1)):
            continue
        inside = [fact for fact in kept if name_start <= fact[0] and fact[1] <= name_end]
        if overlaps(name_start, match.end(), [(s, e) for s, e, _ in kept if (s, e, _) not in inside]):
            continue
        for fact in inside:   # "pen y bryn" found without its "car park"
            kept.remove(fact)
        value = text[name_start:match.end()]
        if inside:
            kept.append(moved_fact(text, name_start, match.end(), inside[0][2], scores))
        else:
            added.append((name_start, match.end(), value))
        changed = True
    if not changed:
        return
    store_scores(doc, LOCATIONS, scores)
    if added:
        store_with_guesses(doc, LOCATIONS, kept, added, confidence)
    else:
        store(doc, LOCATIONS, kept)

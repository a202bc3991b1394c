"""Two fixes to a place span the tagger ran on too far, after it has placed its spans (English texts):
"hwy 123 north of hagarville" (or "hwy 69 past savannah tn") is the road and the town a direction apart (two places; no dev label holds "north of"
inside a place), and "lamplugh saturday" is the village and the day it happened (no dev label ends in a day name).
A speed written before the road ("doing 100 down hwy 169") is cut off its start. A street run on into its town and
the town's state code ("3310 w 6th st lawrence ks", "811 e walnut st nevada ia") is two places, as ANNOTATION.md
writes a street and its town. Each is gated on a word of its own ("of", "past", "through", a day name, "down", a
state code) being in the text. (A way of going, "on his way", is kept from the street suffixes at the source:
spanish_rules.rules.)
"""
from __future__ import annotations

import re

from spacy.tokens import Doc

from .doc_attrs import LOCATIONS, read
from .spans import lower_words, scores_of, store, store_scores
from .street_names import anchor_words
from .town_states import codes

# "hwy 69 past savannah tn": a road and the town it runs past (no dev label holds "past" either); "county rd 7
# outside of greenwood ms" likewise (no dev label holds "outside of")
# "us 6 through kane pa": the road and a town it goes through
SIDE_OF_RE = re.compile(r"\s+(?:(?:north|south|east|west|outside)\s+of|past|through|thru)\s+", re.IGNORECASE)
STATE_TOWN_WORD_RE = re.compile(r"[a-z][a-z'-]+")
# a compass point after the street word is the street's ("12 oak st nw"), never a town
COMPASS = frozenset("n s e w ne nw se sw north south east west".split())
DAY_END_RE = re.compile(r"\s+(?:mon|tues|wednes|thurs|fri|satur|sun)days?$", re.IGNORECASE)
# "doing 100 down hwy 169": a speed and the way it went are no part of the road's name
SPEED_START_RE = re.compile(r"\d{2,3}\s+(?:down|up|along|through|thru)\s+", re.IGNORECASE)
SPEED_WORDS = frozenset(("down", "up", "along", "through", "thru"))
DAYS = frozenset(f"{day}day{s}" for day in ("mon", "tues", "wednes", "thurs", "fri", "satur", "sun") for s in ("", "s"))


def split_spans(doc: Doc, text: str) -> None:
    words = lower_words(doc)
    side, day = "of" in words or "past" in words or "through" in words or "thru" in words, not words.isdisjoint(DAYS)
    state = not words.isdisjoint(codes()[0])
    speed = not words.isdisjoint(SPEED_WORDS)
    if not (side or day or speed or state):
        return   # the cheap gate
    places = read(doc, LOCATIONS)
    scores = scores_of(doc, LOCATIONS)
    out = []
    for start, end, value in places:
        score = scores.get(value)
        if speed and (match := SPEED_START_RE.match(value)) and match.end() < len(value):
            start += match.end()
            value = text[start:end]
        if day and (match := DAY_END_RE.search(value)) and match.start() > 0:
            end = start + match.start()
            value = text[start:end]
        match = SIDE_OF_RE.search(value) if side else None
        pieces = [(start, start + match.start()), (start + match.end(), end)] if match else [(start, end)]
        if not match and state and (cut := _street_town_cut(value)) is not None:
            pieces = [(start, start + cut[0]), (start + cut[1], end)]
        for piece_start, piece_end in pieces:
            out.append((piece_start, piece_end, text[piece_start:piece_end]))
            if score is not None:
                scores.setdefault(text[piece_start:piece_end], score)
    if out == places:
        return
    store_scores(doc, LOCATIONS, scores)
    store(doc, LOCATIONS, out)


def _street_town_cut(value: str) -> tuple[int, int] | None:
    """Where the street ends and the town starts in "<number> ... <street word> <town of one or two words> <code>",
    or None: the span starts with a house number, the word before the town is a street word and the town's words are
    none."""
    bounds = [match.span() for match in re.finditer(r"\S+", value)]   # offsets, whatever the spaces between words
    words = [value[a:b] for a, b in bounds]
    if len(words) < 5 or not value[:1].isdigit() or words[-1].lower() not in codes()[0]:
        return None
    streets = anchor_words()[0]
    for size in (1, 2):
        town = [word.lower() for word in words[-1 - size:-1]]
        if len(words) - size - 1 < 3 or not all(STATE_TOWN_WORD_RE.fullmatch(word) for word in town) \
                or any(word in streets or word in COMPASS for word in town):
            return None
        if words[-2 - size].lower().rstrip(".") in streets:
            return bounds[-2 - size][1], bounds[-1 - size][0]
    return None

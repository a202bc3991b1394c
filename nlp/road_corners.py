"""Corners of two numbered roads: "cr 18 and us 27", "us 441 / ga 87", "route 1 and 14". intersections.py reads
the sides of a corner as street names, so a side that is a road head and its number ("us 27", "ga 87") or a bare
number ("14") is no side to it: the road alone is found and the corner lost. ANNOTATION.md labels a corner as
written, one span. A numbered road (a road word or a state's code that is no word, and a number), a connector ("and", "&", "/", "@"), then another numbered road
or a bare number of one to three digits that ends the clause or comes before a place or time word ("route 1 and 14
in carmi"; "route 1 and 14 miles on" is no corner). Gate: a digit on each side of a connector.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .town_states import never_word_codes

# a road's number, a connector, then a digit or a road head: the cheap gate
GATE_RE = re.compile(r"\d\s*(?:\s(?:and|n)\s|&|/|@)\s*(?:\d|[a-z]{1,5}[\s-]?\d)", re.IGNORECASE)
CONNECTOR_RE = re.compile(r"\s*(?:\s(?:and|n)\s|&|/|@)\s*", re.IGNORECASE)
BARE_NUMBER_RE = re.compile(r"\d{1,3}\b")
# after a bare number: the clause ends, or a word says where or when ("in carmi", "near", "last night")
AFTER_BARE_RE = re.compile(r"\s*(?:$|[,.;:!?)]|(?:in|at|near|by|outside|every|last|tonight|today|right|rn|now)\b)",
                           re.IGNORECASE)


@lru_cache(maxsize=1)
def road_re() -> re.Pattern:
    """A numbered road written with its head: "route 1", "hwy 57", "cr 18", "us 27", "ga 87", "i-95", "sh 114"."""
    heads = sorted(ROAD_HEADS | never_word_codes(), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(heads) + r")[\s-]?\d{1,4}[a-z]?\b", re.IGNORECASE)


# the words that head a numbered road in a tip (codes.US_ROAD_RE reads the upper-case codes only)
ROAD_HEADS = frozenset("route rte rt highway hwy interstate i us sr cr fm rr sh".split())


def find_road_corners(text: str) -> list[tuple[int, int]]:
    """(start, end) of each corner of two numbered roads."""
    found: list[tuple[int, int]] = []
    if not GATE_RE.search(text):
        return found
    roads = road_re()
    for road in roads.finditer(text):
        connector = CONNECTOR_RE.match(text, road.end())
        if connector is None or connector.end() == road.end():
            continue
        other = roads.match(text, connector.end())
        if other is not None:
            found.append((road.start(), other.end()))
            continue
        bare = BARE_NUMBER_RE.match(text, connector.end())
        if bare is not None and AFTER_BARE_RE.match(text, bare.end()):
            found.append((road.start(), bare.end()))
    return found

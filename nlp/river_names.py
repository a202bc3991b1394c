"""Rivers named before the word, in lower case: "into the tennessee river", "in the looking glass river near dewitt",
and the Welsh names that put the word first: "in the afon rheidol".

features.py reads "River Brue" and "river" + a name; named_waters.py "the arun at pulborough". A name before "river"
follows a place cue and "the" (named_buildings.name_start), so "the flooded river" or "a big river" is no name.
"""
from __future__ import annotations

import re

from .named_buildings import name_start
from .named_waters import name_word

RIVER_RE = re.compile(r"\briver\b", re.IGNORECASE)
# "afon" is Welsh for river: the name after it is the river's. (The Scots "the water of luce" was tried: the
# street rules then read "luce and hes" as a corner, so it is left out.)
WORD_FIRST_RE = re.compile(r"\bthe\s+(afon\s+([a-z][a-z'\-]{2,}))\b", re.IGNORECASE)
NOT_RIVER_NAMES = frozenset("flooded frozen swollen muddy fast deep shallow dirty nearby local big wide high low tidal "
                            "raging rushing cold freezing dark same".split())


def find_river_names(text: str, present: frozenset[str]) -> list[tuple[int, int]]:
    found = []
    if "river" in present:
        for match in RIVER_RE.finditer(text):
            start = name_start(text, match.start())
            if start is None or text[max(0, start - 4):start].lower() != "the ":
                continue   # "at the james river": "the" is the sign of a name, "at river level" has none
            if any(word.lower() in NOT_RIVER_NAMES for word in text[start:match.start()].split()):
                continue
            found.append((start, match.end()))
    if "afon" in present:
        found += [m.span(1) for m in WORD_FIRST_RE.finditer(text) if name_word(m.group(2).lower())]
    return found

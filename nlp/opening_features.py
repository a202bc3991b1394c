"""A text that opens with a place no list knows and its kind, then a comma, colon or dash: "porthgain harbour,
bloke in a white van", "talacre lighthouse - somebody posted a vid". The words say where first, the way a heading
does (villages.opening_village reads one or two unknown words alone; "at porthgain harbour" is read after its cue,
but the opening has no cue). The first word is no list's word, the second a place word of the lexicon ("harbour",
"beach", "lighthouse"), and what follows the mark is not "u", "im" or "pls" (a message to someone).
The gate: the text's second word is a place word.
"""
from __future__ import annotations

import re

from .lexicon import lexicon
from .villages import OPENING_NOT_BEFORE, unknown_lowered

OPENING_RE = re.compile(r"\s*([a-z]+) ([a-z]+)\s*[,:\-\u2013]\s+([a-z']+)?")


def find_opening_features(text: str, present: frozenset[str]) -> list[tuple[int, int]]:
    match = OPENING_RE.match(text)
    if match is None or match.group(2) not in lexicon()["place_types"]:
        return []   # the cheap gate
    if not unknown_lowered(match.group(1)) or (match.group(3) or "") in OPENING_NOT_BEFORE:
        return []
    return [(match.start(1), match.end(2))]

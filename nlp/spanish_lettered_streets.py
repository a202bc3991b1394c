"""Lettered streets: "j st", "k street" (Sacramento, Washington, Omaha, Bakersfield name streets by letter). The Spanish
street rules want a name of two letters or more, so "en la e wooley rd y j st" lost its corner. One consonant and an
English street word, after "la", "y" or "&" (a place's article or a corner's joint): not the vowels, which are words
of the sentence ("a", "e", "o", "u", "y"). spanish.joined_corners then joins "e wooley rd" and "j st" into one corner.
"""
from __future__ import annotations

import re

from .spans import overlaps

LETTERED_STREET_RE = re.compile(r"(?:\b(?i:la|y)|&)\s+([b-df-hj-np-tv-xzB-DF-HJ-NP-TV-XZ]\s+(?i:st|street))\b(?![\w'\-])")


def lettered_streets(text: str, taken) -> list[tuple[int, int]]:
    """The lettered streets LETTERED_STREET_RE finds, none over a fact found."""
    if " st" not in text.lower():
        return []   # cheap: no "st" or "street" after a space, no lettered street
    return [m.span(1) for m in LETTERED_STREET_RE.finditer(text) if not overlaps(*m.span(1), taken)]

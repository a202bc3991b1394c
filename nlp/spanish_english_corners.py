"""Two English-named streets that meet, written in a Spanish tip with "y", "at", "&" or "/" between them: "rigsby ave y
s w w white rd", "e slauson ave at s san pedro st", "w 26th st / s pulaski rd" are one corner, as the annotation guide
writes intersections, not two streets. spanish_places.py finds each side as a suffixed street; this joins them.
"""
from __future__ import annotations

import re

from .spanish_street_tails import ENGLISH_SUFFIX_END_RE

# What stands between the sides: only the joining word, so "main st y en oak ave" (two places) is no corner
CORNER_GAP_RE = re.compile(r"\s*(?:/|&|\s(?i:y|at|and)\s)\s*")
# The second side's own span may have taken the "y" for a compass letter: "rigsby ave" + "y s w w white rd"
Y_AS_LETTER_RE = re.compile(r"y\s+(?=\w)")
HOUSE_NUMBER_RE = re.compile(r"\d+\s")


def joined_english_corners(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans with each two touching English-suffixed streets (ENGLISH_SUFFIX_END_RE) joined into one corner.
    Cheap gate: two spans that end with a street suffix."""
    if sum(1 for s, e in spans if ENGLISH_SUFFIX_END_RE.search(text, s, e)) < 2:
        return spans
    out: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if out and _corner(text, out[-1], (start, end)):
            out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    return out


def _corner(text: str, first: tuple[int, int], second: tuple[int, int]) -> bool:
    if not (ENGLISH_SUFFIX_END_RE.search(text, *first) and ENGLISH_SUFFIX_END_RE.search(text, *second)):
        return False
    if HOUSE_NUMBER_RE.match(text, second[0]):
        return False   # "my drive at 3305 w jackson st": an address after "at", no second street of a corner
    gap = text[first[1]:second[0]]
    if CORNER_GAP_RE.fullmatch(gap):
        return True
    return not gap.strip() and Y_AS_LETTER_RE.match(text, second[0]) is not None

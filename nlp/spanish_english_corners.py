"""Two English-named streets that meet, written in a Spanish tip with "y", "at", "&" or "/" between them: "rigsby ave y
s w w white rd", "e slauson ave at s san pedro st", "w 26th st / s pulaski rd" are one corner, as the annotation guide
writes intersections, not two streets. spanish_places.py finds each side as a suffixed street; this joins them.
"""
from __future__ import annotations

import re

from .lexicon import common_words, stop_words
from .spanish_rules import common_spanish
from .spanish_street_tails import ENGLISH_SUFFIX_END_RE

# What stands between the sides: only the joining word, so "main st y en oak ave" (two places) is no corner
CORNER_GAP_RE = re.compile(r"\s*(?:/|&|\s(?i:y|at|and)\s)\s*")
# "n broadway y la e 2nd ave": a Spanish "la" (la calle) may stand before an English side led by a compass letter
LA_GAP_RE = re.compile(r"\s(?i:y)\s+(?i:la)\s+")
COMPASS_START_RE = re.compile(r"[nsewNSEW]\s")
# A side of a US corner the rules leave bare, a compass letter and one name or a numbered street: "s broadway",
# "n broad", "9th"; with an English suffix it is found already
BARE_SIDE = r"(?:[nsewNSEW]\s+[a-zA-Z][a-zA-Z'\-]{2,}|\d{1,3}(?i:st|nd|rd|th))"
BARE_SIDE_RE = re.compile(BARE_SIDE + r"$")
SIDE_AFTER_RE = re.compile(r"\s+(?i:y)\s+(?:(?i:la)\s+)?(" + BARE_SIDE + r")\b")
SIDE_BEFORE_RE = re.compile(r"(?<![\w-])(" + BARE_SIDE + r")\s+(?i:y)\s+(?:(?i:la)\s+)?$")
# The second side's own span may have taken the "y" for a compass letter: "rigsby ave" + "y s w w white rd"
Y_AS_LETTER_RE = re.compile(r"y\s+(?=\w)")
HOUSE_NUMBER_RE = re.compile(r"\d+\s")


def joined_english_corners(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans with each two touching English-suffixed streets (ENGLISH_SUFFIX_END_RE) joined into one corner.
    Cheap gate: two spans that end with a street suffix."""
    spans = [grown_corner(text, span, spans) for span in spans]
    if sum(1 for s, e in spans if _english_side(text, s, e)) < 2:
        return spans
    out: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if out and _corner(text, out[-1], (start, end)):
            out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    return out


def _corner(text: str, first: tuple[int, int], second: tuple[int, int]) -> bool:
    if not (_english_side(text, *first) and _english_side(text, *second)):
        return False
    if not (ENGLISH_SUFFIX_END_RE.search(text, *first) or ENGLISH_SUFFIX_END_RE.search(text, *second)
            or text[first[0]].isdigit() or text[second[0]].isdigit()):
        return False   # two bare "x name" sides need a street word or a number to be a US corner
    if HOUSE_NUMBER_RE.match(text, second[0]):
        return False   # "my drive at 3305 w jackson st": an address after "at", no second street of a corner
    gap = text[first[1]:second[0]]
    if CORNER_GAP_RE.fullmatch(gap) or (LA_GAP_RE.fullmatch(gap) and COMPASS_START_RE.match(text, second[0])):
        return True
    return not gap.strip() and Y_AS_LETTER_RE.match(text, second[0]) is not None


def _english_side(text: str, start: int, end: int) -> bool:
    return bool(ENGLISH_SUFFIX_END_RE.search(text, start, end) or BARE_SIDE_RE.match(text, start, end))


def _name_ok(side: str) -> bool:
    """The name of a bare side: no Spanish or function word ("e hizo", "s que"); an English word may name a street
    ("s grand", "n broad")."""
    word = side.split()[-1].lower()
    return side[0].isdigit() or not (word in stop_words() or (common_spanish(word) and word not in common_words()))


def grown_corner(text: str, span: tuple[int, int], spans: list[tuple[int, int]]) -> tuple[int, int]:
    """A found English side and a bare side that "y" joins to it and no span holds: "s broadway y e 52nd st" (found
    "e 52nd st"), "w 35th st y s kedzie", "9th y s grand" (found "9th") are one corner each."""
    start, end = span
    if not _english_side(text, start, end):
        return span
    after = SIDE_AFTER_RE.match(text, end)
    if after and _name_ok(after.group(1)) and not any(s < after.end() and after.start(1) < e for s, e in spans):
        end = after.end(1)
    before = SIDE_BEFORE_RE.search(text, max(0, start - 40), start)
    if before and _name_ok(before.group(1)) and not any(s < before.end(1) and before.start(1) < e for s, e in spans):
        start = before.start(1)
    return start, end

"""European plates written in three hyphenated groups, in capitals: Belgian "1-JRP-806", Dutch "GV-123-K",
"12-ABC-3". plate_shapes.py reads two groups ("ABC-1234") and the French
"AB-123-CD"; a digit group on both sides of a letter group, or a lone letter at one end, it leaves out.

Three groups that alternate letters and digits are rare outside plates, but a case, report or folio number is a year,
letters and a serial ("26-TR-114471", "26-R-00412": 14 dev rows), so the last digit group is at most 3 long
and the letters 2 or 3 (the Irish "151-D-12345" is left out with them); what else takes the shape is named by the word
before it ("ref", "order": other_number_before) or is a date ("12-MAR-24": a month is no middle group).
Gated on a hyphen between a digit and a capital, so most texts skip the pattern.
"""
from __future__ import annotations

import re

from .plate_shapes import normalise, other_number_before
from .spans import overlaps

GATE_RE = re.compile(r"\d-[A-Z]|[A-Z]-\d")
HYPHEN_PLATE_RE = re.compile(
    r"(?<![\w\-/.#])(?:\d{1,2}-[A-Z]{2,3}-\d{1,3}|[A-Z]{1,2}-\d{2,3}-[A-Z]{1,2})(?![\w\-/])")
MONTHS = frozenset("JAN FEB MAR APR MAY JUN JUL AUG SEP SEPT OCT NOV DEC AM PM".split())   # and "2-PM-5"
MIN_LENGTH = 5   # "1-A-2" is a list's numbering, not a plate


def hyphen_plates(text: str, taken: list, blocked: list) -> list[tuple[int, int, str]]:
    """Three-group hyphenated plates not in ``taken`` (plates already read) nor ``blocked`` (phones, times)."""
    if not GATE_RE.search(text):
        return []
    found = []
    for match in HYPHEN_PLATE_RE.finditer(text):
        start, end = match.span()
        value = normalise(match.group())
        groups = match.group().split("-")
        if len(value) < MIN_LENGTH or groups[1] in MONTHS or overlaps(start, end, taken) \
                or overlaps(start, end, blocked) or other_number_before(text, start, end):
            continue
        found.append((start, end, value))
    return found

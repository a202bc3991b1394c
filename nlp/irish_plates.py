"""Irish plates: a year, a county code and a serial, "151-D-12345", "08-KY-2231", "reg 12 D 4567".

hyphen_plates.py leaves the shape out because case and report numbers take it ("26-TR-114471", "26-R-00412"), and the
cued reader (plates.py) stops at the county code ("05 MH 11822" gave "05MH"). Here the middle group must be one of
the Irish county and city codes and the first a registration year (two digits for 1987-2012, three from 2013 on, the
last 1 or 2 for the half-year), which no case number above meets; with spaces for hyphens a plate word or "irish"
must come just before. Run before the cued reader, so it keeps the whole plate.
"""
from __future__ import annotations

import re

from .plate_shapes import other_number_before
from .spans import overlaps

COUNTIES = "C CE CN CW D DL G KE KK KY L LD LH LK LM LS MH MN MO OY RN SO T TN TS W WD WH WW WX".split()
YEAR = r"(?:0\d|1[0-2]|8[7-9]|9\d|1[3-9][12]|2[0-9][12])"
IRISH_RE = re.compile(
    rf"(?<![\w\-/.#])(?P<plate>{YEAR}(?P<sep>[-\s])(?:{'|'.join(sorted(COUNTIES, key=len, reverse=True))})(?P=sep)[1-9]\d{{0,5}})"
    r"(?![\w\-/])")
# with spaces, the plate's own word or its country right before: "reg 12 D 4567", "irish plates 05 MH 11822"
CUE_BEFORE_RE = re.compile(
    r"\b(?:reg(?:istration)?|plates?|number\s*plates?|irish|roi|southern|dublin|free\s+state)(?:\s+(?:was|is|no|number|plates?))?"
    r"[\s:#,-]*$", re.IGNORECASE)
GATE_RE = re.compile(r"\d[-\s][A-Z]{1,2}[-\s][1-9]")


def irish_plates(text: str, taken: list, blocked: list) -> list[tuple[int, int, str]]:
    """Irish plates not in ``taken`` (which grows) nor ``blocked`` (phones, times), as (start, end, value)."""
    if not GATE_RE.search(text):
        return []
    found = []
    for match in IRISH_RE.finditer(text):
        start, end = match.span("plate")
        if overlaps(start, end, taken) or overlaps(start, end, blocked) or other_number_before(text, start, end):
            continue   # "case ref 12-D-4567": another thing's number
        if match.group("sep") != "-" and CUE_BEFORE_RE.search(text, max(0, start - 30), start) is None:
            continue   # "12 D 4567" with no plate word: a code, a flat, a count
        taken.append((start, end))
        found.append((start, end, re.sub(r"[-\s]", "", match.group("plate"))))
    return found

"""A place that names who issued the plate written right after it, not where the tip happened: "placas de durango
FLK-88-12", "utah C447NK", "denver plate OKM-L22", "tablilla CT AG 77413". The place must touch the plate, with at
most a plate word between ("plate", "placas", "tablilla"): "la vi en houston, placas ..." keeps Houston (a comma
ends the place's clause).
"""
from __future__ import annotations

import re

PLATE_WORD = r"(?:plates?|tag|placas?|tablillas?|matr[ií]culas?)"
# Between the place and the plate: spaces, a plate word, a colon ("utah C447NK", "denver plate OKM-L22")
GAP_RE = re.compile(rf"\s+(?:{PLATE_WORD}\s*:?\s*|:\s*)?", re.IGNORECASE)
# A state code the plate rules read apart from the plate ("ct plate AK 40917": the plate is "40917")
STATE_CODE_RE = re.compile(r"[A-Z]{2}\s+")


def _touches_plate(text: str, end: int, plate_starts: frozenset[int]) -> bool:
    gap = GAP_RE.match(text, end)
    if not gap:
        return False
    state = STATE_CODE_RE.match(text, gap.end())   # "ct plate AK 40917": a second issuer's code read apart
    return gap.end() in plate_starts or bool(state) and state.end() in plate_starts


def issuer_place(text: str, place: tuple[int, int, str], plate_starts: frozenset[int]) -> bool:
    """Whether the place is the issuer of the plate right after it (a span the tagger opened with the plate word,
    "tablilla ct", too: its end touches the plate)."""
    return bool(plate_starts) and _touches_plate(text, place[1], plate_starts)


def without_issuers(text: str, locations: list, plates: list) -> list:
    """The locations less the plates' issuers."""
    if not plates or not locations:
        return locations
    starts = frozenset(s for s, _, _ in plates)
    return [p for p in locations if not issuer_place(text, p, starts)]

"""Temporary tags: the paper plate a dealer issues, read by its number ("temp tag on the back window 5544821",
"paper tag 81749Q3", "carro de papel temporal 81749Q3", "placa temporal 4417RT2"). The words say what the number
is, and where the tag sits may come between them ("on the back window", "en el vidrio de atras"), which the plate
cues' reader stops at. Temp tag numbers are often digits only, so a number is read only right after these words
and only at 5 to 8 characters (never a time, a phone, a price: the caller's blocked spans and the shape).
"""
from __future__ import annotations

import re

from .plate_shapes import normalise
from .spans import overlaps

# cheap gate: every match holds "temp" or "paper"/"papel"
GATE_RE = re.compile(r"temp|pape[rl]", re.IGNORECASE)
TEMP_TAG_RE = re.compile(
    r"\b(?:temp(?:orary)?\s+(?:paper\s+)?(?:tags?|plates?|registration)|paper\s+(?:tags?|plates?)|"
    r"(?:placa|tablilla|papel|permiso|tag)s?\s+(?:de\s+papel\s+)?(?:de\s+[a-z]+(?:\s+[a-z]+)?\s+)?temporal(?:es)?)\b"
    # who issued it: "temp tag del dealer 24T-81199", "paper tag from the dealership"
    r"(?:\s+(?:from\s+the|del|de\s+la)\s+(?:dealer(?:ship)?|agencia|lote|yonke))?"
    # where it sits: "on the back window", "in the rear glass", "en el vidrio de atras"
    r"(?:\s+(?:on|in)\s+(?:the\s+)?(?:back|rear|front)?\s*(?:window|windshield|glass|windscreen)"
    r"|\s+(?:en\s+el|del)\s+(?:vidrio|parabrisas|cristal)(?:\s+de\s+atr[aá]s|\s+trasero)?)?"
    r"(?:\s+(?:says|said|reads|read|was|is|number|no|num|#|dice|decia|era|es|numero|número))?[\s:#=.\-]*"
    r"(?P<plate>[A-Za-z0-9]{5,8}|[A-Za-z0-9]{2,4}[ \-][A-Za-z0-9]{2,5})(?![\w\-])",
    re.IGNORECASE)
# the vehicle the tag is on, then its number: "temp tag on a silver malibu T4417023", "paper tag on a black charger,
# 88Y-4410"; the vehicle in lower case and the number in capitals, so the words of a clause are not read as one
ON_VEHICLE_RE = re.compile(
    r"\b(?i:temp(?:orary)?\s+(?:paper\s+)?(?:tags?|plates?)|paper\s+(?:tags?|plates?))\s+on\s+(?:an?|the|his|her|that|this)\s+"
    r"(?:[a-z0-9\-]+\s+){0,2}?[a-z][a-z0-9\-]*,?\s+"
    r"(?P<plate>[A-Z0-9]{5,8}|[A-Z0-9]{2,4}[ \-][A-Z0-9]{2,5})(?![\w\-])")


def temp_tags(text: str, blocked) -> list[tuple[int, int, str]]:
    """Temporary tag numbers in text, as (start, end, value): a digit in them, capitals or digits only."""
    if GATE_RE.search(text) is None:
        return []
    found = []
    for match in [*TEMP_TAG_RE.finditer(text), *ON_VEHICLE_RE.finditer(text)]:
        raw = match.group("plate")
        value = normalise(raw)
        if not 5 <= len(value) <= 8 or not any(ch.isdigit() for ch in value) or raw != raw.upper() \
                or overlaps(*match.span("plate"), blocked + [(s, e) for s, e, _ in found]):
            continue
        found.append((*match.span("plate"), value))
    return found

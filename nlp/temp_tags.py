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
    r"(?:placa|tablilla|papel|permiso)s?\s+(?:de\s+papel\s+)?temporal(?:es)?)\b"
    # where it sits: "on the back window", "in the rear glass", "en el vidrio de atras"
    r"(?:\s+(?:on|in)\s+(?:the\s+)?(?:back|rear|front)?\s*(?:window|windshield|glass|windscreen)"
    r"|\s+(?:en\s+el|del)\s+(?:vidrio|parabrisas|cristal)(?:\s+de\s+atr[aá]s|\s+trasero)?)?"
    r"(?:\s+(?:says|said|reads|read|was|is|number|no|num|#|dice|decia|era|es|numero|número))?[\s:#=.\-]*"
    r"(?P<plate>[A-Za-z0-9]{5,8}|[A-Za-z0-9]{2,4}[ \-][A-Za-z0-9]{2,5})(?![\w\-])",
    re.IGNORECASE)


def temp_tags(text: str, blocked) -> list[tuple[int, int, str]]:
    """Temporary tag numbers in text, as (start, end, value): a digit in them, capitals or digits only."""
    if GATE_RE.search(text) is None:
        return []
    found = []
    for match in TEMP_TAG_RE.finditer(text):
        raw = match.group("plate")
        value = normalise(raw)
        if not 5 <= len(value) <= 8 or not any(ch.isdigit() for ch in value) or raw != raw.upper() \
                or overlaps(*match.span("plate"), blocked):
            continue
        found.append((*match.span("plate"), value))
    return found

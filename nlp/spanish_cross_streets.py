"""Yucatán's addresses name a numbered street and the numbered street that crosses it, joined by "x" or "por" ("en la
calle 59 x 64", "calle 27 por 20", "calle 60a x 47"): Mérida numbers its streets, even north-south and odd east-west, and
every address is written so. The street rules stop at "calle 59"; the annotation keeps the crossing in the one span.
"""
from __future__ import annotations

import re

# A numbered Spanish street ends the span found ("calle 59"), so only those pay for the look after it
NUMBERED_STREET_RE = re.compile(r"(?i:calle|avenida|av\.?)\s+\d{1,3}[a-z]?$")
# "x"/"por" and a second street number, not a measure or a count ("calle 5 por 20 minutos", "x 3 metros", "por 2 dias")
CROSSING_AFTER_RE = re.compile(
    r"\s+(?:x|por)\s+\d{1,3}[a-z]?\b(?![.,:/\-]\d)"
    r"(?!\s*(?:%|min\w*|hrs?|horas?|dias?|días?|semanas?|meses|años|veces|metros|mts?|m|km|cm|pesos|dolares|dólares|euros|"
    r"varos|bolas|personas|tipos|carros)\b)")


def crossing_end(text: str, start: int, end: int) -> int:
    """Where a numbered street found at start..end ends once the crossing street written after it is in."""
    if not NUMBERED_STREET_RE.search(text, start, end):
        return end
    after = CROSSING_AFTER_RE.match(text, end)
    return after.end() if after else end

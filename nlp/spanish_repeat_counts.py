"""Spanish counts of how often something happens, which the guide labels whole as a time: "3 noches seguidas",
"dos dias seguidos", "la tercera vez este mes" (the English "3 nights in a row", time_repeats.py). "este mes" alone
is found by the time words; the ordinal before it belongs to it, and "N noches seguidas" has no other time word.
"3 veces este mes" is left to "este mes": the dev labels split on it (older files label "este mes" alone).
"""
from __future__ import annotations

import re

# cheap gate: every match holds one of these
GATE_RE = re.compile(r"seguid|vez", re.IGNORECASE)
COUNT = r"(?:\d{1,2}|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|varias|muchas)"
ORDINAL = r"(?:primera|segunda|tercera|cuarta|quinta|sexta|s[eé]ptima|octava|novena|d[eé]cima)"
REPEAT_RE = re.compile(
    rf"\b(?:{COUNT}\s+(?:d[ií]as|noches|tardes|mañanas|semanas|fines\s+de\s+semana|domingos|s[aá]bados)\s+seguid[oa]s"
    rf"|la\s+{ORDINAL}\s+vez\s+(?:en\s+)?(?:este|esta)\s+(?:año|mes|semana|verano|invierno))\b",
    re.IGNORECASE)


def repeat_counts(text: str) -> list[tuple[int, int]]:
    """Spans of Spanish repeat counts in ``text`` ("3 noches seguidas", "la tercera vez este mes")."""
    if GATE_RE.search(text) is None:
        return []
    return [m.span() for m in REPEAT_RE.finditer(text)]

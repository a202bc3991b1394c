"""Spanish counts of nights or days in a row, which the guide labels whole as a time: "3 noches seguidas", "dos dias
seguidos" (the English "3 nights in a row", time_repeats.py): "N noches seguidas" has no other time word. A count of
times before a period ("la tercera vez este mes", "3 veces esta semana") is spanish_counted_times.py's.
"""
from __future__ import annotations

import re

# cheap gate: every match holds it
GATE_RE = re.compile(r"seguid", re.IGNORECASE)
COUNT = r"(?:\d{1,2}|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|varias|muchas)"
REPEAT_RE = re.compile(
    rf"\b{COUNT}\s+(?:d[ií]as|noches|tardes|mañanas|semanas|fines\s+de\s+semana|domingos|s[aá]bados)\s+seguid[oa]s\b",
    re.IGNORECASE)


def repeat_counts(text: str) -> list[tuple[int, int]]:
    """Spans of Spanish runs of days in ``text`` ("3 noches seguidas")."""
    if GATE_RE.search(text) is None:
        return []
    return [m.span() for m in REPEAT_RE.finditer(text)]

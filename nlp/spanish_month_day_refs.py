"""A day of the month named by its number and the month's reference, not its name: "el 3 de cada mes", "el 2 de este
mes", "el 20 del mes pasado"; and a run of days in one month, "del 12 al 19 de diciembre". The time rules read "cada
mes", "este mes", "19 de diciembre" and leave the day number out: the whole phrase is the time (ANNOTATION.md: a
Spanish time is copied as written, with "desde", "hasta", "antes de", "despues de" in it). Cheap gate: " mes" or " al " in the text.
"""
from __future__ import annotations

import re

from .spanish_street_dates import SPANISH_MONTHS

DAY = r"(?:0?[1-9]|[12]\d|3[01])"
MONTH_DAY_RE = re.compile(
    rf"\b(?:(?:desde|hasta|antes\s+del?|despu[eé]s\s+del?)\s+)?el\s+{DAY}\s+(?:de\s+(?:cada|este|esta|el)\s+mes|del\s+mes(?:\s+(?:pasado|que\s+viene|entrante|siguiente))?)\b"
    rf"|\bdel\s+{DAY}\s+al\s+{DAY}\s+de\s+{SPANISH_MONTHS}\b", re.IGNORECASE)


def with_month_days(text: str, times: list) -> list:
    """``times`` with each MONTH_DAY_RE phrase as one time, joined with the times it overlaps ("desde el 3 de este
    mes" stays whole; "el 3 de cada mes" replaces "cada mes")."""
    if " mes" not in text and " al " not in text:
        return times
    for match in MONTH_DAY_RE.finditer(text):
        start, end = match.span()
        inside = [t for t in times if t[0] < end and start < t[1]]
        start, end = min([start] + [t[0] for t in inside]), max([end] + [t[1] for t in inside])
        times = sorted([t for t in times if t not in inside] + [(start, end, text[start:end])])
    return times

"""Dates that are the name of a street, a boulevard or a square ("bulevar 5 de mayo", "av. 5 de febrero", "plaza 16 de
septiembre"): Mexican streets are named after the dates of history. spanish.without_street_dates drops such a date
inside a street the place rules found; this drops it where the street word comes right before it and no place rule
took the street, so the date is still no time of the event.
"""
from __future__ import annotations

import re

SPANISH_MONTHS = r"(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre)"
# the date, written with or without its day number: "5 de mayo", "de mayo" (when the number was read as the street's)
DATE_RE = re.compile(rf"(?:(?:0?[1-9]|[12]\d|3[01])\s+)?de\s+{SPANISH_MONTHS}", re.IGNORECASE)
NUMBER_BEFORE_RE = re.compile(r"(?:0?[1-9]|[12]\d|3[01])\s+$")
STREET_BEFORE_RE = re.compile(
    r"\b(?:av|avda|avenida|bulevar|blvd|boulevard|calle|calzada|calz|colonia|col|eje|plaza|glorieta|privada|"
    r"prolongaci[oó]n|puente|metro|estaci[oó]n|escuela|primaria|secundaria)\.?\s+(?:del?\s+)?$", re.IGNORECASE)


def without_named_dates(text: str, times: list) -> list:
    """``times`` less the dates right after a street word ("av. 5 de febrero")."""
    out = []
    for start, end, value in times:
        if DATE_RE.fullmatch(value):
            number = NUMBER_BEFORE_RE.search(text, max(0, start - 4), start)
            first = number.start() if number else start
            if STREET_BEFORE_RE.search(text, max(0, first - 24), first):
                continue
        out.append((start, end, value))
    return out

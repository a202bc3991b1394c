"""Dates that are the name of a street, a boulevard or a square ("bulevar 5 de mayo", "av. 5 de febrero", "plaza 16 de
septiembre"): Mexican streets are named after the dates of history. spanish.without_street_dates drops such a date
inside a street the place rules found; this drops it where the street word comes right before it and no place rule
took the street, so the date is still no time of the event.
"""
from __future__ import annotations

import re

from .spanish_counts import counted_after

SPANISH_MONTHS = r"(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre)"
# the date, written with or without its day number: "5 de mayo", "de mayo" (when the number was read as the street's)
DATE_RE = re.compile(rf"(?:(?:0?[1-9]|[12]\d|3[01])\s+)?de\s+{SPANISH_MONTHS}", re.IGNORECASE)
NUMBER_BEFORE_RE = re.compile(r"(?:0?[1-9]|[12]\d|3[01])\s+$")
STREET_WORDS = (r"(?:av|avda|avenida|bulevar|blvd|boulevard|calle|calzada|calz|colonia|col|eje|plaza|glorieta|privada|"
                r"prolongaci[oó]n|puente|metro|estaci[oó]n|escuela|primaria|secundaria)")
STREET_BEFORE_RE = re.compile(r"\b" + STREET_WORDS + r"\.?\s+(?:del?\s+)?$", re.IGNORECASE)


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


# A place found up to its date's day number, or up to its date, and what follows: "mercado 20| de noviembre", "puente
# de la 20| de noviembre", "calle 15 de mayo| 1420" (the door number after a date-named street); the house number is
# taken when the clause ends or goes on with a word, not a count ("1810 pesos") nor a clock ("5 de mayo 3:30")
MONTH_AFTER_RE = re.compile(rf"\s+de\s+{SPANISH_MONTHS}\b", re.IGNORECASE)
DAY_END_RE = re.compile(r"(?<![\d\w])(?:0?[1-9]|[12]\d|3[01])$")
DATE_END_RE = re.compile(rf"\b(?:0?[1-9]|[12]\d|3[01])\s+de\s+{SPANISH_MONTHS}$", re.IGNORECASE)
DOOR_AFTER_RE = re.compile(r"\s+\d{1,4}(?=\s*(?:[,.;!?)]|$)|\s+(?!(?:am|pm|a\.m|p\.m|hrs?|de\s+la)\b)[a-zñ])", re.IGNORECASE)
PLACE_WORD_START_RE = re.compile(r"(?:(?:el|la)\s+)?(?:" + STREET_WORDS + r"|mercado|parque|jardin|jardín|hospital|"
                                 r"deportivo|unidad|fraccionamiento)\b", re.IGNORECASE)


def date_named_places(text: str, locations: list, taken) -> list:
    """``locations`` with a place named for a date grown over its month and door number (see above). Cheap gate: a
    month name after " de "."""
    if " de " not in text or not MONTH_AFTER_RE.search(text):
        return locations
    out = []
    for start, end, value in locations:
        if PLACE_WORD_START_RE.match(text, start):
            month = MONTH_AFTER_RE.match(text, end) if DAY_END_RE.search(text, start, end) else None
            grown = month.end() if month else end
            door = DOOR_AFTER_RE.match(text, grown) if DATE_END_RE.search(text, start, grown) else None
            grown = door.end() if door and not counted_after(text, door.end()) else grown
            others = [t for t in taken if t[:2] != (start, end)]
            if grown != end and not any(s < grown and start < e and not (start <= s and e <= grown) for s, e in others):
                start, end, value = start, grown, text[start:grown]
        out.append((start, end, value))
    return out

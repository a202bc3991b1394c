"""Streets, squares and colonias named for a date of history ("calle 5 de mayo", "calzada 1 de mayo", "privada 3 de
octubre", "colonia 10 de abril", "av. 18 de marzo"): Mexico names them after the dates of its history. The street rules
read a street word before a name word, and a day number before "de <month>" reads as the date of the event; here the
street word, the day and the month are one place. spanish.without_street_dates then drops the date from the times.
Cheap gate: a month name after " de ".
"""
from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import stop_words, word_list
from .spanish_street_dates import MONTH_AFTER_RE, SPANISH_MONTHS
from .spans import overlaps

# the street words a date may follow (with "la"/"el" before it or not); "de" may come between ("calle de 5 de mayo")
DATE_STREET_RE = re.compile(
    r"\b(?:calle|c/|avenida|avda\.?|av\.?|calzada|calz\.?|privada|priv\.?|cerrada|callej[oó]n|andador|bulevar|"
    r"boulevard|blvd\.?|prolongaci[oó]n|glorieta|plaza|colonia|col\.?|fraccionamiento|fracc\.?|unidad|barrio|eje)"
    rf"\s+(?:de\s+)?(?:0?[1-9]|[12]\d|3[01])\s+de\s+{SPANISH_MONTHS}\b", re.IGNORECASE)


def date_streets(text: str, blocked) -> list[tuple[int, int]]:
    """The date-named places DATE_STREET_RE finds that no earlier rule took (see the module's docstring)."""
    if " de " not in text or not MONTH_AFTER_RE.search(text):
        return []
    return [m.span() for m in DATE_STREET_RE.finditer(text) if not overlaps(*m.span(), blocked)]


# A corner whose first side is the date-named street: "avenida 20 de noviembre y juarez", "calle 5 de mayo y calle
# hidalgo" (ANNOTATION.md: a corner is one span, as "avenida constituyentes y 5 de febrero" is)
CORNER_AFTER_RE = re.compile(r"\s+(?:y|esquina(?:\s+con)?|esq\.?)\s+(?:(?:la|el)\s+)?(?:(?:calle|avenida|av\.?|calzada|privada)\s+)?"
                             r"([a-zñáéíóú][a-zñáéíóú'\-]{3,})\b(?!\s+(?:de|del)\b)", re.IGNORECASE)
MONTH_END_RE = re.compile(rf"\s+de\s+{SPANISH_MONTHS}$", re.IGNORECASE)


@lru_cache(maxsize=1)
def history_street_names() -> frozenset[str]:
    return word_list("es/history_street_names.txt")


def _side_name(word: str) -> bool:
    """A corner side's name: a hero's or an event's (history_street_names: "juarez", "reforma"), or a word no
    Spanish list holds as a word of the sentence ("y luego", "y pues", "y corrio" are none)."""
    from .spanish_rules import common_spanish, rules, verb_form   # (read when a date-named street is there)
    return word in history_street_names() or not (common_spanish(word) or word in stop_words() or verb_form(word)
                                                   or word in rules()["not_names"])


def with_date_corners(text: str, locations: list) -> list:
    """``locations`` with a date-named street grown over the corner's other side (CORNER_AFTER_RE, _side_name)."""
    if " de " not in text or not MONTH_AFTER_RE.search(text):
        return locations
    out = []
    for start, end, value in locations:
        corner = CORNER_AFTER_RE.match(text, end) if MONTH_END_RE.search(text, start, end) else None
        if corner and _side_name(corner.group(1).lower()) \
                and not any(s < corner.end() and end < e for s, e, _ in locations if (s, e) != (start, end)):
            start, end, value = start, corner.end(), text[start:corner.end()]
        out.append((start, end, value))
    return out

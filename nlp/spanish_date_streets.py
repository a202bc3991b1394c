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
from .spanish_areas import VERB_ENDINGS
from .spanish_street_dates import DATE_RE, MONTH_AFTER_RE, SPANISH_MONTHS
from .spans import overlaps

# the street words a date may follow (with "la"/"el" before it or not); "de" may come between ("calle de 5 de mayo");
# or "la" alone: a date of the event is masculine ("el 5 de mayo"), so "en la 5 de mayo", "por la 16 de septiembre" is
# the street (the article goes, ANNOTATION.md: "sobre la 16 de septiembre y 21 oriente" gives "16 de septiembre y 21
# oriente"); not "de la" after a landmark word, which the landmark rules keep whole ("el puente de la 20 de noviembre")
DATE = rf"(?:0?[1-9]|[12]\d|3[01])\s+de\s+{SPANISH_MONTHS}\b"
DATE_STREET_RE = re.compile(
    r"\b(?:(?:calle|c/|avenida|avda\.?|av\.?|calzada|calz\.?|privada|priv\.?|cerrada|callej[oó]n|andador|bulevar|"
    r"boulevard|blvd\.?|prolongaci[oó]n|glorieta|plaza|colonia|col\.?|fraccionamiento|fracc\.?|unidad|barrio|eje)"
    rf"\s+(?:de\s+)?{DATE}|(?<!\bde\sla\s)(?<=\bla\s){DATE}(?!\s+(?:de|del)\s+(?:la\s+)?(?:tarde|mañana|manana|noche|madrugada)\b))",
    re.IGNORECASE)


def date_streets(text: str, blocked) -> list[tuple[int, int]]:
    """The date-named places DATE_STREET_RE finds that no earlier rule took (see the module's docstring), with a corner's
    other side (with_date_corners). Run before the street rules, which cut "calle 5| de |mayo y la av. pino suarez"."""
    if " de " not in text or not MONTH_AFTER_RE.search(text):
        return []
    spans = [m.span() for m in DATE_STREET_RE.finditer(text) if not overlaps(*m.span(), blocked)]
    return [(s, e) for s, e, _ in with_date_corners(text, [(s, e, text[s:e]) for s, e in spans])]


def without_dates_inside(text: str, times: list, locations: list) -> list:
    """``times`` less a date that lies inside a place ("el puente de la 20 de noviembre": the bridge's name; "sobre la
    16 de septiembre ahorita" keeps "ahorita")."""
    out = []
    for start, end, value in times:
        date = DATE_RE.search(text, start, end)
        place = next((e for s, e, _ in locations if date and s <= date.start() and date.end() <= e), None)
        if place is not None:
            rest = text[max(place, start):end]
            if place >= end or not rest.strip(" ,"):
                continue
            start = end - len(rest.lstrip(" ,"))
            value = text[start:end]
        out.append((start, end, value))
    return out


# A corner whose first side is the date-named street: "avenida 20 de noviembre y juarez", "calle 5 de mayo y calle
# hidalgo" (ANNOTATION.md: a corner is one span, as "avenida constituyentes y 5 de febrero" is)
STREET_WORD = r"(?:calle|avenida|av\.?|avda\.?|calzada|calz\.?|privada|bulevar|blvd\.?)"
CORNER_AFTER_RE = re.compile(rf"\s+(?:y|esquina(?:\s+con)?|esq\.?)\s+(?:(?:la|el)\s+)?(?:({STREET_WORD})\s+)?"
                             r"([a-zñáéíóú][a-zñáéíóú'\-]{3,}|\d{1,3}\s+(?:oriente|poniente|norte|sur|ote|pte)\b)"
                             r"((?:\s+[a-zñáéíóú][a-zñáéíóú'\-]{2,}){0,2})(?!\s+(?:de|del)\b)", re.IGNORECASE)
MONTH_END_RE = re.compile(rf"\s+de\s+{SPANISH_MONTHS}$", re.IGNORECASE)


@lru_cache(maxsize=1)
def history_street_names() -> frozenset[str]:
    return word_list("es/history_street_names.txt")


def _sentence_word(word: str) -> bool:
    from .spanish_rules import rules, verb_form  # (read when a date-named street is there)
    return word in stop_words() or verb_form(word) or word in rules()["not_names"] or word.endswith(VERB_ENDINGS)


def _side_name(word: str) -> bool:
    """A corner side's name: a hero's or an event's (history_street_names: "juarez", "reforma"), or a word no
    Spanish list holds as a word of the sentence ("y luego", "y pues", "y corrio" are none)."""
    from .spanish_rules import common_spanish
    return word in history_street_names() or not (common_spanish(word) or _sentence_word(word))


def _corner_end(text: str, corner) -> int:
    """Where the corner's other side ends: its first word and, after a street word ("y la av. pino suarez"), the name
    words after it up to a word of the sentence ("y calle morelos hay ..." ends at "morelos")."""
    end = corner.end(2)
    if corner.group(1):
        for word in re.finditer(r"\S+", corner.group(3)):
            if _sentence_word(word.group().lower()):
                break   # "y calle morelos hay ...": the sentence goes on
            end = corner.start(3) + word.end()
    return end


def with_date_corners(text: str, locations: list) -> list:
    """``locations`` with a date-named street grown over the corner's other side (CORNER_AFTER_RE): after a street word
    any name ("y calle zaragoza", "y la av. pino suarez"), else a name _side_name takes ("y juarez", "y 5 oriente")."""
    if " de " not in text or not MONTH_AFTER_RE.search(text):
        return locations
    out = []
    for start, end, value in locations:
        corner = CORNER_AFTER_RE.match(text, end) if MONTH_END_RE.search(text, start, end) else None
        named = corner and (corner.group(1) or corner.group(2)[0].isdigit() or _side_name(corner.group(2).lower()))
        grown = _corner_end(text, corner) if named else end
        if grown != end and not any(s < grown and end < e for s, e, _ in locations if (s, e) != (start, end)):
            start, end, value = start, grown, text[start:grown]
        out.append((start, end, value))
    return out

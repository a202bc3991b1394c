"""Barrios and towns named after a saint, after a place cue: "en san blas", "por san jorge", "hacia santa marta", "a
la altura de san vicente del raspeig". The gazetteers hold few of them (a barrio of a Spanish city, "san blas", is in
no town list), and BARRIO_RE (spanish_areas.py) skips "san", a common word. "san"/"santa"/"sant"/"santo" and a name is
a place after these cues, but for feast days ("en san valentin", "por san fermin": nlp/data/es/saint_feasts.txt).
"""
from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import stop_words, word_list
from .spanish_areas import unknown_word
from .spanish_rules import common_spanish, verb_form
from .spans import overlaps

NAME = r"[a-zñA-ZÑ][a-zñáéíóúA-ZÑ'\-]+"
SAINT_AREA_RE = re.compile(rf"\b(?i:en|por|hacia|desde|a\s+la\s+altura\s+de|cerca\s+de)\s+"
                           rf"((?i:san|santa|sant|santo)\s+({NAME}))"
                           rf"(?:\s+(?i:de\s+la|de\s+las|de\s+los|del|de)\s+({NAME}))?\b", re.UNICODE)
NEXT_NAME_RE = re.compile(r"\s+([a-zñ][a-zñáéíóú'\-]{3,})\b")
ARTICLED_JOINER_RE = re.compile(r"\s+(?:del|de\s+(?:la|los|las))\s", re.IGNORECASE)
# After "del", "de la", "de los", "de las" a noun names the town ("san felipe del agua", "santa lucia del camino",
# "san pedro de la cueva"); a bare "de" does not ("en san jorge de noche"). These are the times of day that
# follow a place so ("en san pedro de la mañana" is never a town), and the words that say which part of it
DAY_PART_NOUNS = frozenset("mañana manana tarde noche madrugada dia día semana otro otra centro zona parte".split())


@lru_cache(maxsize=1)
def saint_feasts() -> frozenset[str]:
    return word_list("es/saint_feasts.txt")


def saint_areas(text: str, taken, longer: list | None = None) -> list[tuple[int, int]]:
    """Places SAINT_AREA_RE finds, none overlapping `taken`. A "de"/"del" and a word after the saint's name belong to
    the place only when no dictionary holds that word ("san vicente del raspeig"; not "en san jorge de noche").
    `longer`, when given, collects the places that a taken span starting with the same saint holds only in part."""
    if "san" not in text.lower():
        return []
    found = []
    for match in SAINT_AREA_RE.finditer(text):
        name = match.group(2).lower()
        if name in saint_feasts() or name in stop_words():
            continue
        joined = match.group(3) and (unknown_word(match.group(3).lower()) or (
            ARTICLED_JOINER_RE.match(text, match.end(2)) and match.group(3).islower()
            and match.group(3) not in DAY_PART_NOUNS and match.group(3) not in stop_words()))
        end = match.end(3) if joined else match.end(2)
        if end == match.end(2):   # "san andres cholula", "san lorenzo tezonco": Mexico's towns add a name no dictionary holds
            after = NEXT_NAME_RE.match(text, end)
            end = after.end() if after and unknown_word(after.group(1).lower()) and not verb_form(after.group(1).lower()) \
                and not common_spanish(after.group(1).lower()) else end
        if not overlaps(match.start(1), end, taken + found):
            found.append((match.start(1), end))
        elif longer is not None and any(s == match.start(1) and e < end for s, e in taken):
            longer.append((match.start(1), end))
    return found


def longer_saint_towns(text: str, locations: list) -> list:
    """The locations with a saint's town a list holds in part ("santa rosa", "san lorenzo") replaced by the whole name
    saint_areas reads ("santa rosa jauregui", "san lorenzo tezonco", "santa lucia del camino")."""
    if "san" not in text.lower():
        return locations
    spans = [(s, e) for s, e, _ in locations]
    longer: list = []
    saint_areas(text, spans, longer)
    for start, end in longer:
        inside = [p for p in locations if start <= p[0] and p[1] <= end]
        if inside and not overlaps(start, end, [(s, e) for s, e, _ in locations if (s, e, _) not in inside]):
            locations = sorted([p for p in locations if p not in inside] + [(start, end, text[start:end])])
    return locations

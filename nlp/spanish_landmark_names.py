"""What follows a landmark word and "de" ("parque de ...", "metro de ..."): the landmark's own name ("parque de marcy",
"metro de tetuan": the landmark is the place), an English-named area the landmark stands in ("el parque de clarke
square", "el metro de bethnal green", "el parque de east hartford": the area is the place, as the annotation labels a
street after "el parque de la ..."), or a kind of thing in the plural ("parque de casas moviles", a trailer park: no
name, no place).
"""
from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import word_list
from .spanish_areas import AREA_WORDS, COMPASS_WORDS
from .spanish_rules import common_spanish

LANDMARK_DE_RE = re.compile(r"\S+\s+de\s+(?:la\s+)?", re.IGNORECASE)


def _name(text: str, start: int, end: int) -> tuple[int, list[str]] | None:
    """Where the name after the landmark word and "de" starts, and its words (None: no "de" after the landmark word)."""
    match = LANDMARK_DE_RE.match(text, start, end)
    if not match or match.end() >= end:
        return None
    return match.end(), text[match.end():end].split()


def area_in_landmark(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The area after "<landmark> de": two words or more, English-shaped, ending in an area word ("clarke square",
    "bethnal green") or opening with a compass word ("east hartford"); None for a name of the landmark's own."""
    name = _name(text, start, end)
    if name is None or len(name[1]) < 2:
        return None
    words = [w.lower() for w in name[1]]
    if words[-1] in AREA_WORDS or (words[0] in COMPASS_WORDS and not common_spanish(words[1])):
        return name[0], end
    return None


def kind_of_thing(text: str, start: int, end: int) -> bool:
    """After "<landmark> de", a common Spanish noun in the plural and only plural words after it ("casas moviles",
    "casas rodantes"): a kind, no name. An article opens a name ("parque de los venados")."""
    name = _name(text, start, end)
    if name is None:
        return False
    words = name[1]
    return words[0] not in ("los", "las") and common_spanish(words[0]) \
        and all(w.islower() and w.endswith("s") for w in words)


@lru_cache(maxsize=1)
def _kind_words() -> frozenset[str]:
    return word_list("es/landmark_kind_words.txt")


def kind_word(words: list[str]) -> bool:
    """Whether the first word after a landmark word says what kind it is ("puente peatonal", "puente de peatones",
    "parque canino"): a generic facility, no name (ANNOTATION.md), though no frequency list holds the word."""
    return bool(words) and words[0].lower() in _kind_words()

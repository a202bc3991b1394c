"""A thing on a street, then "de la calle" and an article with a common word, names the street: "el bar de la calle del
pez", "el parque de la calle la magdalena venden", "frente al cole de la calle del carmen, en burgos", "la caseta de
tiro de la calle del infierno". spanish_places.py takes "calle del <common word>" as what the street is of ("la calle
de mi casa") unless the word names no thing; a tipster who places a bar, a school or a door "de la calle" names the
street the thing is on. The word must pass spanish_clause_street_names' name test (no function word, verb, day, noun
of the scene or place kind: "al final de la calle el tipo saco", "la esquina de la calle del mercado" stay out) and
the name must close its clause as there.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import common_words, spanish_lexicon
from .spanish_clause_street_names import closes, name_end, name_word
from .spans import overlaps

# "de la calle" then "del", "de la", "de los", "de las", "la", "el" and the name's first word
AFTER_THING_RE = re.compile(r"\bde\s+la\s+(calle\s+(del|de\s+la|de\s+los|de\s+las|la|el)\s+([a-zñáéíóúü]+))\b")
GATE = "de la calle "


@lru_cache(maxsize=1)
def place_kinds() -> frozenset[str]:
    """The lexicon's landmark words ("mercado", "escuela", "iglesia"): "la calle del mercado" is the market's street."""
    return frozenset(spanish_lexicon()["landmarks"])


def _first_word(word: str, article: str) -> bool:
    if word in place_kinds() or word in common_words() and len(word) < 4:
        return False
    if word.endswith("s") and article.startswith("de "):   # "de la calle de los olivos": a plural after "de los"
        return name_word(word[:-1]) or name_word(word[:-2])
    return name_word(word)


def street_after_things(text: str, taken: list) -> list[tuple[int, int]]:
    """(start, end) of each street named after a thing on it (see the module's docstring), none overlapping `taken`."""
    lower = text.lower()
    if GATE not in lower:
        return []
    found = []
    for match in AFTER_THING_RE.finditer(lower):
        article = " ".join(match.group(2).split())
        if not _first_word(match.group(3), article):
            continue
        bare = article in ("la", "el")   # "la calle la luz se la enganchan": after a bare article, strictly
        first_end = match.end(3)
        end = name_end(text, first_end)
        if end == first_end and not closes(text, first_end, bare):
            continue
        if not overlaps(match.start(1), end, taken + found):
            found.append((match.start(1), end))
    return found

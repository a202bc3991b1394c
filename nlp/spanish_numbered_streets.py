"""A Spanish street word, a name of common words and the house number: "calle oscura 18 de xirivella", "calle la vina
11", "calle son rapinya 31 2º", "calle dr vertiz 212". The street rules of spanish_rules.py take a lower-case name
only when its words cannot be the sentence's ("calle oscura" reads as "a dark street"); a house number right after,
closing the clause, makes the words a name: nobody writes a door number after a description.
Cheap gate: a street word and a digit in the text."""
from __future__ import annotations

import re

from .lexicon import stop_words
from .spans import overlaps

NUMBERED_STREET_RE = re.compile(
    r"\b(?i:calle|c/|avenida|avda\.?|paseo|r[uú]a|carrer|camino|callej[oó]n|ronda|traves[ií]a)\s+"
    r"((?:(?:la|el|los|las|del|de|de\s+la|de\s+los|de\s+las)\s+)?"
    r"(?:[a-zñáéíóúü][a-zñáéíóúü'\-]+\.?\s+){1,3})(\d{1,4})"
    # the clause ends, a town or a floor follows: "18 de xirivella", "31 2º", "11, ..."; not "3 de la tarde"
    r"(?=\s*(?:[,.;:!?)]|$)|\s+(?:de|en)\s+(?!(?:la|las|los|el)\s)|\s+\d{1,2}\s*[ºª°])")
STARTS = ("calle", "c/", "avenida", "avda", "paseo", "rua", "rúa", "carrer", "camino", "callej", "ronda", "traves")
# place words of the sentence that may stand between a street word and a number: "calle frente al 22", "la calle
# desde las 6", "el callejon detras del 440"
NOT_NAME_WORDS = frozenset("frente atras atrás detras detrás desde hasta cerca junto enfrente numero número num no "
                           "nº portal piso casa edificio esquina altura".split())
VERB_ENDINGS = ("aron", "ieron", "aba", "ando", "iendo")


def numbered_streets(text: str, taken) -> list[tuple[int, int]]:
    lowered = text.lower()
    if not any(c.isdigit() for c in text) or not any(word in lowered for word in STARTS):
        return []
    found = []
    for match in NUMBERED_STREET_RE.finditer(text):
        words = [w.rstrip(".").lower() for w in match.group(1).split()]
        names = [w for w in words if w not in ("la", "el", "los", "las", "del", "de")]
        if not names or any(w in stop_words() or w in NOT_NAME_WORDS or w.endswith(VERB_ENDINGS)
                            for w in names):
            continue
        start, end = match.start(), match.end(2)
        if not overlaps(start, end, list(taken) + found):
            found.append((start, end))
    return found

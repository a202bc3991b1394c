"""A Spanish road named for the town it goes to: "la carretera de avila", "la carretera a tepic", "el camino de
ronda", "la antigua carretera a texcoco". The street rules take "carretera de" with a name no dictionary holds;
a town's name is often a word too ("ronda", "avila"), or a Mexican town no list had ("cuautla"), or follows "a"
(where the road goes), which no street rule reads. The road word stays and the sentence's article goes
(ANNOTATION.md: a cue word stays). A common word after "de"/"a" is what the road is, not where it goes ("la
carretera de doble sentido", "el camino a casa", "el camino de la escuela"): none.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import UNACCENTED, gazetteer, word_list
from .spanish_areas import spanish_towns, unknown_word
from .spanish_article_names import dictionary_word
from .spans import overlaps

ROAD_WORDS = ("carretera", "camino", "autovia", "autovía", "autopista")
# up to four words after the road word's "de"/"a"/"hacia" ("la carretera de valverde del camino")
ROAD_TOWN_RE = re.compile(r"\b((?:carretera|camino|autov[ií]a|autopista)\s+(?:de|a|hacia)\s+"
                          r"([a-zñáéíóú]+(?:\s+(?:de\s+la|de\s+los|de|del|la|el)?\s*[a-zñáéíóú]+){0,3}))", re.UNICODE)

# A door's number before the road with "del"/"de la" ("en el 180 del camino de ronda"), as before a street
DOOR_NUMBER_BEFORE_RE = re.compile(r"\b(?:el|del|al|en)\s+(\d{1,4})\s+(?:del|de\s+la)\s+$")


@lru_cache(maxsize=1)
def road_towns() -> frozenset[str]:
    """Towns a road is named for: Spain's and US Spanish towns (spanish_towns), Mexico's (es/towns_mexico.txt, from
    phonenumbers) and Spain's big towns whose names are words too (es/road_towns.txt, by hand: "ronda", "avila")."""
    return spanish_towns() | word_list("es/towns_mexico.txt") | word_list("es/road_towns.txt")


def _town_end(text: str, start: int, words: str) -> int | None:
    """Where the longest town at the head of `words` (starting at `start`) ends, or None."""
    towns, places = road_towns(), gazetteer()
    tokens = list(re.finditer(r"\S+", words))
    for n in range(len(tokens), 0, -1):
        name = words[:tokens[n - 1].end()]
        if tokens[n - 1].group() in ("de", "del", "la", "el", "los"):
            continue
        if name in towns or name.translate(UNACCENTED) in towns or (n > 1 and places.get(name) is False):
            return start + tokens[n - 1].end()
    first = tokens[0].group()
    if unknown_word(first) and not dictionary_word(first) and len(first) > 4:
        return start + tokens[0].end()   # "la carretera a colotlan": a name no list holds
    return None


def road_town_places(text: str, taken) -> list[tuple[int, int]]:
    if not any(word in text for word in ROAD_WORDS):
        return []   # the cheap gate
    found = []
    for match in ROAD_TOWN_RE.finditer(text):
        end = _town_end(text, match.start(2), match.group(2))
        number = DOOR_NUMBER_BEFORE_RE.search(text, max(0, match.start(1) - 16), match.start(1))
        start = number.start(1) if number else match.start(1)   # "el 180 del camino de ronda": the door's number is in
        if end is not None and not overlaps(start, end, taken + found):
            found.append((start, end))
    return found

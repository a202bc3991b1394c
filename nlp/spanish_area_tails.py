"""Where the name of an area after its cue word ("colonia", "barrio", "fraccionamiento") ends when the rules of
spanish_areas.find_barrios read one word: a side written after it ("colonia roma sur", "barrio la paz norte"), or,
after a noun that opens a Mexican colonia's name (nlp/data/es/area_name_heads.txt), its "de"/"del" and the name
("colonia lomas de chapultepec", "fraccionamiento praderas del sol", "colonia valle de santa lucia")."""
from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import word_list

SIDE_AFTER_RE = re.compile(r"\s+(?:norte|sur|oriente|poniente|oeste)\b(?![\w'])")
# "de"/"del" and one name word, a saint's title before it or a second name word after it kept
HEAD_TAIL_RE = re.compile(r"\s+(?:de|del)\s+(?:(?:la|las|los|el)\s+)?(?:(?:san|santa|santo)\s+)?([a-zñáéíóú][a-zñáéíóú'\-]{2,})\b")
# what a "de" after the name may bring that names no part of it: the time of day, the town it is in
NOT_TAIL = frozenset("mañana manana tarde noche madrugada dia día semana ayer hoy aqui aquí alla allá".split())


@lru_cache(maxsize=1)
def area_name_heads() -> frozenset[str]:
    return word_list("es/area_name_heads.txt")


def area_name_end(text: str, end: int, word: str) -> int:
    """The end of an area's name whose last word read is `word` ending at `end` (see the module docstring)."""
    if word.lower() in area_name_heads():
        tail = HEAD_TAIL_RE.match(text, end)
        if tail and tail.group(1).lower() not in NOT_TAIL:
            end = tail.end()
    side = SIDE_AFTER_RE.match(text, end)
    return side.end() if side else end

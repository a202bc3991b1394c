"""A colonia, barrio or fraccionamiento named in a text written all in capitals: "BALACERA EN LA COLONIA LAS AMERICAS",
"ROBARON EN EL FRACCIONAMIENTO LOS PINOS". find_barrios reads no all-capital text, as its bare guesses ("en X") need
the case of the word; an area word before the name is cue enough, so the area rules run on the text in lower case and
only the areas that start with or follow their area word are kept. Cheap gate: the text is all capitals.
"""
from __future__ import annotations

import re

from .spanish_areas import find_barrios

AREA_WORD_BEFORE_RE = re.compile(r"(?:colonia|col\.?|barrio|barriada|fraccionamiento|fracc\.?|urbanizaci[oó]n|"
                                 r"pol[ií]gono)\s+(?:(?:de|del)\s+)?(?:(?:la|las|los|el)\s+)?$")
AREA_WORD_START_RE = re.compile(r"(?:colonia|col\b|barrio|barriada|fraccionamiento|fracc\b|urbanizaci[oó]n|pol[ií]gono)")


def shouted_areas(text: str, taken) -> list[tuple[int, int]]:
    """(start, end) of the areas named after their area word in an all-capital text; none elsewhere."""
    lower = text.lower()
    if not text.isupper() or len(lower) != len(text) or not AREA_WORD_START_RE.search(lower):
        return []
    return [(s, e) for s, e in find_barrios(lower, taken)
            if AREA_WORD_START_RE.match(lower, s) or AREA_WORD_BEFORE_RE.search(lower, max(0, s - 40), s)]

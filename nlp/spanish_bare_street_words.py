"""Street words of Spain and Mexico that take a bare name, no "de": "la gran via marques del turia", "la gran via",
"la calzada independencia", "el periferico sur", "el periferico de la juventud", "la costera miguel aleman". The street
rules read "calle", "avenida" with any name and these words only with "de" or not at all; their names are mostly
common words ("independencia", "sur", "juventud"), so the name runs over words that are no function word, verb or time
word, up to a comma or the end of the name. The street word stays and the sentence's article goes (ANNOTATION.md).
"""
from __future__ import annotations

import re

from spacy.lang.es.stop_words import STOP_WORDS as SPANISH_STOP_WORDS

from .spanish_rules import rules, verb_form
from .spans import overlaps

# "gran via" is a street by itself; the others need a name ("la calzada estaba mojada", "en el periferico hay trafico")
BARE_STREET_RE = re.compile(r"\b(?:(gran\s+v[ií]a)|(calzada|perif[eé]rico|costera))(?=\s+[a-zñáéíóú])", re.UNICODE)
NAME_WORD_RE = re.compile(r"\s+((?:de\s+la\s+|de\s+los\s+|del\s+|de\s+)?)([a-zñáéíóú][a-zñáéíóú'\-]+|[ivx]+\b)", re.UNICODE)
# the words a name never holds here beyond the function words: the road's own state, side and way, the road it is part
# of, and the time (Spain's "la calzada contraria" is the other side of the road)
NOT_NAME_WORDS = frozenset("estaba esta estan mojada mojado ahora ahorita hoy ayer anoche mañana manana noche tarde "
                           "dia cada casi todo toda todos todas muy mucho mucha sentido contrario contraria carril altura "
                           "izquierda izquierdo derecha derecho central principal resbaladiza helada cortada rumbo "
                           "direccion dirección salida entrada bajo puente km kilometro kilómetro "
                           # "la calzada de la carretera": the roadway of a road, not a street's name
                           "carretera autopista autovia autovía calle camino acera banqueta cuneta arcen arcén".split())
MAX_NAME_WORDS = 4
# "la calzada ermita y canal de garay": a corner's other side, one place with the first (ANNOTATION.md)
CORNER_RE = re.compile(r"\s+(?:y|e|esquina\s+con|esq\.?\s+con)(?=\s)", re.UNICODE)


def _name_word(word: str) -> bool:
    return word not in SPANISH_STOP_WORDS and word not in NOT_NAME_WORDS and word not in rules()["not_names"] \
        and not verb_form(word) and not word.endswith(("ando", "iendo"))


def _name_end(text: str, end: int) -> int | None:
    """Where the name after a street word at `end` ends (up to MAX_NAME_WORDS), or None when no name follows."""
    last, words = None, 0
    while words < MAX_NAME_WORDS:
        match = NAME_WORD_RE.match(text, end)
        if not match or not _name_word(match.group(2)):
            break
        end = last = match.end()
        words += 1
    return last


def bare_street_places(text: str, taken) -> list[tuple[int, int]]:
    lowered = text.lower()
    if "via" not in lowered and "vía" not in lowered and "calzada" not in lowered and "perif" not in lowered \
            and "costera" not in lowered:
        return []   # the cheap gate
    found = []
    for match in BARE_STREET_RE.finditer(text):
        end = _name_end(text, match.end())
        if end is None and match.group(1) is None:
            continue
        corner = CORNER_RE.match(text, end) if end else None
        end = (_name_end(text, corner.end()) or end) if corner else end
        span = (match.start(), end or match.end())
        if not overlaps(*span, taken + found):
            found.append(span)
    return found

"""A neighbourhood named after a building and "de": "el colegio de vallobin", "la nave abandonada de torrecardenas",
"el instituto de ciudad naranco", "el centro de salud de espinardo". The building word (nlp/data/es/area_facilities.json)
is generic and no place (ANNOTATION.md); the lower-case name after "de" is the barrio the tipster means, when no
dictionary holds it (spanish_areas.unknown_word: "el colegio de mis hijos", "la nave de carga" name none). A guess,
stored as the other barrios are (below "Anotado")."""
from __future__ import annotations

import json
import re
from functools import lru_cache

from .lexicon import DATA_DIR
from .spanish_areas import unknown_word
from .spans import overlaps


@lru_cache(maxsize=1)
def _facility_re() -> re.Pattern:
    data = json.loads((DATA_DIR / "es" / "area_facilities.json").read_text(encoding="utf-8"))
    facilities = "|".join(re.escape(w) for w in sorted(data["facilities"], key=len, reverse=True))
    qualifiers = "|".join(re.escape(w) for w in data["qualifiers"])
    # "ciudad" opens a barrio's name in Spain ("ciudad naranco", "ciudad jardin"): its name word is judged, not "ciudad"
    return re.compile(rf"\b(?i:{facilities})(?:\s+(?:{qualifiers}))?\s+de\s+((?:ciudad\s+)?([a-zñ][a-zñ'\-]{{3,}}))"
                      rf"(?:\s+([a-zñ][a-zñ'\-]{{3,}}))?\b", re.UNICODE)


# the cheap gate: a text without " de " names no barrio this way
def facility_areas(text: str, taken) -> list[tuple[int, int]]:
    """Barrios after a building word and "de" (see the module docstring); a second unknown word joins the name."""
    if " de " not in text or text.isupper():
        return []
    found = []
    for match in _facility_re().finditer(text):
        if not unknown_word(match.group(2)):
            continue
        end = match.end(3) if match.group(3) and unknown_word(match.group(3)) else match.end(1)
        if not overlaps(match.start(1), end, taken + found):
            found.append((match.start(1), end))
    return found

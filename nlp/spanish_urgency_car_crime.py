"""Car crime now with nobody in danger, in Spanish: calm (stop 38; used by urgency_debunked.py).

"ahorita mismo hay dos morros probando las puertas de los carros estacionados", "un señor va jalando las manijas de
los carros uno por uno, no trae nada en las manos", "se estan robando las llantas de un carro ahorita, nadie los
para": ANNOTATION.md (stop 33) marks someone trying car doors now, with nobody in danger, not urgent, and the theft
cues read them as urgent. Getting into or breaking into cars now is urgent (stop 38), so not here. Calm when the text
tells of trying, opening or stripping cars, and holds no
weapon or "algo en la mano" (a negation cuts out the rest of its clause: "sin armas ni nada"), nobody struck,
confronted or caught ("le pego", "lo tenemos sujeto"), not the writer's own car ("mi carro": the owner may step in),
and nobody at risk (spanish_urgency_danger_left.py). Data `es/urgency_car_crime.json`; gate: a car-crime stem.
"""
from __future__ import annotations

from functools import lru_cache

from .lexicon import DATA_DIR
from .spanish_urgency_danger_left import danger_left
from .urgency_gated import read_gated_patterns


@lru_cache(maxsize=1)
def _data() -> dict:
    return read_gated_patterns(DATA_DIR / "es" / "urgency_car_crime.json")


def car_crime_calm(lowered: str) -> bool:
    """Whether the lower-cased text tells of car crime now with no weapon, nobody struck and nobody at risk."""
    data = _data()
    if not any(word in lowered for word in data["gate"]) or not data["car_crime"].search(lowered):
        return False
    plain = data["negated"].sub(" ", lowered)
    return not (data["armed"].search(plain) or data["hurt"].search(plain) or danger_left(lowered))

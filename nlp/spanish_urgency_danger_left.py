"""Someone still at risk in a Spanish text (stop 38; read by the Spanish calms of stop 38).

"ya estan los bomberos pero hay una niña atrapada", "pensaba que eran cohetes pero hay un hombre en el suelo
sangrando": a service on the scene (spanish_urgency_service_on_scene.py) or a harmless source
(spanish_urgency_harmless_checked.py) settles bangs, smoke or a fire, never a person inside, trapped, hurt or a weapon
aimed. A negation and the rest of its clause ("no hay nadie adentro", "ningun herido") are cut out first, so they say
nobody is at risk. Data `es/urgency_danger_left.json`; gate: one of the danger stems.
"""
from __future__ import annotations

from functools import lru_cache

from .lexicon import DATA_DIR
from .urgency_gated import read_gated_patterns


@lru_cache(maxsize=1)
def _data() -> dict:
    return read_gated_patterns(DATA_DIR / "es" / "urgency_danger_left.json")


def danger_left(lowered: str) -> bool:
    """Whether the lower-cased text (or the part of it the caller passes) tells of someone still at risk."""
    data = _data()
    if not any(word in lowered for word in data["gate"]):
        return False
    return bool(data["danger"].search(data["negated"].sub(" ", lowered)))

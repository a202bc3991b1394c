"""A Spanish fire or smoke already out, dying out, under control or planned, with nobody at risk (stop 38, round 2;
used by urgency_calm_texts.py).

"salia humo de la campana pero la familia dice que ya lo apagaron ellos con un trapo, solo huele a quemado", "el humo
negro es de unas llantas en un lote vacio y ya se esta apagando solo", "hay humo en el cerro pero es una quema de
pastizal programada", "carro en llamas en un baldio, no hay nadie adentro ni casas cerca": ANNOTATION.md calls a danger
dealt with, and a car alight with nobody in it and no houses at risk, not urgent. The fire words are what was seen, the
calm is what is so now. Calm when the text holds a fire word and either a fire out ("ya lo apagaron", "esta
apagado", "se esta apagando solo", "lo tiene controlado", "quema programada"; not after a "no") or nobody inside and
no homes near; unless the fire goes on or is out of hand ("no se apaga", "se salio de control", "se volvio a prender",
"va hacia las casas"), someone is hurt by it ("se desmayo por el humo", "quemaduras") or at risk
(spanish_urgency_danger_left.py), read with the smell left after a fire
("huele a quemado") cut out first. A fire spreading to homes or with someone inside now (spanish_urgency_fire_*.py) is
read before any calm in urgency.py. Data `es/urgency_fire_out.json`; gate: a fire stem.
"""
from __future__ import annotations

from functools import lru_cache

from .lexicon import DATA_DIR
from .spanish_urgency_danger_left import danger_left
from .urgency_gated import read_gated_patterns


@lru_cache(maxsize=1)
def _data() -> dict:
    return read_gated_patterns(DATA_DIR / "es" / "urgency_fire_out.json")


def fire_out(lowered: str) -> bool:
    """Whether the lower-cased text tells of a fire out, dying out, under control or planned, with nobody at risk."""
    data = _data()
    if not any(word in lowered for word in data["gate"]) or not data["fire"].search(lowered):
        return False
    settled = data["out"].search(lowered) or (data["nobody"].search(lowered) and data["no_homes"].search(lowered))
    if not settled or data["still"].search(lowered) or data["hurt"].search(lowered):
        return False
    return not danger_left(data["smell"].sub(" ", lowered))

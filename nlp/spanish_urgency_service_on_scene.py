"""An emergency service already on the scene, with nobody at risk (stop 38; used by urgency_debunked.py).

"hay un carro quemandose en el 700 de la windsor st, esta vacio y los bomberos ya estan ahi, nada mas pa q sepan",
"un crio se quedo encerrado en un coche pero ya lo han sacado los bomberos y esta bien", "ya bajaron los bomberos al
señor del techo, esta bien": the fire or the fall is told in the present, but the service has it in hand and the
writer says nobody is at risk, so it is a report to note, not an emergency to send to. Calm when the text holds a
service on the scene (a service and a verb of being there or having acted in one clause; "ya vienen", on the way, is
not there) and nobody at risk ("esta vacio", "ningun herido", "todos bien", "pa q sepan"), unless someone is still at
risk (spanish_urgency_danger_left.py: "ya llegaron pero hay una niña atrapada"). Data
`es/urgency_service_on_scene.json`; gate: a service word.
"""
from __future__ import annotations

from functools import lru_cache

from .lexicon import DATA_DIR
from .spanish_urgency_danger_left import danger_left
from .urgency_gated import read_gated_patterns


@lru_cache(maxsize=1)
def _data() -> dict:
    return read_gated_patterns(DATA_DIR / "es" / "urgency_service_on_scene.json")


def service_on_scene(lowered: str) -> bool:
    """Whether the lower-cased text has a service on the scene and nobody at risk."""
    data = _data()
    if not any(word in lowered for word in data["gate"]):
        return False
    return bool(data["on_scene"].search(lowered) and data["nobody"].search(lowered)) and not danger_left(lowered)

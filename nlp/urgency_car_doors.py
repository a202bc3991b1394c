"""Someone trying car doors now, with nobody in danger: a calm (stop 38; read by nlp/urgency_calm_texts.py).

"2 lads in balaclavas tryin car doors down cliff road rite now", "pair of teenagers tryin handles on every car along
ferry road as i type", "un morro va jalando manijas de carro x carro en el parking rn": a car crime in progress, which
ANNOTATION.md (stop 33) labels not urgent; the rules read "trying ... right now" as a theft in progress and called it
urgent in 17 dev texts over 16 files. Anything that puts a person in danger keeps the text as the rules read it: a
weapon or a tool of force (a crowbar, a bat, "something in his hand"), a house door, garden or window tried, someone
inside the car, violence, a threat, a cry for help, someone alone with a baby (data `urgency_car_doors.json`; a
weapon denied, "no weapons i can see", "sin armas ni nada", is no weapon). The car word must stand near the
trying ("tryin doors on cars", "pulling every car handle"). Gate: "door", "handle" or their Spanish words.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from .urgency_gated import read_gated_patterns

DATA = Path(__file__).resolve().parent / "data" / "urgency_car_doors.json"
NEAR = 40  # characters either side of the trying in which the car word must stand


@lru_cache(maxsize=1)
def _data() -> dict:
    return read_gated_patterns(DATA)


def car_doors_only(lowered: str) -> bool:
    """Whether the lower-cased text tells of car doors tried and of nothing that puts a person in danger."""
    data = _data()
    if not any(word in lowered for word in data["gate"]) or data["danger"].search(data["unarmed"].sub(" ", lowered)):
        return False
    return any(data["car"].search(lowered, max(0, match.start() - NEAR), match.end() + NEAR)
               for match in data["trying"].finditer(lowered))

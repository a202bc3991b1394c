"""A Spanish missing person already found, or located by the writer who asks whether to report (stop 38, round 2; used
by urgency_calm_texts.py).

"mi niño se perdio en el super pero ya lo encontramos, esta bien", "se nos perdio en la plaza y la hallo el de
seguridad, ya esta con nosotros", "mi hija de 16 no contesta pero en la app la veo en casa de su amiga, la reporto o
espero?", "dice su amigo que estan en una fiesta, es normal o lo reporto?": the missing words are what happened, the
find or the known place is what is so now (ANNOTATION.md: something dealt with, a question). Calm when the text holds
missing words ("no contesta", "se perdio") and a find ("ya lo encontramos", "ya aparecio", "ya esta con nosotros"), or a known place (an app, a message or a
friend's word) with a question whether to report or wait; unless the place is unknown, a stranger, a motel, a threat
or a hurt is told, or the person is still not found ("no se donde esta", "con un señor mayor", "no lo encontramos",
"esta golpeado", "muy borracha", "un cuchillo").
Data `es/urgency_missing_found.json`; gate: a stem of found or located.
"""
from __future__ import annotations

from functools import lru_cache

from .lexicon import DATA_DIR
from .urgency_gated import read_gated_patterns


@lru_cache(maxsize=1)
def _data() -> dict:
    return read_gated_patterns(DATA_DIR / "es" / "urgency_missing_found.json")


def missing_found(lowered: str) -> bool:
    """Whether the lower-cased text tells of a missing person found, or located with a question whether to report."""
    data = _data()
    if not any(word in lowered for word in data["gate"]) or not data["missing"].search(lowered):
        return False
    settled = data["found"].search(lowered) or (data["located"].search(lowered) and data["asking"].search(lowered))
    return bool(settled) and not data["danger"].search(lowered)

"""Spanish: someone (or an animal) down who cannot get up, move or breathe now (stop 35; used by nlp/urgency.py).

"atropello y fuga ... ha tirado a un hombre mayor que sigue sin levantarse", "un caballo tirado en una cuneta con la
pata rota, no puede levantarse", "los compañeros no lo pueden levantar", "no se ha movido y tiene los labios azules":
the state is now, whatever past act put the person there ("ha tirado", "quedo aplastado"), so the past the rules read
in the act does not calm it. Not with talk or a calm ("ya se levanto" is no match; "no es emergencia" is talk), nor
when the words are about traffic, a vehicle or someone staying put ("el trafico no se mueve", "no se mueve de ahi").
"sin moverse" alone is no sign (a car parked for weeks "sin moverse"). Data `es/urgency_cannot_move.json`.
Gate: one of a few stems in the text.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from .urgency_gated import gated_text, read_phrase_lists

CANNOT_MOVE = "someone down who cannot get up"
DATA = Path(__file__).resolve().parent / "data" / "es" / "urgency_cannot_move.json"


@lru_cache(maxsize=1)
def _data() -> tuple[tuple[str, ...], re.Pattern, re.Pattern]:
    return read_phrase_lists(DATA, "down", "not")


def cannot_move(doc, labels: dict, lowered: str | None = None) -> str | None:
    """CANNOT_MOVE when the text tells of someone down who cannot get up, move or breathe (module docstring)."""
    gate, down, not_down = _data()
    text = gated_text(doc, labels, gate, lowered)   # lowered: the lower-cased text, when the caller has it
    if text is None:
        return None
    return CANNOT_MOVE if down.search(text) and not not_down.search(text) else None

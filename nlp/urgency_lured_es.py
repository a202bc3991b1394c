"""Spanish: a child lured into a vehicle or dragged off by a stranger now (stop 35; used by nlp/urgency.py).

"el chofer le hablo a una niña para q se subiera", "un señor esta sacando a una niña del coche a rastras, ella grita q
no es su papa": an abduction under way, told without the kidnap words the cue lists know ("se la llevo a la fuerza").
A child word and a luring or dragging phrase are needed (data `es/urgency_lured.json`); not with talk or a calm, a past
cue with no NOW, or the child safe with the tipster ("ya esta conmigo", "lo tengo aqui", "ayer"). Gate: a few stems.
"""
from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

from .spans import text_of

LURED_ES = "child in danger: lured or dragged off"
DATA = Path(__file__).resolve().parent / "data" / "es" / "urgency_lured.json"


@lru_cache(maxsize=1)
def _data() -> tuple[tuple[str, ...], re.Pattern, re.Pattern, re.Pattern]:
    data = json.loads(DATA.read_text(encoding="utf-8"))
    return tuple(data["gate"]), re.compile(data["child"]), re.compile("|".join(data["taken"])), \
        re.compile("|".join(data["calm"]))


def lured_es(doc, labels: dict, lowered: str | None = None) -> str | None:
    """LURED_ES when a child is lured into a vehicle or dragged off now (module docstring)."""
    gate, child, taken, calm = _data()
    text = text_of(doc).lower() if lowered is None else lowered   # lowered: the caller's, when it has it
    if not any(stem in text for stem in gate) or "TALK" in labels or "RESOLVED" in labels or \
            ("PAST" in labels and "NOW" not in labels):
        return None
    return LURED_ES if child.search(text) and taken.search(text) and not calm.search(text) else None

"""Spanish: a gunshot heard minutes ago, someone stuck or shivering in snow or cold, a strong gas smell (stop 37);
shots fired at someone or something, or a person beaten, stabbed or run over, minutes ago; someone about to fall or
drown now (stop 38, round 2).

"hace como 10 min oi un tiro y un grito en el callejon", "tengo a un señor mayor perdido ... esta temblando de frio",
"hay olor muy fuerte a gas en todo el bloque 22": no cue word read them, so the text scored calm. Each kind is a gate,
a danger regex and a calm regex in `data/es/urgency_danger_now.json` (the gas kind also needs a strength word:
a faint smell is a utility call, a strong one in a building is a danger to the people in it). Silent with talk or a
calm cue, and when the kind's calm regex holds (a firing range, fireworks, an old day, help already there).
Used by nlp/urgency.py.
"""
from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

from .spans import text_of

REASONS = {"gunshot": "shots heard minutes ago", "cold": "someone stuck or freezing in the cold now",
           "gas": "a strong gas smell now", "attacked": "shots or an attack minutes ago",
           "fall": "someone about to fall or drown now"}
DATA = Path(__file__).resolve().parent / "data" / "es" / "urgency_danger_now.json"


@lru_cache(maxsize=1)
def _data() -> dict:
    data = json.loads(DATA.read_text(encoding="utf-8"))
    return {kind: {key: tuple(value) if key == "gate" else re.compile(value) for key, value in parts.items()}
            for kind, parts in data.items() if kind != "_why"}


def danger_now_es(doc, labels: dict, lowered: str | None = None) -> str | None:
    """The reason of the first kind told in the text (module docstring), else None."""
    if "TALK" in labels or "RESOLVED" in labels:
        return None
    text = text_of(doc).lower() if lowered is None else lowered   # lowered: the caller's, when it has it
    for kind, parts in _data().items():
        if not any(stem in text for stem in parts["gate"]) or not parts["danger"].search(text):
            continue
        if "strong" in parts and not parts["strong"].search(text):
            continue
        if not parts["calm"].search(text):
            return REASONS[kind]
    return None

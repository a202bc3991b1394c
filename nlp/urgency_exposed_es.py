"""Spanish: a child, an old person or someone in a wheelchair alone at a hazard now (stop 35; used by nlp/urgency.py).

"un bebe en pañal anda gateando en el carril", "un crio de unos 4 años solo en la orilla del rio", "un abuelo con su
silla de ruedas atascado en las vias y ya bajan las barreras": the Spanish twin of the English word scorer's "someone
vulnerable somewhere exposed" (urgency_shapes.py), whose word lists are English. A vulnerable word, a hazard word and
one more sign of exposure (a second hazard, alone, lost, at night, on the move) are needed (data
`es/urgency_exposed.json`); not with talk or a calm, not told in the past with no NOW, not when someone has the
person now ("ya llego su madre", "lo tenemos con nosotros"). Gate: the stem of a vulnerable word in the text.
"""
from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

from .spans import text_of

EXPOSED_ES = "someone vulnerable in danger"
DATA = Path(__file__).resolve().parent / "data" / "es" / "urgency_exposed.json"
WORDS_RE = re.compile(r"[a-záéíóúñü]+")  # spans.lower_words keeps only a-z: "niño" would be "ni", "o"


@lru_cache(maxsize=1)
def _data() -> tuple[tuple[str, ...], frozenset, frozenset, frozenset, re.Pattern]:
    data = json.loads(DATA.read_text(encoding="utf-8"))
    return tuple(data["gate"]), frozenset(data["vulnerable"]), frozenset(data["hazard"]), frozenset(data["alone"]), \
        re.compile("|".join(data["calm"]))


def exposed_es(doc, labels: dict, lowered: str | None = None) -> str | None:
    """EXPOSED_ES when someone vulnerable is alone at a hazard (module docstring)."""
    gate, vulnerable, hazard, alone, calm = _data()
    text = text_of(doc).lower() if lowered is None else lowered   # lowered: the caller's, when it has it
    if not any(stem in text for stem in gate) or "TALK" in labels or "RESOLVED" in labels or \
            ("PAST" in labels and "NOW" not in labels):  # "el verano pasado un niño se metio en la acequia"
        return None
    words = frozenset(WORDS_RE.findall(text))
    if vulnerable.isdisjoint(words):
        return None
    at = len(hazard & words)
    return EXPOSED_ES if at and at + len(alone & words) >= 2 and not calm.search(text) else None

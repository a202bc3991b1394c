"""A fire spreading towards homes or people now, in Spanish (stop 38; used by urgency_hurt_now.py).

"arde la ladera por encima de los cristianos y el viento empuja las llamas hacia las urbanizaciones, los vecinos salen
en pijama", "el incendio forestal se extiende hacia las casas", "arde el pinar y va directo a las cabañas": a wildfire
or a field fire is often told without a person in danger or a NOW word, but homes in its path are people at risk now.
One sentence holds a fire word, a verb of spreading or reaching and, within a few words after it, homes or people;
unless the sentence tells the past, the news, a fire put out or going away, or no homes near. Like a person hurt now, it
outranks a calm said elsewhere in the text. Data `es/urgency_fire_spreading.json`; gate: a fire stem.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import DATA_DIR
from .urgency_gated import read_gated_patterns

FIRE_SPREADING = "fire spreading towards homes"
SENTENCE_SPLIT_RE = re.compile(r"[.;!\n]+")


@lru_cache(maxsize=1)
def _data() -> dict:
    return read_gated_patterns(DATA_DIR / "es" / "urgency_fire_spreading.json")


def fire_spreading_es(lowered: str) -> str | None:
    """FIRE_SPREADING when a sentence of the lower-cased text tells of a fire reaching homes or people now."""
    data = _data()
    if not any(word in lowered for word in data["gate"]):
        return None
    for sentence in SENTENCE_SPLIT_RE.split(lowered):
        if not data["fire"].search(sentence) or data["not"].search(sentence):
            continue
        if any(data["target"].search(match.group("rest")) for match in data["spreading"].finditer(sentence)):
            return FIRE_SPREADING
    return None

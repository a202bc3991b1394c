"""A fire now with a person inside, in Spanish (stop 38; used by urgency_hurt_now.py).

"hay un coche ardiendo en la calle sol y hay un señor dentro, ya estan los bomberos", "se prendio una casita de
madera, los vecinos echan cubetas de agua, dicen que hay 2 niños adentro": urgency_fire_inside.py reads a FIRE cue and
people inside, but steps aside for any calm ("ya estan los bomberos" is RESOLVED) and the Spanish FIRE cues miss
"ardiendo", "se prendio". A person inside a fire now outranks a service on the scene or on the way, as someone hurt
now does (urgency_hurt_now.py). One sentence holds a fire word and a person inside, with no negation before it ("no
hay nadie dentro") and none of the past, the news or everyone out ("ayer", "noticias", "la sacaron"). Data
`es/urgency_fire_inside_now.json`; gate: a fire stem and "dentro".
"""
from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import DATA_DIR
from .urgency_gated import read_gated_patterns

FIRE_INSIDE_NOW = "fire: someone inside"
SENTENCE_SPLIT_RE = re.compile(r"[.;!?\n]+")


@lru_cache(maxsize=1)
def _data() -> dict:
    return read_gated_patterns(DATA_DIR / "es" / "urgency_fire_inside_now.json")


def fire_inside_now_es(lowered: str) -> str | None:
    """FIRE_INSIDE_NOW when a sentence of the lower-cased text tells of a fire now with a person inside."""
    if "dentro" not in lowered:
        return None
    data = _data()
    if not any(word in lowered for word in data["gate"]):
        return None
    for sentence in SENTENCE_SPLIT_RE.split(lowered):
        if data["not"].search(sentence) or not data["fire"].search(sentence):
            continue
        if data["inside"].search(data["negated"].sub(" ", sentence)):
            return FIRE_INSIDE_NOW
    return None

"""A weapon being brought to a place today or tonight (stop 37; used by nlp/urgency.py).

"bringing his dads gun to the party tonight", "a boy in her year is bringing a knife into school today", "lads saying
theyre taking machetes to the park later": the weapon is on its way to people, so the text is urgent even though the
rules read "today" as a time in the past and the learned model reads the words as talk. A threat for a later day
("tomorrow", "next week") is not urgent (ANNOTATION.md), nor a lawful errand ("to the range", "to the gunsmith",
"to hand it in"), a toy, the past ("brought"), or a question ("can you bring a knife to a festival"). Each sentence is
read alone. Spanish too: "va a llevar la pistola de su papa a la boda hoy en la noche". Data `urgency_weapon_brought.json`. Gate: a verb of bringing in the text.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from .urgency_gated import read_gated_patterns

WEAPON_BROUGHT = "weapon being brought to a place"
DATA = Path(__file__).resolve().parent / "data" / "urgency_weapon_brought.json"
SENTENCE_SPLIT_RE = re.compile(r"[.!\n]+")
PRONOUNS = frozenset(("it", "one", "them"))  # "taking it to the school": the weapon named before


@lru_cache(maxsize=1)
def _data() -> dict:
    return read_gated_patterns(DATA)


def weapon_brought(lowered: str) -> str | None:
    """WEAPON_BROUGHT when a sentence of the lower-cased text tells of a weapon brought to a place today or tonight."""
    data = _data()
    if not any(word in lowered for word in data["gate"]) or not data["weapon"].search(lowered):
        return None
    for sentence in SENTENCE_SPLIT_RE.split(lowered):
        if data["not"].search(sentence) or not data["soon"].search(sentence):
            continue
        for match in data["brought"].finditer(sentence):
            thing = match.group("thing") or match.group("thing2") or ""  # thing2: the Spanish reading
            if data["weapon"].search(thing) or not PRONOUNS.isdisjoint(thing.split()):
                return WEAPON_BROUGHT
    return None

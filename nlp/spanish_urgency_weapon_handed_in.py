"""A Spanish weapon found or left by someone who died, which the writer wants to hand in (stop 38, round 2; used by
urgency_calm_texts.py).

"encontre una escopeta vieja enterrada arando la finca, la venis a recoger o la llevo yo al cuartel?", "que hago con
una pistola que era de mi abuelo que murio? la quiero entregar", "encontre una navaja en el parque, la recogi, la
llevo yo a la policia?": nobody holds the weapon and the writer asks how to hand it in (ANNOTATION.md: a question
about the law, no weapon out). Calm when the text holds a weapon word, a find or an inheritance ("encontre",
"aparecio", "era de mi abuelo", "murio y dejo") and a hand-in or a question what to do ("la quiero entregar", "la
llevo yo al cuartel", "vienen a recogerla", "que hago con"); unless someone holds, aims, fires or threatens with it, or
a child plays with it, now ("la estan agarrando", "esta amenazando", "jugando con ella", "ahorita"). A weapon aimed now
(urgency_aimed_now.py) is read before any calm in urgency.py. Data `es/urgency_weapon_handed_in.json`; gate: a weapon
stem.
"""
from __future__ import annotations

from functools import lru_cache

from .lexicon import DATA_DIR
from .urgency_gated import read_gated_patterns


@lru_cache(maxsize=1)
def _data() -> dict:
    return read_gated_patterns(DATA_DIR / "es" / "urgency_weapon_handed_in.json")


def weapon_handed_in(lowered: str) -> bool:
    """Whether the lower-cased text tells of a weapon found or left, to hand in, with nobody holding it now."""
    data = _data()
    if not any(word in lowered for word in data["gate"]) or not data["weapon"].search(lowered):
        return False
    if not data["found"].search(lowered) or not data["hand_in"].search(lowered):
        return False
    return not data["danger"].search(lowered)

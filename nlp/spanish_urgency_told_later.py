"""A Spanish danger days, months or years ago, told now (stop 38, round 2; used by urgency_calm_texts.py).

"hace un mes me asaltaron con pistola, ahora que ya estoy mas tranquila quiero dar la descripcion", "el año pasado un
tipo me apunto con una pistola, nunca lo denuncie, se puede hacer ahora?", "amenazaba a la gente con un palo, pero eso
fue el domingo y hoy ya no esta", "hace tres meses me apunto con una escopeta, puedo denunciar todavia?": ANNOTATION.md
calls past events not urgent, but the "ahora", "hoy" or "todavia" of the telling reads as a now (and the time
"ahora" keeps the text from looking past). Calm when the text dates the danger days or more ago (never minutes or
hours) and, once the phrases about the telling are cut out ("ahora que", "ahora me entere", "se puede hacer ahora",
"todavia puedo", "hoy ya no esta", "todavia tengo miedo"), no now word or danger told in the present is left
("ahorita", "acaba de", "esta afuera", "me esta siguiendo", "ayuda"). A weapon aimed or someone hurt now is read
before any calm in urgency.py. Data `es/urgency_told_later.json`; gate: a past-time stem.
"""
from __future__ import annotations

from functools import lru_cache

from .lexicon import DATA_DIR
from .urgency_gated import read_gated_patterns


@lru_cache(maxsize=1)
def _data() -> dict:
    return read_gated_patterns(DATA_DIR / "es" / "urgency_told_later.json")


def told_later(lowered: str) -> bool:
    """Whether the lower-cased text tells a danger days or more ago, with its only now words about the telling."""
    data = _data()
    if not any(word in lowered for word in data["gate"]) or not data["past"].search(lowered):
        return False
    if not data["telling"].search(lowered):
        return False
    return not data["now"].search(data["telling"].sub(" ", lowered))

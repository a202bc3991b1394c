"""A crime told as over, with the police already there: a calm (stop 38; read by nlp/urgency_calm_texts.py).

"i got mugged earlier, police are with me now taking a statement", "me asaltaron hace un rato, ya esta la policia
conmigo tomando la denuncia": "mugged" reads as someone hurt now, but the crime is told as before now and the police
are with the tipster: dealt with (ANNOTATION.md), not a tip to push to duty officers. A text that says the danger goes
on or someone is hurt ("hes still round the corner", "sigue afuera", "bleeding", "a knife", "hes on his way back",
minutes ago) keeps the rules' reading (data `urgency_police_here.json`). Gate: a police word in the text.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from .urgency_gated import read_gated_patterns

DATA = Path(__file__).resolve().parent / "data" / "urgency_police_here.json"


@lru_cache(maxsize=1)
def _data() -> dict:
    return read_gated_patterns(DATA)


def police_here(lowered: str) -> bool:
    """Whether the lower-cased text tells of a crime before now with the police already with the tipster."""
    data = _data()
    if not any(word in lowered for word in data["gate"]):
        return False
    return bool(data["police_here"].search(lowered)) and bool(data["earlier"].search(lowered)) and \
        not data["danger"].search(lowered)

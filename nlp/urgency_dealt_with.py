"""A danger dealt with: help already there and handling it, or the one at risk fine now (stop 38 round 2; read by
nlp/urgency_calm_texts.py).

"police and paramedics are with the lad who got knocked off his bike, hes talkin and movin his legs", "car alight up
the track, nobody in it, engines are there spraying it", "the guards talked him down and hes gettin help now",
"woman fainted in the queue, shes grand now": ANNOTATION.md labels a danger dealt with not urgent, but the hurt, fire or
"now" words read it as news (false alarms in 9 dev files). A responder there with the one at risk or having dealt with
it (data `handled`), or the one at risk fine, home or getting help (`fine_now`), is a calm when nothing in the text
says the danger goes on (`danger`: not breathing, bleeding, still trapped, people inside, spreading, a weapon, someone
on his way back, help not there yet, "please hurry"). A weapon aimed now, someone hurt now or struggling in the water
outrank this calm in any case (urgency.urgency_judge reads those first). Gate: a responder or a word of being fine.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from .urgency_gated import read_gated_patterns

DATA = Path(__file__).resolve().parent / "data" / "urgency_dealt_with.json"


@lru_cache(maxsize=1)
def _data() -> dict:
    return read_gated_patterns(DATA)


def dealt_with(lowered: str) -> bool:
    """Whether the lower-cased text tells of help there or everyone fine, and of nothing that goes on."""
    data = _data()
    if not any(word in lowered for word in data["gate"]):
        return False
    return bool(data["handled"].search(lowered) or data["fine_now"].search(lowered)) and not data["danger"].search(lowered)

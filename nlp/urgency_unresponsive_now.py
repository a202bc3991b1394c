"""Someone who cannot be woken, gurgles or goes blue now after pills, drink or a fall (stop 39).

"my roommate necked her whole xanax script an hour ago n shes gurgling", "ma brother's taken about 30 of his pills, hes
gone grey n mumblin n i cant keep him awake, the doctor's boat isnae due till 6", "empty vodka bottle, the wee blonde
one's no wakin up": the time of the cause ("an hour ago", "at 4") or of help ("till 6") was read as a past time, so the
state now was calm. Needed: a state now (data `sign`), a cause (`cause`: pills, drink, drugs, a fall, a collapse,
someone found) and none of `not` (fine now, came round, in hospital, the sign told in the past, a question or advice
about sleep, a phone or laptop that will not wake); no talk or calm cue. Data `en/urgency_unresponsive_now.json`;
gate: a stem of the signs. Used by nlp/urgency_seen_now.py.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from .urgency_gated import gated_text, read_gated_patterns

UNRESPONSIVE_NOW = "someone hurt or attacked: unresponsive now"
DATA = Path(__file__).resolve().parent / "data" / "en" / "urgency_unresponsive_now.json"


@lru_cache(maxsize=1)
def _data() -> dict:
    return read_gated_patterns(DATA)


def unresponsive_now(doc, labels: dict, lowered: str | None = None) -> str | None:
    """UNRESPONSIVE_NOW when someone cannot be woken, gurgles or goes blue now after a cause (module docstring)."""
    data = _data()
    text = gated_text(doc, labels, data["gate"], lowered)   # None with talk or a calm, or no gate word
    if text is None or not data["sign"].search(text) or not data["cause"].search(text):
        return None
    return None if data["not"].search(text) else UNRESPONSIVE_NOW

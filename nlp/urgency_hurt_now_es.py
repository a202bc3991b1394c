"""Spanish: someone bleeding now while the attacker has gone (stop 37; used by nlp/urgency.py).

"hay un hombre sangrando en el piso del 7-eleven, lo apuñalaron hace un minuto y el que fue se fue corriendo": the
leaving verb ("se fue", "ya se fue", "se escaparon") is a PAST or RESOLVED cue, and it calmed the hurt person told with
it. The attacker gone is no end of the danger while the victim still bleeds. Needs the hurt person told in the present
(data `es/urgency_hurt_now.json`: "hay ... sangrando", "esta tirado sangrando", "sigue perdiendo sangre"); not with talk,
a calm in the data (the person cared for, an animal, a past day) or "estaba sangrando". Gate: "sangr".
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from .spans import text_of
from .urgency_gated import read_phrase_lists

HURT_NOW_ES = "someone hurt or attacked: bleeding now"
DATA = Path(__file__).resolve().parent / "data" / "es" / "urgency_hurt_now.json"


@lru_cache(maxsize=1)
def _data() -> tuple[tuple[str, ...], re.Pattern, re.Pattern]:
    return read_phrase_lists(DATA, "bleeding", "calm")


def hurt_now_es(doc, labels: dict, lowered: str | None = None) -> str | None:
    """HURT_NOW_ES when someone is told bleeding now and nothing says they are cared for (module docstring)."""
    gate, bleeding, calm = _data()
    text = text_of(doc).lower() if lowered is None else lowered   # lowered: the caller's, when it has it
    if not any(stem in text for stem in gate) or "TALK" in labels:
        return None
    return HURT_NOW_ES if bleeding.search(text) and not calm.search(text) else None

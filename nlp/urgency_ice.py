"""Someone on ice that is breaking, or through it, now (stop 36; used by nlp/urgency.py).

"kids on the ice at the pond rn, its cracked already, one went in up to his knees", "ice fisherman broke thru ..., he is
holdin the edge but its crackin every time we go near": a drowning in the cold minutes away. The cue phrases name a few
fixed forms ("fell through the ice"), and the learned model weighed the fishing, the boat ramp and the pond against the
rule's reading and vetoed it, and "it keeps breakin" read as a habit; read together (a place on the ice and trouble with it) the kind is one the model does not
veto. Not with talk or a calm, a past winter or yesterday, a warning sign, or everyone out and safe.
Data: data/en/urgency_ice.json. Gate: an ice word in the text, so other texts pay nothing.
"""
from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

from .spans import lower_words
from .urgency_gated import gated_text

ON_ICE = "someone through or on breaking ice"
DATA = Path(__file__).resolve().parent / "data" / "en" / "urgency_ice.json"


@lru_cache(maxsize=1)
def _data() -> tuple[frozenset, re.Pattern, re.Pattern, re.Pattern]:
    data = json.loads(DATA.read_text(encoding="utf-8"))
    return (frozenset(data["gate"]),) + tuple(re.compile("|".join(data[key])) for key in ("on_ice", "trouble", "not"))


def on_ice(doc, labels: dict, lowered: str | None = None) -> str | None:
    """ON_ICE when someone is on the ice and it is cracking, or they are through it (module docstring). `lowered`: the
    text lower-cased, when the caller has it (urgency.judge)."""
    gate, placed, trouble, calm = _data()
    if gate.isdisjoint(lower_words(doc)):
        return None
    text = gated_text(doc, labels, tuple(gate), lowered)
    if text is None:
        return None
    return ON_ICE if placed.search(text) and trouble.search(text) and not calm.search(text) else None

"""Spanish: someone robbed or mugged moments ago (stop 35; used by nlp/urgency.py).

"me acaban de robar el movil", "acaban de robar en la joyeria", "a mi abuelita la asaltaron hace 10 minutos",
"han atracado la farmacia hace 5 minutos": the robbers are still close and the victim may be hurt, so dev labels these
urgent, like a snatch minutes ago (urgency_snatched.py). A robbery told half an hour or more after ("hace media hora",
"hace un rato"), weeks after, or with no time at all is a report. A robbery verb (with a person or shop robbed: a clitic,
"han atracado", "asaltaron") and a recent time (data `es/urgency_robbed_now.json`) are needed; not with talk or a calm
("ya llego la policia", "no es urgente"). Gate: a robbery stem in the text.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from .urgency_gated import gated_text, read_phrase_lists

ROBBED_NOW = "robbed minutes ago"
DATA = Path(__file__).resolve().parent / "data" / "es" / "urgency_robbed_now.json"


@lru_cache(maxsize=1)
def _data() -> tuple[tuple[str, ...], re.Pattern, re.Pattern]:
    return read_phrase_lists(DATA, "robbed", "recent")


def robbed_now(doc, labels: dict, lowered: str | None = None) -> str | None:
    """ROBBED_NOW when the text tells of a robbery and a time minutes ago or now (module docstring)."""
    gate, robbed, recent = _data()
    text = gated_text(doc, labels, gate, lowered)   # lowered: the lower-cased text, when the caller has it
    if text is None:
        return None
    return ROBBED_NOW if robbed.search(text) and recent.search(text) else None

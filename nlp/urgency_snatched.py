"""A snatch minutes ago: a bag, a phone or a chain pulled from someone moments before the text (stop 34; used by
nlp/urgency.py).

"a few mins ago 2 lads on a moped snatched a womans bag", "un tipo le arrebato la bolsa a una señora hace 2 minutos",
"le han dao el tiron a mi madre hace un momento": the thief is still close and the victim may be hurt on the ground, so
dev labels these urgent. The snatch cue alone is no trigger: told 10 minutes or more after, yesterday, or with no time
at all ("phone got snatched out my hand by 2 lads") it is a report, labelled not urgent. Both a snatch word and a
recent time (data `urgency_snatched.json`) are needed; not with talk or a calm. Gate: a snatch word in the text.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from .urgency_gated import gated_text, read_phrase_lists

SNATCHED_NOW = "a snatch minutes ago"
DATA = Path(__file__).resolve().parent / "data" / "urgency_snatched.json"


@lru_cache(maxsize=1)
def _data() -> tuple[tuple[str, ...], re.Pattern, re.Pattern]:
    return read_phrase_lists(DATA, "snatch", "recent")


def snatched_now(doc, labels: dict, lowered: str | None = None) -> str | None:
    """SNATCHED_NOW when the text tells of a snatch and a time minutes ago or now (module docstring)."""
    gate, snatch, recent = _data()
    text = gated_text(doc, labels, gate, lowered)   # lowered: the lower-cased text, when the caller has it
    if text is None:
        return None
    return SNATCHED_NOW if snatch.search(text) and recent.search(text) else None

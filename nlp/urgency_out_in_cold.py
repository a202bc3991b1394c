"""Someone vulnerable out in the cold or the dark now (stop 38; used by nlp/urgency.py).

"nan's gone walkabout again from pakefield, shes 84 with the dementia, out in a nightie n slippers with frost on the
cars", "the nursing home just rang, mammy got out a fire door about an hour ago, dementia, its minus 3 out and gettin
dark", "mi abuelita salio hace 2 horas con esta nevada, tiene 88 años y no trae chamarra, no aparece": a person with
dementia or of 65 and over, gone out or not found, with cold, snow, frost, the dark or night clothes out of doors, is
in danger now (ANNOTATION.md: a person in danger now), whatever hour the leaving is told at. The missing-person kind
(urgency_kinds.missing_at_risk) needs a MISSING cue, which "gone walkabout", "slipped oot", "locked himself out" or "no
aparece" are not. Not with talk or a calm cue, nor when the person is found, home or safe, the winter was last year, or
the tipster asks for advice (data `urgency_out_in_cold.json`). Reason: the missing-at-risk one. Gate: an exposure word.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from .urgency_gated import gated_text, read_gated_patterns
from .urgency_kinds import MISSING_AT_RISK

DATA = Path(__file__).resolve().parent / "data" / "urgency_out_in_cold.json"


@lru_cache(maxsize=1)
def _data() -> dict:
    return read_gated_patterns(DATA)


def out_in_cold(doc, labels: dict, lowered: str | None = None) -> str | None:
    """MISSING_AT_RISK when someone vulnerable is out or not found in the cold or the dark now (module docstring)."""
    data = _data()
    text = gated_text(doc, labels, data["gate"], lowered)   # None with talk or a calm, or no gate word
    if text is None or data["over"].search(text):
        return None
    return MISSING_AT_RISK if all(data[part].search(text) for part in ("vulnerable", "out", "exposure")) else None

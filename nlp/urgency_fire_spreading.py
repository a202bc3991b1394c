"""A fire still spreading to houses or people, told with or without a fire word, though help may be there (stop 39).

"crew on the scene but its spreading to the houses", "brigade are here but its jumping to the next roof": no fire word,
so no FIRE cue read the text; a fire service there does not calm a fire that goes on (tests/nlp/test_safety_probes38.py).
Needed: a fire word or the fire service (data `fire`), the fire told as moving on now to something that burns or to
people (`spreading`), none of `not` (under control, out, the past, a question). Not with a talk or calm cue, nor a PAST
cue outside the places found. Data `en/urgency_fire_spreading.json`; gate: "spread" and its kin. Used by
nlp/urgency_seen_now.py.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from .urgency_gated import gated_text, read_gated_patterns
from .urgency_hot_car_signs import past_outside_places

FIRE_SPREADING = "fire: spreading now"
DATA = Path(__file__).resolve().parent / "data" / "en" / "urgency_fire_spreading.json"


@lru_cache(maxsize=1)
def _data() -> dict:
    return read_gated_patterns(DATA)


def fire_spreading(doc, labels: dict, lowered: str | None = None) -> str | None:
    """FIRE_SPREADING when a fire is told moving on now to houses or people (module docstring)."""
    data = _data()
    text = gated_text(doc, labels, data["gate"], lowered)   # None with talk or a calm, or no gate word
    if text is None or not data["fire"].search(text) or not data["spreading"].search(text):
        return None
    return None if data["not"].search(text) or past_outside_places(doc, labels) else FIRE_SPREADING

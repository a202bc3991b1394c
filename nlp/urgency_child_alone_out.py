"""A small child alone by a road, or out alone in the dark or the cold, now (stop 39).

"toddler in paw patrol pyjamas toddlin along the verge of the main road ..., no adult, about 4, lorries goin by" (the age
"about 4" was read as a time in the past), "a wean in dinosaur pyjamas, maybe 4, toddlin along the verge of the A713
..., ive got my hazards on", "wee lassie greetin on her ain at the bus stance ..., nae adult anywhere n its gettin
dark": a small child (data `child`), alone or with the tipster stopping for them (`alone`), by a road or traffic, in
the dark or the cold (`out`), and none of `not` (the child taken in or with a parent now, the past, a question). Not
with a talk or calm cue, nor a PAST cue outside the places found. Data `en/urgency_child_alone_out.json`; gate: a
child word. Used by nlp/urgency_seen_now.py.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from .urgency_gated import gated_text, read_gated_patterns
from .urgency_hot_car_signs import past_outside_places

CHILD_ALONE_OUT = "child in danger: alone by a road or in the dark"
DATA = Path(__file__).resolve().parent / "data" / "en" / "urgency_child_alone_out.json"


@lru_cache(maxsize=1)
def _data() -> dict:
    return read_gated_patterns(DATA)


def child_alone_out(doc, labels: dict, lowered: str | None = None) -> str | None:
    """CHILD_ALONE_OUT when a small child is alone by a road or out in the dark or cold now (module docstring)."""
    data = _data()
    text = gated_text(doc, labels, data["gate"], lowered)   # None with talk or a calm, or no gate word
    if text is None or not all(data[part].search(text) for part in ("alone", "child", "out")):  # "alone" rules out most
        return None
    return None if data["not"].search(text) or past_outside_places(doc, labels) else CHILD_ALONE_OUT

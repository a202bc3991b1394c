"""A child or an animal shut in a car in the heat, told in more ways than urgency_kinds.shut_in_car reads (stop 39).

"infant strapped in the back of a white tahoe, doors locked engine off ... its 96 degrees", "infant strapped in a
carseat inside a red chevy equinox ..., engine off, 112 out", "theres a dog in a hot car at carters grocery on memorial
blvd ..., 97 degrees": the car as "the back of" a named car, a car seat or "strapped in"; the heat as a bare reading
("112 out", "97 degrees") or windows "all the way up" (data `en/urgency_hot_car_signs.json`). A child or pet cue, the
car, the heat, and none of `not` (the air on, the windows down, the cold, the owner back, the past, a question), no
talk or calm cue but "nobody" ones, and no PAST cue outside the places found ("memorial blvd" is a street, no past).
Gate: a car word. Used by nlp/urgency_seen_now.py; the reason is shut_in_car's, which the learned model does not veto.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from .doc_attrs import LOCATIONS, read
from .spans import text_of
from .urgency_gated import read_gated_patterns
from .urgency_kinds import HOT_CAR

NOBODY = ("nobody", "no one", "noone", "no-one")
DATA = Path(__file__).resolve().parent / "data" / "en" / "urgency_hot_car_signs.json"


@lru_cache(maxsize=1)
def _data() -> dict:
    return read_gated_patterns(DATA)


def past_outside_places(doc, labels: dict) -> bool:
    """A PAST cue that is not part of a place found ("memorial blvd", "old mill lane" name a street, not a time)."""
    spans = labels.get("PAST", [])
    if not spans:
        return False
    places = read(doc, LOCATIONS)
    return any(not any(start <= span.start_char and span.end_char <= end for start, end, _ in places) for span in spans)


def hot_car_signs(doc, labels: dict, lowered: str | None = None) -> str | None:
    """"child/animal in danger: shut in a hot car" when a child or pet is in a car with the heat told (docstring)."""
    if ("KID" not in labels and "PET" not in labels) or "TALK" in labels:
        return None
    data = _data()
    text = text_of(doc).lower() if lowered is None else lowered
    if not any(word in text for word in data["gate"]) or not data["heat"].search(text) or not data["car"].search(text):
        return None
    if any(not span.text.lower().startswith(NOBODY) for span in labels.get("RESOLVED", [])) or data["not"].search(text) or \
            past_outside_places(doc, labels):
        return None
    return ("child" if "KID" in labels else "animal") + HOT_CAR

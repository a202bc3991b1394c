"""Someone hurt now: injury now outranks every calm (stop 37 round 2; used by nlp/urgency.py).

"its elk season and a guy just shot his buddy by accident, hes bleeding bad", "range day at the club, one of the
shooters has been hit", "theyre filming a movie but a stuntman fell off the roof and isnt moving": a season, a range
day, a game, a film or "its usually nothing" (RESOLVED and TALK cues that calm the whole text) explains shots or bangs,
never someone bleeding, shot, not moving, unconscious, fallen, trapped or screaming for help now (or screaming at all, when the text holds shots). As in
urgency_aimed_now.py, each clause (split at punctuation and "but") is read alone, so a calm in another clause does
not calm the hurt one; a clause told in the past, as a habit or a question ("last year", "in 2019"), about an animal
("the bird is bleeding"), a text whose hurt is played ("fake blood", "actor", "pretending") or dealt with ("hes fine
now", "ambulance checked him") is no match: the calm cues decide those as before. Data `urgency_hurt_now.json`.
Only texts with a lawful-activity calm (a season, hunters, a range, a game, a film, "usually", "nothing") are read:
without one, the rules and the model read the hurt as before. Gate: one of a few stems in the text.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from .spanish_urgency_fire_inside_now import fire_inside_now_es
from .spanish_urgency_fire_spreading import fire_spreading_es
from .urgency_gated import read_gated_patterns
from .urgency_water_struggle import struggling_in_water

HURT_NOW = "someone hurt now"
DATA = Path(__file__).resolve().parent / "data" / "urgency_hurt_now.json"
CLAUSE_SPLIT_RE = re.compile(r"[.,;!?\n]+|\bbut\b|\bbt\b")


@lru_cache(maxsize=1)
def _data() -> dict:
    return read_gated_patterns(DATA)


def _hurt_clause(clause: str, data: dict, shots: bool) -> bool:
    """The clause tells of a person hurt now (module docstring)."""
    if data["not_now"].search(clause):
        return False
    if data["animal"].search(clause) and not data["person"].search(clause):
        return False  # "the deer is bleeding": the season's game
    if shots and data["cry"].search(clause):
        return True  # "shots from the trailer next door and somebody is screamin"
    for match in data["hurt"].finditer(clause):
        shot = match.group("shot")
        if shot is None or data["shot_person"].search(shot):  # "shot his buddy", never "shot a deer"
            return True
    return False


def hurt_now(lowered: str) -> str | None:
    """HURT_NOW when a clause of the lower-cased text tells of a person hurt now and the text neither plays nor
    settles it."""
    data = _data()
    if (fire := fire_spreading_es(lowered) or fire_inside_now_es(lowered) or struggling_in_water(lowered)) is not None:
        return fire  # spanish_urgency_fire_*.py: homes in a fire's path, someone inside it; urgency_water_struggle.py
    if not any(word in lowered for word in data["gate"]):
        return None
    if not data["calm"].search(lowered) or data["staged"].search(lowered) or data["over"].search(lowered):
        return None
    shots = bool(data["shots"].search(lowered))
    clauses = CLAUSE_SPLIT_RE.split(lowered)
    return HURT_NOW if any(_hurt_clause(" " + clause.strip() + " ", data, shots) for clause in clauses) else None

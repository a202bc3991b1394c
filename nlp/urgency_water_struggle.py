"""Someone struggling in the water now: going under, thrashing, not swimming, out of sight (stop 38 round 2; read by
nlp/urgency_hurt_now.py, so it outranks every calm as someone hurt now does).

"fella dived off the quay wall, hes thrashin about n goin under", "surfer in trouble off the bay waving his arms",
"my mate swam out past the markers and none of us can see him anymore": the cue phrases held fixed forms ("man in the
water", "drowning") and missed these in 6 dev texts over 5 files; a "keeps sayin its fine" or "swam out" (a calm cue:
"everyone swam out" of a fire) told with them dropped the rest. A sign of struggle (data `struggle`) with a word of
open water, or someone out of sight (`sight`) after going in (`entered`), is the danger; the text is no match when
it tells of before or of a day to come (`past`), plays it (`play`), asks about a rule (`question`), or says the one in
the water is out and safe after the last sign (`rescued`: "lifeboat got him out, hes fine"). Data
`urgency_water_struggle.json`. Gate: a stem of one of the signs.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from .urgency_gated import read_gated_patterns

WATER_STRUGGLE = "someone struggling in the water"
DATA = Path(__file__).resolve().parent / "data" / "urgency_water_struggle.json"
VEHICLE_WINDOW = 25  # characters before "going under" in which a vehicle word makes it traffic under a bridge


@lru_cache(maxsize=1)
def _data() -> dict:
    return read_gated_patterns(DATA)


def _last_sign(lowered: str, data: dict) -> int:
    """The end of the last sign of struggle in the text, -1 when there is none."""
    ends = [match.end() for match in data["struggle"].finditer(lowered)
            if not data["vehicle"].search(lowered, max(0, match.start() - VEHICLE_WINDOW), match.start())]
    if data["entered"].search(lowered):
        ends += [match.end() for match in data["sight"].finditer(lowered)]
    return max(ends, default=-1)


def struggling_in_water(lowered: str) -> str | None:
    """WATER_STRUGGLE when the lower-cased text tells of someone struggling in open water now (module docstring)."""
    data = _data()
    if not any(word in lowered for word in data["gate"]) or not data["water"].search(lowered):
        return None
    if data["past"].search(lowered) or data["play"].search(lowered) or data["question"].search(lowered):
        return None
    last = _last_sign(lowered, data)
    if last < 0 or data["rescued"].search(lowered, last):
        return None
    return WATER_STRUGGLE

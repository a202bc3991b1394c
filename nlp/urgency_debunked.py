"""A danger reported and then denied by someone who looked or knows (stop 36, round 2; used by nlp/urgency.py).

"a guy ... says theres a body in the water, I looked and its a big log", "said theres a body in the burn, its just a
manikin, we checked", "someone on the fb group says theres a man with a gun at the leisure centre but my mate works
there and says its rubbish": the danger words are what was said or feared, the denial after them is what is so. The
denial counts only after the first danger cue (a denial first is no answer to it: "not a prank, theres a man with a
gun") and when no NOW cue or call for help follows it ("its just a dummy ... no wait now hes moving"). Data
`en/urgency_debunked.json`; gate: a word every denial holds (its "gate" words and its "things"), so other texts pay
nothing.
"""
from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

from .spanish_urgency_car_crime import car_crime_calm
from .spanish_urgency_harmless_checked import harmless_checked
from .spanish_urgency_service_on_scene import service_on_scene
from .spans import text_of

DATA = Path(__file__).resolve().parent / "data" / "en" / "urgency_debunked.json"
AFTER_LABELS = frozenset(("NOW", "HELP"))   # news after the denial: the danger is on again


@lru_cache(maxsize=1)
def _data() -> tuple[tuple[str, ...], re.Pattern]:
    data = json.loads(DATA.read_text(encoding="utf-8"))
    things = "|".join(re.escape(thing) for thing in sorted(data["things"], key=len, reverse=True))
    return tuple(data["gate"]) + tuple(data["things"]), re.compile("|".join(d.replace("{things}", things) for d in data["denials"]))


def debunked(doc, cues: list, triggers: frozenset[str]) -> bool:
    """Whether a denial follows the first danger cue (`triggers`: the trigger labels; anywhere when the rules read none)
    with no news after it."""
    gate, denials = _data()
    text = text_of(doc).lower()
    if harmless_checked(text) or service_on_scene(text) or car_crime_calm(text):  # Spanish calms (spanish_urgency_*.py)
        return True
    if not any(word in text for word in gate):
        return False
    dangers = [span.start_char for span in cues if span.label_ in triggers]
    first = min(dangers) if dangers else -1   # no danger cue: the learned model's own call, denied all the same
    ends = [match.end() for match in denials.finditer(text) if match.start() > first]
    if not ends:
        return False
    return not any(span.label_ in AFTER_LABELS and span.start_char >= max(ends) for span in cues)

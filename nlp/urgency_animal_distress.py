"""An animal in distress now: tangled, cast on its back, stuck, gone over an edge, or held or attacked by a dog (stop 36).

"theres a swan with fishing line round its neck on the millpond, its struggling", "ewe cast on her back ..., crows
pecking at her face already, shes still alive", "the xl bully ... its got a wee dog by the neck rn, owner cant get it
off", "sheep worryin at desertmartin, black collie off the lead": the state is now and minutes count, so the call is
urgent though no person is hurt. Only as the tipster tells it happening: not with a past time, a PAST cue without a NOW,
talk or a calm ("found a swan tangled in line last week, the rspca came": no), nor with words that say it is over or
not real (data "over": freed, the rspca already there, a toy). "sheep worrying" is also the name of a crime reported
after the fact ("sheep worrying at litton, a loose dog"): it counts only with a NOW cue or a sign the attack goes on
("dogs still in the field", "2 ewes dead already": data "ongoing", stop 39) (data "with_now"). Data `en/urgency_animal_distress.json`; gate: an animal word, so
other texts pay nothing. Used by nlp/urgency.py.
"""
from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path
from typing import Callable

from .spans import lower_words, text_of

ANIMAL_DISTRESS = "animal in distress now"
DATA = Path(__file__).resolve().parent / "data" / "en" / "urgency_animal_distress.json"


@lru_cache(maxsize=1)
def _data() -> tuple[frozenset[str], re.Pattern, re.Pattern, re.Pattern, re.Pattern]:
    data = json.loads(DATA.read_text(encoding="utf-8"))
    return frozenset(data["gate"]), re.compile("|".join(data["distress"])), re.compile("|".join(data["with_now"])), \
        re.compile("|".join(data["over"])), re.compile("|".join(data["ongoing"]))


def animal_distress(doc, labels: dict, past_time: Callable) -> str | None:
    """ANIMAL_DISTRESS when an animal is told in distress now (module docstring); `past_time(doc)`: a time given that is
    not now (urgency.past_time, passed in to keep this module free of the judge)."""
    gate, distress, with_now, over, ongoing = _data()
    if gate.isdisjoint(lower_words(doc)) or not {"TALK", "RESOLVED"}.isdisjoint(labels):
        return None
    text = text_of(doc).lower()
    found = distress.search(text) or (("NOW" in labels or ongoing.search(text)) and with_now.search(text))  # "dogs still in the field"
    if not found or over.search(text) or past_time(doc):
        return None
    # a PAST cue inside the state itself ("cast on her back in the field": "back in") is no past
    past = [span for span in labels.get("PAST", []) if not (found.start() < span.end_char and span.start_char < found.end())]
    return None if past and "NOW" not in labels else ANIMAL_DISTRESS

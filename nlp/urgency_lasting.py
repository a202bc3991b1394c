"""A state that has lasted from a past day up to now (stop 30; used by nlp/urgency.py).

"hay niños solos en la casa desde anoche", "un hombre dormido en la camioneta con el motor prendido desde anoche ... no
despierta", "the kid has been left on his own since friday": "desde"/"since" with a past day (data `since_day_starts` in
nlp/data/urgency_lasting.json) says how long the danger has gone on, up to now, not when something happened. Such a time
is no past time, and a PAST cue inside it ("anoche", "yesterday") is no past either; only for a person in danger (a
CHILD, KID_DANGER, HURT, IN_DANGER, AT_RISK or MISSING cue): a thing that has been there since a past day ("a car with a
smashed window, been there since tuesday", "un carro quemado desde el martes", "shops hit since friday") is a report.
Gated on "desde"/"since" in the text.
"""
from __future__ import annotations

import json

from .doc_attrs import TIMES, URGENCY_CUES, read
from .lexicon import DATA_DIR
from .spans import text_of

SINCE_DAY_STARTS = tuple(json.loads((DATA_DIR / "urgency_lasting.json").read_text(encoding="utf-8"))["since_day_starts"])
PERSON_LABELS = frozenset(("CHILD", "KID_DANGER", "HURT", "IN_DANGER", "AT_RISK", "MISSING"))  # a person in danger


def person_in_danger(doc) -> bool:
    """Whether a cue says a person is in danger (a lasting time counts only then)."""
    return any(span.label_ in PERSON_LABELS for span in read(doc, URGENCY_CUES))


def lasting_since(value: str) -> bool:
    """Whether a time (lower-cased) is "since" a past day, up to now."""
    return value.startswith(SINCE_DAY_STARTS)


def lasting_ranges(doc) -> list[tuple[int, int]]:
    """The character ranges of the times that say since a past day (none without "desde"/"since": the cheap gate)."""
    lowered = text_of(doc).lower()
    if "desde" not in lowered and "since" not in lowered:
        return []
    ranges = [(start, end) for start, end, value in read(doc, TIMES) if lasting_since(value.lower())]
    return ranges if ranges and person_in_danger(doc) else []


def inside_lasting(span, ranges: list[tuple[int, int]]) -> bool:
    """Whether a cue lies inside one of the ranges ("anoche" in "desde anoche")."""
    return any(start <= span.start_char and span.end_char <= end for start, end in ranges)

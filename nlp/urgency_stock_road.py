"""Farm animals loose on a road with the traffic or the dark against them (stop 32; used by nlp/urgency.py).

"horse loose on the lane ..., cars doing 60 round the bend", "cows on the road at the cattle grid ..., nearly hit one
in the fog", "3 horses loose on the a1092 ... one car already swerved": a crash waiting to happen, urgent now. Since
stop 39 (ANNOTATION.md, decided at stop 38) livestock loose on a road now is urgent with or without a hazard told ("cows
out on the road at Wedmore, someone left the gate open again"); a dog alone needs the hazard (fast or swerving cars, a
near miss, the dark or fog; data "dogs"). Not for a dead animal, "no accidents", yesterday's report, nor
with a PAST, TALK or RESOLVED cue (the farmer already has them in). Gate: a farm-animal word, so other texts pay nothing.
"""
from __future__ import annotations

import json
import re

from .lexicon import DATA_DIR
from .spans import lower_words, text_of

WORDS = json.loads((DATA_DIR / "urgency_stock_road.json").read_text(encoding="utf-8"))
ANIMALS = frozenset(WORDS["animals"])
DOGS = frozenset(WORDS["dogs"])  # a dog in the lane is often no danger to the drivers: the hazard must be told
STOCK_ON_ROAD = "animals loose on a road"


def _alt(items: list[str]) -> str:
    return "(?:" + "|".join(sorted(items, key=len, reverse=True)) + ")"


# the animal, up to three words ("3 horses", "a load of cows out"), a placing phrase, then the road in the same clause
ON_ROAD_RE = re.compile(
    rf"\b{_alt([re.escape(a) for a in WORDS['animals']])}\b(?:\s+[^\s,.;!?]+){{0,4}}?\s+"
    rf"{_alt([re.escape(w) for w in WORDS['on_road']])}\s+(?:the\s+|la\s+|el\s+|a\s+)?(?:[^\s,.;!?]+\s+)??"
    rf"{_alt(WORDS['roads'])}\b", re.IGNORECASE)
HAZARD_RE = re.compile(rf"\b{_alt(WORDS['hazards'])}", re.IGNORECASE)
BLOCK_RE = re.compile(rf"\b{_alt([re.escape(w) for w in WORDS['blocks']])}\b", re.IGNORECASE)


def stock_on_road(doc, labels: dict) -> str | None:
    """STOCK_ON_ROAD when a farm animal is on a road and traffic or the dark puts it and the drivers at risk."""
    words = lower_words(doc)
    if ANIMALS.isdisjoint(words) or not {"PAST", "TALK", "RESOLVED"}.isdisjoint(labels):
        return None
    text = text_of(doc)
    if not ON_ROAD_RE.search(text) or BLOCK_RE.search(text) or (words & ANIMALS <= DOGS and not HAZARD_RE.search(text)):
        return None
    return STOCK_ON_ROAD

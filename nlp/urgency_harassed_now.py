"""Someone touched, grabbed, filmed or followed again and again right now where they cannot get away (stop 39).

"help im on the 22:40 train home, a man keeps touching my leg and wont move", "my daughter is on the night bus ... and a
man keeps grabbing her", "seat 42C on this train, man behind me keeps filming under my skirt": "keeps" is a PAST cue (a
habit: "a lad keeps following my daughter home from school"), so these read as a report; the person is trapped with the
man now. Needed: "keeps" before an unwanted act on a person (data `act`), the tipster or victim there now (`here`: on a
train or bus, "wont move", "now"), and no word of how often or when (`not`: "every night", "most days", "last week"),
no talk or calm cue. Data `en/urgency_harassed_now.json`; gate: "keep" in the text. Used by nlp/urgency_seen_now.py.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from .urgency_gated import gated_text, read_gated_patterns

HARASSED_NOW = "threat: groped or harassed now"
DATA = Path(__file__).resolve().parent / "data" / "en" / "urgency_harassed_now.json"


@lru_cache(maxsize=1)
def _data() -> dict:
    return read_gated_patterns(DATA)


def harassed_now(doc, labels: dict, lowered: str | None = None) -> str | None:
    """HARASSED_NOW when a man keeps touching, grabbing, filming or following someone who is stuck with him now."""
    data = _data()
    text = gated_text(doc, labels, data["gate"], lowered)   # None with talk or a calm, or no gate word
    if text is None or "keeps" not in text or not data["act"].search(text) or not data["here"].search(text):
        return None
    return None if data["not"].search(text) else HARASSED_NOW

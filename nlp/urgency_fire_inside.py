"""A fire now with people (maybe) inside (stop 30; used by nlp/urgency.py).

"vacant on lamar ave is burning, i seen folks sleeping rough inside it earlier today and nobody came out", "smoke
pourin out the old mill, theres rough sleepers kip in there most nights could be folk inside": the fire is told in the
present and the tipster says people are or may be inside (data `people_inside` in nlp/data/urgency_fire_inside.json).
The past said after the fire ("earlier today", "most nights") tells who lives or sleeps there, not when it burned, so it
does not make a report of it; a past cue or a past time said before the fire still does ("last night the mill burned,
could be folk inside": a story after the fact), and so does a calm or talk. Gated on a FIRE cue.
"""
from __future__ import annotations

import json
import re

from .doc_attrs import TIMES, read
from .lexicon import DATA_DIR
from .spans import text_of

WORDS = json.loads((DATA_DIR / "urgency_fire_inside.json").read_text(encoding="utf-8"))
PEOPLE_INSIDE_RE = re.compile(r"\b(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in
                                                  sorted(WORDS["people_inside"], key=len, reverse=True)) + r")\b",
                              re.IGNORECASE)
FIRE_INSIDE = "fire: people may be inside"


def fire_inside(doc, labels: dict, past_event) -> str | None:
    """FIRE_INSIDE when a fire told in the present has people said to be inside (module docstring)."""
    if "FIRE" not in labels or "TALK" in labels or "RESOLVED" in labels:
        return None
    fires = [span for span in labels["FIRE"] if not past_event(span)]
    if not fires or not PEOPLE_INSIDE_RE.search(text_of(doc)):
        return None
    first = min(span.start for span in fires)
    if any(span.start < first for span in labels.get("PAST", [])):
        return None  # "last night the mill burned": the past before the fire
    start_char = doc[first].idx
    if any(start < start_char for start, _, _ in read(doc, TIMES)):
        return None  # "at 2am the old mill went up": a time before the fire dates it
    return FIRE_INSIDE

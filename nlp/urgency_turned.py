"""A routine report broken off for a danger happening now (stop 36; used by nlp/urgency_kinds.py and nlp/urgency.py).

"can i report a pothole on the lane. actually forget that a car just went into the ditch and its upside down",
"reporting my bike nicked on tuesday ... hang on theres someone at my back door now tryin the handle": the tipster turns
from the report to what they see. The question ("can i report": talk), the calm and the past said before the turn
belong to the report left behind, so those cues are dropped when a danger cue told as happening starts after the turn
(the same danger labels as the rule of order, nlp/urgency_reopened.py). Like a calm re-opened, the reading is one the
learned model does not veto: the report's words ("bike", "ref", "pothole") are what weigh against the danger.
"hold on to the rail" is no turn. Data: data/en/urgency_turned.json. Gate: "forget", "scratch", "ignore", "mind",
"hang on" or "hold on" in the text.
"""
from __future__ import annotations

import json
import re

from spacy.tokens import Doc, Span

from .lexicon import DATA_DIR
from .spans import text_of
from .urgency_reopened import DANGER_LABELS
from .urgency_shapes import past_event

WORDS = json.loads((DATA_DIR / "en" / "urgency_turned.json").read_text(encoding="utf-8"))
TURN_RE = re.compile("|".join(WORDS["turns"]), re.IGNORECASE)
GATE = ("forget", "scratch", "ignore", "mind", "hang on", "hold on")
LEFT_BEHIND = frozenset(("TALK", "RESOLVED", "PAST"))


def turn_end(doc: Doc, cues: list[Span]) -> int | None:
    """The token index where a turn ends when a danger cue told as happening starts after it, else None."""
    lowered = text_of(doc).lower()
    if not any(word in lowered for word in GATE):
        return None
    for match in TURN_RE.finditer(lowered):
        span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
        if span is not None and any(cue.label_ in DANGER_LABELS and cue.start >= span.end and not past_event(cue)
                                    for cue in cues):
            return span.end
    return None


def turned(doc: Doc, cues: list[Span]) -> list[Span]:
    """The cues without the talk, calm and past of a report the tipster broke off for a danger (module docstring)."""
    end = turn_end(doc, cues)
    if end is None:
        return cues
    return [span for span in cues if not (span.label_ in LEFT_BEHIND and span.end <= end)]

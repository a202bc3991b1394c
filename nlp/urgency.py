"""Urgency: an emergency in progress (weapon, shots, someone hurt, break-in now, a plea for help).

patterns/urgency.jsonl marks cue words: WEAPON, SHOTS, HURT, BREAKIN, HELP (triggers),
NOW and PAST (tense markers) and NEGATION ("nobody hurt", "toy gun", "can you help").
A trigger inside a negation does not count. A report of the past ("there was a
break-in last week") is not urgent unless something also says it is happening now.
A break-in needs a NOW marker or a progressive form ("breaking in") to count.
"""
from __future__ import annotations

from spacy.tokens import Doc

from .cues import cue_spans

TRIGGER_ORDER = ("SHOTS", "WEAPON", "HURT", "BREAKIN", "HELP")
PROGRESSIVE_BREAKIN = frozenset(
    "breaking in|breaking into|burgling|in my house|in my home|trying doors|trying car doors|trying door handles|"
    "smashing windows|smashing a window|kicking the door|kicking in the door|kicking down the door|trying to get in|"
    "climbing in|intruder|intruders".split("|")
)


def judge(doc: Doc) -> str | None:
    """Return a short reason when the text reads as an emergency in progress, else None."""
    cues = cue_spans(doc, "urgency_cues")
    if not cues:
        return None
    negated = [(span.start, span.end) for span in cues if span.label_ == "NEGATION"]
    labels: dict[str, list] = {}
    for span in cues:
        if span.label_ != "NEGATION" and any(s <= span.start and span.end <= e for s, e in negated):
            continue
        labels.setdefault(span.label_, []).append(span)
    now = "NOW" in labels
    if "PAST" in labels and not now:
        return None
    for label in TRIGGER_ORDER:
        for span in labels.get(label, []):
            if label == "BREAKIN" and not now and span.text.lower() not in PROGRESSIVE_BREAKIN:
                continue
            return f"{span.id_}: {span.text}" if label not in ("SHOTS", "HELP") else span.id_
    return None


def urgency_judge(doc: Doc) -> Doc:
    doc.user_data["urgent_reason"] = judge(doc)
    return doc

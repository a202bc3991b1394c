"""How many times so far, as texters write it past what time_shapes.REPEAT_RE reads: "3 nights runnin", "7 mornins
in a row".

The guide copies such a count whole (nlp/devset/ANNOTATION.md: times keep the words that tie them to the event).
"4 nights now", "3 sundays now" are not read: a bare count with no period is no time (ANNOTATION.md, stop 34), and
dev leaves them unlabelled (4 rows, d32a, d32u, h14, h18, vs 1, h15-202); nlp/now_states.py drops their "now".
"""
from __future__ import annotations

import re

from spacy.tokens import Doc

COUNT = r"(?:\d{1,2}(?:st|nd|rd|th)?|two|three|four|five|six|seven|eight|nine|ten|second|third|fourth|fifth|sixth|several)"
DAY_NAMES = r"(?:mon|tues|wednes|thurs|fri|satur|sun)days"
# occasions: each one is a separate time the thing happened
OCCASIONS = rf"(?:nights|nites|nichts|mornings|mornins|evenings|evenins|afternoons|weekends|weeknights|{DAY_NAMES})"
# any unit a run can count ("5 days runnin")
RUN_UNITS = rf"(?:{OCCASIONS}|days|weeks)"
# the clipped "runnin" and the clipped plurals REPEAT_RE does not read ("mornins in a row")
RUNNIN_RE = re.compile(rf"\b{COUNT}\s+{RUN_UNITS}\s+runnin'?(?!\w)"
                       rf"|\b{COUNT}\s+(?:mornins|evenins|nichts|weeknights|afternoons)\s+in\s+a\s+row\b", re.IGNORECASE)
GATE_WORDS = frozenset(("runnin", "runnin'", "row"))
FOR_BEFORE_RE = re.compile(r"\bfor\s*$", re.IGNORECASE)


def repeat_counts(doc: Doc, text: str, words: frozenset[str]) -> list:
    """The count spans, labelled REPEAT (times.py does not join them to a time before them)."""
    if words.isdisjoint(GATE_WORDS) or not any(ch.isdigit() for ch in text) and words.isdisjoint(WORD_COUNTS):
        return []
    spans = []
    for match in RUNNIN_RE.finditer(text):
        if FOR_BEFORE_RE.search(text, max(0, match.start() - 5), match.start()):
            continue  # "for 3 nights runnin": a duration, FOR_RE's span
        span = doc.char_span(match.start(), match.end(), alignment_mode="expand", label="REPEAT")
        if span is not None:
            spans.append(span)
    return spans


WORD_COUNTS = frozenset("two three four five six seven eight nine ten second third fourth fifth sixth several".split())

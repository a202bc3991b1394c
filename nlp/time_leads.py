"""Words before (or after) a time that the guide keeps with it, found after the pieces are joined.

"late at night", "late every night": "late" narrows the day part (dev: 5 of 6 labels keep it).
"gone 2am", "its gone midnight", "just gone 3 in the morning": "gone" says the clock has passed that hour; the
time is read with it (dev: every such clock time is labelled with its "gone"). "been gone 3 hours" is a duration,
which no time piece covers, so it never reaches here.
"""
from __future__ import annotations

from spacy.tokens import Doc

from .time_counts import count_lead

NIGHT_STARTS = frozenset(("at", "every", "each"))
NIGHT_WORDS = frozenset("night nite nights nites".split())
PASSED_HOURS = frozenset(("midnight", "noon", "midday"))


def time_lead(doc: Doc, start: int, end: int, words: frozenset[str]) -> int:
    """`start` moved back over "late" before a night, "(just) gone" before a clock time, or a count of times."""
    if start and "late" in words and doc[start - 1].lower_ == "late" and start + 1 < end \
            and doc[start].lower_ in NIGHT_STARTS and doc[start + 1].lower_ in NIGHT_WORDS:
        return start - 1
    if start and "gone" in words and doc[start - 1].lower_ == "gone" and (
            doc[start].text[:1].isdigit() or doc[start].lower_ in PASSED_HOURS):
        start -= 1
        if start and doc[start - 1].lower_ == "just":
            start -= 1
    return count_lead(doc, start, words)  # "3 times this month", "2nd time this year"

"""Two hours sharing one "am"/"pm" or day part: "3 or 4am", "2-4pm", "9 to 10pm", "1 and 2am", "2 or 3 in the
morning", "7 or 8 at night". The clock finder reads only the second hour ("4am"); the first is a bare number, no
time alone. nlp/devset/ANNOTATION.md copies the time as written, so the merged piece is carried back over the first
hour and its joiner. Only a bare hour (1-12) and only before a piece that starts with an hour and carries its
"am"/"pm" or day part: "3 or 4 lads", "flat 2-4" stay as they were. Called by time_ranges.join_ranges.
"""
from __future__ import annotations

import re

from spacy.tokens import Doc

from .spans import text_of

JOINERS = frozenset(("or", "and", "to", "-", "till", "til", "until"))
HOUR_RE = re.compile(r"(?:1[0-2]|0?[1-9])")
# the second hour with its half of the day: "4am", "4 am", "3 in the morning", "8 at night"
SHARED_RE = re.compile(r"(?:1[0-2]|0?[1-9])(?:[:.][0-5]\d)?\s*(?:[ap]\.?m\b\.?|in\s+the\s+(?:morning|mornin|afternoon|"
                       r"evening|evenin)\b|at\s+night\b)", re.IGNORECASE)
# before the first hour: a word that makes it a count or a number of something ("flat 3 or 4am"? no: "aged", "£")
NOT_BEFORE = frozenset("flat no number unit aged age room house £ $ #".split())


def first_hour_start(doc: Doc, start: int) -> int:
    """`start` (the first token of a merged time piece) moved back over "3 or " when the piece is "4am"."""
    if start < 2 or doc[start - 1].lower_ not in JOINERS or not HOUR_RE.fullmatch(doc[start - 2].text):
        return start
    if start >= 3 and (doc[start - 3].lower_ in NOT_BEFORE or doc[start - 3].text[:1].isdigit()):
        return start
    if SHARED_RE.match(text_of(doc), doc[start].idx) is None:
        return start
    return start - 2

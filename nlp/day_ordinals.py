"""A weekday then the day of the month as an ordinal: "sat 14th", "saturday 14th", "fri 21st", "weds the 3rd".

The day name alone is found by the cue matcher ("saturday"; a bare "sat" only where no verb can be, bare_saturday.py),
and the guide labels the date with it. An ordinal right after a day name, even "sat", is a date: "he sat 14th" is no
English anyone writes, while "sat 14th" on a poster or in a notice is common.
"""
from __future__ import annotations

import re

from spacy.tokens import Doc

# cheap gate: an ordinal day of the month somewhere in the text
ORDINAL_RE = re.compile(r"\d(?:st|nd|rd|th)\b", re.IGNORECASE)
DAY_ORDINAL_RE = re.compile(
    r"\b(?:mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day)\.?,?\s+(?:the\s+)?(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)\b"
    r"(?!\s*(?:floor|time|place|street|st|ave|avenue|grade|birthday|year|round|century)\b)",   # "sat 3rd time"
    re.IGNORECASE)


def day_ordinals(doc: Doc, text: str) -> list:
    """The spans of a weekday and its date ("sat 14th") in ``doc``."""
    if ORDINAL_RE.search(text) is None:
        return []
    spans = []
    for match in DAY_ORDINAL_RE.finditer(text):
        span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
        if span is not None:
            spans.append(span)
    return spans

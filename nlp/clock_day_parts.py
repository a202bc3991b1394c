"""A clock time written just before "this morning" (or its clipped spellings) is that morning's clock time.

"8 this mornin", "8.45 this mornin": the day part ties the number to the event, as "at" would; alone, "8" is a
count and "8.45" a price (times.py keeps those out). Only "this" and a day part: "6.40 this is robbery" stays out.
"""
from __future__ import annotations

import re

THIS_PARTS = frozenset(("this", part) for part in (
    "morning", "mornin", "morn", "afternoon", "aft", "arvo", "evening", "evenin"))
THIS_PART_AFTER_RE = re.compile(r"\s+this\s+(?:morning|mornin|morn|afternoon|aft|arvo|evening|evenin)\b", re.IGNORECASE)


def this_part_after(text: str, end: int) -> bool:
    """Does "this morning" (or another day part of today) follow the number ending at `end`?"""
    return THIS_PART_AFTER_RE.match(text, end) is not None

"""Day names that are also English words, read as days only by what stands around them: "sat" (bare_saturday.py:
"drove off sat", "8am sat") and "wed", "mon", "sun", "thu", "thur" (short_days.py: "wed about half 3", "mon 8pm").
One entry point for times.py, which joins them to the clock pieces beside them.
"""
from __future__ import annotations

from spacy.tokens import Doc

from .bare_saturday import bare_saturdays
from .short_days import short_days


def ambiguous_days(doc: Doc, text: str, words: frozenset[str]) -> list:
    return bare_saturdays(doc, text, words) + short_days(doc, text, words)

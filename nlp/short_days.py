"""A day name cut to a word that is also an English word ("wed", "mon", "sun", "thu", "thur") read as the day where
a clock time is written against it: "wed about half 3", "sun between 1 and 3", "mon 8pm", "about 10pm sun"; and "sat" or one of these after another
day and a joiner ("every fri n sat", "tuesdays and sun"), where it can only be the second day of the pair.

The cue matcher lists these only with a day word before them ("last sun", "every wed"), since alone they are as
often the noun or verb ("the sun", "they wed"). nlp/devset/ANNOTATION.md: a day and its clock time are one span;
times.py joins the day to the clock piece over the hedge. Words live in nlp/data/en/short_days.json; the regexes
run only when one of the short days is a word of the text.
"""
from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Doc

DATA = Path(__file__).parent / "data" / "en" / "short_days.json"
# the clock time after the day: a digit hour (not a count of something), "half 3", "quarter to 4", "midnight"
CLOCK_AFTER = (r"(?:\d{1,2}(?:[:.][0-5]\d)?(?:\s*(?:am|pm|ish))?(?!\s*(?:mins?|minutes?|hrs?|hours?|days?|weeks?|"
               r"years?|yrs?|months?|miles?|people|of|[%/\d]))|half\s+(?:past\s+)?\d|quarter\s+(?:past|to)\s+\d|midnight|noon)")
CLOCK_BEFORE = r"\d{1,2}(?:[:.][0-5]\d)?\s*(?:am|pm)\s+$"


def _alt(words) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


@lru_cache(maxsize=1)
def _data() -> tuple[frozenset[str], frozenset[str], re.Pattern, re.Pattern, re.Pattern]:
    words = json.loads(DATA.read_text(encoding="utf-8"))
    days = frozenset(words["short_days"])
    day_re = re.compile(rf"\b(?:{_alt(days)})\b(?=\s+(?:(?:{_alt(words['clock_leads'])})\s+){{0,2}}{CLOCK_AFTER})", re.IGNORECASE)
    after_clock_re = re.compile(rf"(?<=\d[ap]m\s)(?:{_alt(days)})\b|(?<=\d\s[ap]m\s)(?:{_alt(days)})\b", re.IGNORECASE)
    # "every fri n sat", "tues and sun": the second of two days joined ("sat" too: bare_saturday.py reads it alone)
    paired_re = re.compile(rf"\b(?:{_alt(words['pair_firsts'])})\s+(?:{_alt(words['pair_joiners'])})\s+(?P<day>{_alt(days | {'sat'})})\b"
                           rf"(?!\s+(?:{_alt(words['pair_not_after'])})\b)", re.IGNORECASE)   # "friday n sat down": the verb
    return days, frozenset(words["not_before"]), day_re, after_clock_re, paired_re


def short_days(doc: Doc, text: str, words: frozenset[str]) -> list:
    """The short day names this module reads as days (see the module doc), as spans for times.py to join."""
    days, not_before, day_re, after_clock_re, paired_re = _data()
    if days.isdisjoint(words) and "sat" not in words:
        return []
    spans = []
    for match in list(day_re.finditer(text)) + list(after_clock_re.finditer(text)):
        before = text[:match.start()].split()
        if before and before[-1].lower().strip("'") in not_before:
            continue  # "the sun about 4", "they wed at 3": the noun or the verb
        spans.append(match.span())
    spans += [match.span("day") for match in paired_re.finditer(text)]
    return [span for start, end in spans if (span := doc.char_span(start, end, alignment_mode="expand")) is not None]

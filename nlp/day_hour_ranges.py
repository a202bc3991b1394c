"""An hour range or a "from"/"fae" hour written against a day, a day part or a frequency is one time with it:
"6 till 9 every night", "fae 6 till 8 every mornin", "10 till 4 today", "every night 11 till 2", "every mornin from
5", "every sunday fae 10", "the 15th from 10", "from 11 each day" (nlp/devset/ANNOTATION.md "Times": a clock range
with its day is one span; a frequency with a clock time stays one span).

times.py reads a bare hour only after a lead word it knows, and not "6 till 2" after a number or alone ("i work 6
till 2" is a shift, not when it happened). Here the hours count only when a day word touches them, before or after;
a unit after the hours ("12 to 15 years", "3 to 4 messages") keeps them a count. The span found here sits next to
the day's own piece and times.py joins the two. Gated on a lead or joiner word in the text.
"""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc

from .lexicon import word_sets
from .time_ranges import hour_like
from .time_ranges import words as range_words

ORDINAL_DAY_RE = re.compile(r"(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)", re.IGNORECASE)  # "the 15th from 10"


@lru_cache(maxsize=None)
def words() -> dict[str, frozenset[str]]:
    return word_sets("en/day_hour_ranges.json")


def hour_end(doc: Doc, i: int) -> int | None:
    """The end (exclusive) of an hour at token `i` with its "am"/"pm", or None: "9", "9pm", "9 pm"."""
    if i >= len(doc) or not hour_like(doc[i]) or int(re.match(r"\d+", doc[i].text).group()) > 12 and ":" not in doc[i].text:
        return None
    end = i + 1
    if end < len(doc) and doc[end].lower_ in range_words()["meridiem"]:
        end += 1
    return end


def day_after(doc: Doc, i: int) -> int | None:
    """The end of a day word starting at token `i`, or None: "every night", "each day", "today", "sunday"."""
    w = words()
    if i >= len(doc):
        return None
    if doc[i].lower_ in w["repeat_leads"]:
        return i + 2 if i + 1 < len(doc) and doc[i + 1].lower_ in w["days"] else None
    return i + 1 if doc[i].lower_ in w["named_days"] else None


def day_before(doc: Doc, i: int) -> bool:
    """A day word ends at token `i`: "sunday", "the 15th", "today"; a day part only after a repeat or "last"/"this"
    ("every night", "last night"; "i work nights 10 till 6" is a shift)."""
    w = words()
    if i < 0:
        return False
    if doc[i].lower_ in w["named_days"] or ORDINAL_DAY_RE.fullmatch(doc[i].text) is not None:
        return True
    return doc[i].lower_ in w["days"] and i >= 1 and doc[i - 1].lower_ in w["part_leads"]


def ends_hours(doc: Doc, end: int) -> bool:
    """The hours end at token `end`: a stop, the end, or a word that may follow a time ("from 9 harbour view st" is
    an address)."""
    return end >= len(doc) or doc[end].is_punct or doc[end].lower_ in words()["ends"]


def day_hours(doc: Doc, present: frozenset[str]) -> list:
    """The hour spans that touch a day word, each with its lead word ("fae 6 till 8", "from 5")."""
    w = words()
    if present.isdisjoint(w["leads"]) and present.isdisjoint(w["joiners"]):
        return []
    spans = []
    for token in doc:
        i = token.i
        if token.lower_ in w["leads"]:
            end = hour_end(doc, i + 1)
            if end is None:
                continue
            if end + 1 < len(doc) and doc[end].lower_ in w["joiners"]:
                end = hour_end(doc, end + 1) or end
            start = i
        elif hour_end(doc, i) is not None and (end := hour_end(doc, i)) < len(doc) - 1 \
                and doc[end].lower_ in w["joiners"] and (i == 0 or doc[i - 1].lower_ not in w["not_before"]):
            start, end = i, hour_end(doc, end + 1)
            if end is None:
                continue
        else:
            continue
        if end < len(doc) and (doc[end].text[:1].isdigit() or doc[end].lower_ in range_words()["not_after_hour"]):
            continue  # "from 12 to 15 years", "3 to 4 messages" (checked by the day test below too)
        if (day_end := day_after(doc, end)) is not None:
            spans.append(doc[start:day_end])   # "from 11 each day": "each day" alone is no piece
        elif day_before(doc, start - 1) and ends_hours(doc, end):
            spans.append(doc[start:end])
    return spans

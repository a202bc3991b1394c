"""A time written as a stretch is one span: "from 7 to 11pm", "8am to 2pm", "between fri and mon", "between midnight
and 3", "most tuesdays 6 to 8", "saturday 8 til noon" (nlp/devset/ANNOTATION.md: "between 10pm and 6am" is one time).

The piece finders in nlp/times.py see each end alone and "to 2" or "and 3" is no time by itself, so the merged
pieces come here and a piece is carried over a joiner to the end of the stretch. Only a piece that can start a
stretch (it ends in a clock time, an hour or a day) is carried, and "and" only after "between" ("at 5 and 2 lads ran
off" is a count). Gated on a joiner word being in the text, so most texts pay one set test.
"""
from __future__ import annotations

import json
import re
from functools import lru_cache

from spacy.tokens import Doc

from .hour_alternatives import first_hour_start
from .lexicon import DATA_DIR
from .spans import text_of

CLOCK_TOKEN_RE = re.compile(r"(?:[01]?\d|2[0-3])(?:[:.][0-5]\d)?(?:am|pm)?", re.IGNORECASE)


@lru_cache(maxsize=None)
def words() -> dict[str, frozenset[str]]:
    raw = json.loads((DATA_DIR / "en" / "time_ranges.json").read_text(encoding="utf-8"))
    return {key: frozenset(value) for key, value in raw.items() if key != "_about"}


def hour_like(token) -> bool:
    """An hour or a clock time as one token: "7", "11pm", "23:40" (a bare number only up to 24)."""
    if CLOCK_TOKEN_RE.fullmatch(token.text) is None:
        return False
    digits = re.match(r"\d+", token.text)
    return digits is not None and int(digits.group()) <= 24 and len(digits.group()) <= 2


def stretch_start(token) -> bool:
    """The last token of a piece that can start a stretch: "7", "8am" ("am"), "midnight", "fri"."""
    w = words()
    return hour_like(token) or token.lower_ in w["meridiem"] or token.lower_ in w["end_words"] or token.lower_ in w["days"]


def stretch_end(doc: Doc, i: int, day: bool) -> int | None:
    """The end (exclusive) of the stretch's far end starting at token `i`, or None: "11pm", "about 2", "noon", "mon"."""
    w = words()
    if i < len(doc) and doc[i].lower_ in w["hedges"]:
        i += 1
    if i >= len(doc):
        return None
    token = doc[i]
    if day:
        return i + 1 if token.lower_ in w["days"] else None
    if token.lower_ in w["end_words"]:
        return i + 1
    if not hour_like(token):
        return None
    end = i + 1
    if end < len(doc) and doc[end].lower_ in w["meridiem"]:
        end += 1
    if end < len(doc) and (doc[end].lower_ in w["not_after_hour"] or doc[end].text[:1].isdigit()):
        return None   # "from 2 to 3 people", "between 5 and 6 cars": a count
    return end


def join_ranges(doc: Doc, merged: list[list[int]], present: frozenset[str]) -> list[list[int]]:
    """`merged` ([start, end] token ranges of time pieces, in order) with each stretch made one range."""
    w = words()
    if present.isdisjoint(w["joiners"]) and "and" not in present and "or" not in present and "-" not in text_of(doc):
        return merged
    merged = [[first_hour_start(doc, start), end] for start, end in merged]   # "3 or 4am", "2-4pm"
    out: list[list[int]] = []
    for piece in merged:
        if out and out[-1][1] > piece[0]:
            out[-1][1] = max(out[-1][1], piece[1])   # the stretch already reached into this piece
            continue
        out.append(list(piece))
        start, end = out[-1]
        joiner = end
        # "most tuesdays 6 to 8", "saturday 8 til noon": an hour right after a day piece, then the joiner
        if end + 1 < len(doc) and doc[end - 1].lower_ in w["days"] and hour_like(doc[end]) and doc[end + 1].lower_ in w["joiners"]:
            joiner = end + 1
        elif not stretch_start(doc[end - 1]):
            continue
        if joiner >= len(doc) - 1:
            continue
        word = doc[joiner].lower_
        leads = {token.lower_ for token in doc[max(start - 1, 0):end]}
        if word == "and" and leads.isdisjoint(w["and_leads"]):
            continue
        if word != "and" and word not in w["joiners"]:
            continue
        day = doc[joiner - 1].lower_ in w["days"]
        far = stretch_end(doc, joiner + 1, day)
        if far is not None:
            out[-1][1] = max(end, far)
    return out

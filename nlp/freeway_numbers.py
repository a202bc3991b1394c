"""Freeways named by "the" and their number alone, as Californians text them: "doin 120 on the 405 by the getty exit",
"took the 10 east", "on the 91 at the tustin ave exit", "get on the 5 north". ANNOTATION.md drops "the" before a
road number ("A38"), so the place is the number. A bus route is written the same way ("punched the driver on the 62
in kidsgrove", "groped on the 37 at about 5"), so the number must be followed by a direction or "freeway", or the text
must speak of a freeway (an exit, a ramp, "fwy") and of no bus or train. Runs after the tagger on English texts; the
gate is "the" before a digit.
"""
from __future__ import annotations

import re

from spacy.tokens import Doc

from .doc_attrs import LOCATIONS, read
from .spans import store_with_guesses

THE_DIGIT_RE = re.compile(r"\bthe\s+\d", re.IGNORECASE)
# a verb or preposition of travel, "the", the number (not "the 300 block", "the 30 limit", "the 606 trail", "the 3rd")
FREEWAY_RE = re.compile(r"\b(?:on|onto|off|took|take|taking|takin|along|down|up|via|exited|exit|merged?\s+onto|from|"
                        r"jumped\s+on|got\s+on|get\s+on|hopped\s+on)\s+the\s+(\d{1,3})\b(?![.,:]?\d)"
                        r"(?!\s*(?:st|nd|rd|th|am|pm|a\.m|p\.m|%|mph|bus|train|block|blk|limit|trail|route|min|mins|"
                        r"minutes?|hours?|hrs?|yards?|miles?|ft|feet|times?|year|years)\b)", re.IGNORECASE)
DIRECTION_AFTER_RE = re.compile(r"\s+(?:north|south|east|west|[nsew]b|northbound|southbound|eastbound|westbound|"
                                r"freeway|fwy)\b", re.IGNORECASE)
FREEWAY_WORDS_RE = re.compile(r"\b(?:exit|freeway|fwy|on-?ramp|off-?ramp|carpool\s+lane|interchange)\b", re.IGNORECASE)
TRANSIT_WORDS_RE = re.compile(r"\b(?:bus|buses|train|tram|metro|subway|driver\s+on|stop|platform|seat)\b", re.IGNORECASE)


def find_freeway_numbers(text: str) -> list[tuple[int, int]]:
    found = []
    freeway_text = None
    for match in FREEWAY_RE.finditer(text):
        if not DIRECTION_AFTER_RE.match(text, match.end()):
            if freeway_text is None:
                freeway_text = bool(FREEWAY_WORDS_RE.search(text)) and not TRANSIT_WORDS_RE.search(text)
            if not freeway_text:
                continue
        found.append(match.span(1))
    return found


def add_freeway_numbers(doc: Doc, text: str, confidence: float) -> None:
    """Each freeway number not inside or across a place already found is added, as a guess (`confidence`)."""
    if not THE_DIGIT_RE.search(text):
        return   # the cheap gate
    numbers = find_freeway_numbers(text)
    if not numbers:
        return
    places = read(doc, LOCATIONS)
    added = [(s, e, text[s:e]) for s, e in numbers if not any(s < pe and ps < e for ps, pe, _ in places)]
    if added:
        store_with_guesses(doc, LOCATIONS, places, added, confidence)

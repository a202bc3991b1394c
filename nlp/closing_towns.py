"""A town written alone as the tip's last words, after a comma: "could someone pop round, no rush, castlebar",
"revvin it in the car park, can barely stand up, glynneath". Tipsters sign off with where it is; a listed town
there is found by the gazetteer rules, and this takes one or two lower-case words no dictionary or list knows
(people's first names are listed, so "..., sarah" stays out). Not after a thanks or a greeting ("thanks,
shanice": a name the lists lack), nor a drawn-out word ("pleaseee"), a capitalised name ("..., Travis"), a Spanish
text's last words or a sign-off or accent word of en/closing_not_towns.txt ("thankyou", "scouse").
Runs after the tagger on English texts (town_tails.py), gated on a comma in the text.
"""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc

from .address_towns import SECOND_WORDS
from .doc_attrs import LOCATIONS, read
from .lexicon import word_list
from .spans import overlaps, store_with_guesses
from .street_towns import SPANISH_WORDS, unknown_word

# the last clause: one or two lower-case words, then only closing punctuation (a capitalised one is as often the
# name of someone the tip is about: "the guy who got fired on monday, Travis"; the tagger reads those). Matched from the
# last comma on: a search for the comma from every position cost ~40 us a text.
CLOSING_RE = re.compile(r"\s*(?P<first>[a-z][a-z'\-]+)(?:\s+(?P<second>[a-z][a-z'\-]+))?\s*[.!]*\s*$")
# a clause of thanks or greeting before the last words makes them the writer's or reader's name
SIGN_OFF_RE = re.compile(r"\b(?:thanks|thank you|thankyou|cheers|ta|regards|love|from|hi|hiya|hello|dear|x+)\s*$",
                         re.IGNORECASE)
DRAWN_OUT_RE = re.compile(r"(\w)\1\1")   # "pleaseee", "hurryyy"
MIN_WORDS = 5   # a tip, not a bare "hi, shanice"


@lru_cache(maxsize=1)
def not_towns() -> frozenset[str]:
    return word_list("en/closing_not_towns.txt")


def closing_town(text: str) -> tuple[int, int] | None:
    """The span of the town that ends `text` after a comma, or None."""
    if "," not in text or len(text.split()) < MIN_WORDS:
        return None   # the cheap gate
    if not text.isascii() or SPANISH_WORDS & set(text.lower().split()):
        return None   # a Spanish or Spanglish text read as English: "camioneta blanca, ayuda", "tengo miedo"
    comma = text.rfind(",")
    match = CLOSING_RE.match(text, comma + 1)
    if match is None or SIGN_OFF_RE.search(text, text.rfind(",", 0, comma) + 1, comma):
        return None
    first, second = match.group("first").lower(), (match.group("second") or "").lower()
    if first in not_towns() or DRAWN_OUT_RE.search(first) or not unknown_word(first):
        return None
    if not second:
        return match.span("first")
    if second in SECOND_WORDS or (unknown_word(second) and second not in not_towns()):
        return match.start("first"), match.end("second")   # "cleator moor", "ystrad mynach"
    return None   # "castlebar thankyou", "glynneath hurry": a word of the tip after the town


def add_closing_towns(doc: Doc, text: str, confidence: float) -> None:
    span = closing_town(text)
    if span is None:
        return
    places = read(doc, LOCATIONS)
    if overlaps(span[0], span[1], [(s, e) for s, e, _ in places]):
        return
    store_with_guesses(doc, LOCATIONS, places, [(span[0], span[1], text[span[0]:span[1]])], confidence)

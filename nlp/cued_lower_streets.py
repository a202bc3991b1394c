"""Lower-case streets named by one word and a street word that is also a common noun, after a street cue: "on
hawthorn rise", "up roman bank", "on station parade in kirkoswald", "at the end of jubilee walk", "the top of church
brow". streets.find_streets reads a lower-case "rise" or "walk" as a street only after a house number ("6 moorland
close"), since "on the bank" and "in a row" are no streets; a cue straight before a name word (no article, no
possessive) says a street is meant. The street words are nlp/data/en/cued_street_tails.txt, the words that make
a thing of them instead ("food bank", "price rise") nlp/data/en/not_street_first_words.txt.

The name must end after the street word (punctuation, the end, a function or time word, a listed town: "on spring
bank hull"), so "on easter bank holiday" is none. The gate: one of the street words among the text's anchor words.
"""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.lang.en.stop_words import STOP_WORDS

from .lexicon import gazetteer, lexicon, stop_words, vehicle_words, word_list
from .streets import find_numbered_lower_streets
from .villages import TIME_WORDS

# "of" says where only after a part of the street ("the end of", "top of"); "at" and "in" come before too many
# things ("at bar close", "in safe place") and the labels' streets follow "on", "up", "down", "along", "off"
CUE_BEFORE_RE = re.compile(r"(?:^|[^\w'’])(?:on|onto|along|up|down|off|(?:end|top|bottom|corner|side) of) ([a-z]{3,}) $")
NEXT_WORD_RE = re.compile(r" ([a-z']+)")
END_RE = re.compile(r"\s*(?:[,.!?;:)(\-]|$)")


@lru_cache(maxsize=1)
def _lists() -> tuple[frozenset[str], frozenset[str]]:
    return word_list("en/cued_street_tails.txt"), word_list("en/not_street_first_words.txt")


def _name_word(word: str) -> bool:
    """A word that can name a street: no function word, time word, cue, vehicle word or thing-maker."""
    return word not in STOP_WORDS and word not in stop_words() and word not in TIME_WORDS \
        and word not in lexicon()["place_cues"] and word not in vehicle_words() and word not in _lists()[1] \
        and word not in lexicon()["generic_street_words"]


def _ends(text: str, end: int) -> bool:
    if END_RE.match(text, end):
        return True
    match = NEXT_WORD_RE.match(text, end)
    if match is None:
        return False
    word = match.group(1)
    if word in ("holiday", "holidays"):
        return False   # "on easter bank holiday": a day, not a street
    return word in STOP_WORDS or word in TIME_WORDS or word in gazetteer()


def find_cued_lower_streets(text: str, words: list[tuple[int, int, str]]) -> list[tuple[int, int]]:
    """(start, end) of each "cue name street-word" street; `words` are the anchor words (`alpha_words`)."""
    tails = _lists()[0]
    found = []
    for anchor_start, end, suffix in words:
        if suffix not in tails or not text[anchor_start].islower():
            continue   # the cheap gate; a capitalised "Hawthorn Rise" is find_streets' own
        match = CUE_BEFORE_RE.search(text, max(0, anchor_start - 40), anchor_start)
        if match is None or not _name_word(match.group(1)) or not _ends(text, end):
            continue
        found.append((match.start(1), end))
    return found


def find_lower_streets(text: str, words: list[tuple[int, int, str]]) -> list[tuple[int, int]]:
    """The lower-case streets find_streets leaves: after a house number ("4 lime grove") or a cue ("on hawthorn rise")."""
    return find_numbered_lower_streets(text, words) + find_cued_lower_streets(text, words)

"""The town written after a road with "in", "near", "nr" or "outside": "on route 537 in colts neck", "on the a6075 near
forest town", "off highway 41 near twin bridges". The rules find the road; the town is one to three lower-case words
that are often dictionary words ("forest town", "cooper landing", "bill"), so no rule and no tagger span takes them
(the tagger finds "forest" and "cooper" and drops them as common words). After a road those words are the town when
they end at a clause end, a function word, a time word or a number, and none of them is a stop word, a place or
street word, a verb form or a word of nlp/data/en/road_town_not_words.txt ("in traffic", "near mile marker 12").
Runs after the tagger on English texts; the gate is a road among the places and a cue word in the text.
"""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc

from .doc_attrs import LOCATIONS, read
from .lexicon import lexicon, word_list
from .spans import lower_words, overlaps, store_with_guesses
from .street_names import anchor_set
from .villages import TIME_WORDS

CUES = frozenset(("in", "near", "nr", "outside"))
# a road: a number at its end ("route 537", "a6075", "us-26", "county rd 47") or a road word ("sterling hwy")
ROAD_RE = re.compile(r"(?:\d+[a-z]?|hwy|highway|rd|road|pike|pkwy|parkway|fwy|freeway|expressway|turnpike)",
                     re.IGNORECASE)
CUE_RE = re.compile(r"\s+(?:in|near|nr|outside)\s+", re.IGNORECASE)
WORD_RE = re.compile(r"([a-z]+)(\s*)", re.IGNORECASE)
END_RE = re.compile(r"\s*(?:[,.;:!?)]|$)")
NEXT_RE = re.compile(r"[a-z]+|\d", re.IGNORECASE)
JOINED_RE = re.compile(r"\s+(?:of|on|upon|under|le)\s+([a-z]+)\b", re.IGNORECASE)


@lru_cache(maxsize=1)
def not_town_words() -> frozenset[str]:
    words = lexicon()
    return word_list("en/road_town_not_words.txt") | frozenset(words["place_nouns"]) | frozenset(words["not_places"])


def road(value: str) -> bool:
    last = value.split()[-1] if value.split() else ""
    return bool(ROAD_RE.fullmatch(last)) or bool(re.search(r"\d$", value))


def stop(word: str) -> bool:
    return word in STOP_WORDS or word in TIME_WORDS


def town_after(text: str, end: int) -> tuple[int, int] | None:
    """The town's bounds after a road ending at `end`, or None."""
    cue = CUE_RE.match(text, end)
    if cue is None:
        return None
    position, words, last_end = cue.end(), [], None
    while len(words) < 4:
        match = WORD_RE.match(text, position)
        if match is None or stop(match.group(1).lower()):
            break
        words.append(match.group(1).lower())
        last_end = match.end(1)
        position = match.end()
    if not words or len(words) > 3 or last_end is None:
        return None
    joined = JOINED_RE.match(text, last_end)
    if joined is not None and not stop(joined.group(1).lower()):
        if not END_RE.match(text, joined.end()):
            return None   # "near meadows of| ...": a name going on, not seen whole
        last_end = position = joined.end()   # "near meadows of dan": a village's joining word and its last word
    if not END_RE.match(text, last_end):
        following = NEXT_RE.match(text, position)
        if following is None or position == last_end or not (following.group().isdigit() or stop(following.group().lower())):
            return None   # "near bill's", "in colts neck-": the words go on
    bad = not_town_words()
    if any(word in bad or word in anchor_set() or len(word) < 3 for word in words) or words[0].endswith("ing"):
        return None
    return cue.end(), last_end


def add_road_towns(doc: Doc, text: str, confidence: float) -> None:
    if lower_words(doc).isdisjoint(CUES):
        return   # the cheap gate
    places = read(doc, LOCATIONS)
    taken = [(s, e) for s, e, _ in places]
    added = []
    for _, end, value in places:
        if not road(value):
            continue
        found = town_after(text, end)
        if found is not None and not overlaps(found[0], found[1], taken):
            added.append((found[0], found[1], text[found[0]:found[1]]))
            taken.append(found)
    if added:
        store_with_guesses(doc, LOCATIONS, places, added, confidence)

"""A US town written with its state code after a comma that follows the street: "5th and penn, reading pa,",
"hebron rd, heath oh, his mom". The town's name is often a common word ("reading", "heath") that no rule takes for
a town on its own, but a street, a comma, one or two words and a state code closing the clause is how a US
address is written. Runs after with_states (town_states.py) on English texts; gated on a state code in the text.
"""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc

from .doc_attrs import LOCATIONS, read
from .spans import lower_words, overlaps, scores_of, store, store_scores
from .town_states import codes

# the words that follow the place: a comma, one or two words, the code, then the clause ends
TOWN_CODE_RE = re.compile(r",[ ]+((?:[A-Za-z]+[ ]){1,2}([A-Za-z]{2}))(?=[ ]*(?:[,.;:!?]|$))")
# state codes that are common words even at a clause end ("shes ok", "its me", "ignore me"); "oh" is kept:
# "heath oh," after a street is the state
WORD_CODES = frozenset(("in", "or", "me", "hi", "ok", "id", "ma", "de", "la", "ne", "us"))


@lru_cache(maxsize=1)
def gate_codes() -> frozenset[str]:
    """The state codes that open the gate (not the common words), made once, not a new set on every text."""
    return codes()[0] - WORD_CODES


def add_comma_towns(doc: Doc, text: str, confidence: float) -> None:
    every = codes()[0]
    if lower_words(doc).isdisjoint(gate_codes()):
        return   # the cheap gate
    places = read(doc, LOCATIONS)
    taken = [(start, end) for start, end, _ in places]
    added = []
    dropped: set[tuple[int, int]] = set()
    for _, end, _ in places:
        match = TOWN_CODE_RE.match(text, end)
        if match is None or match.group(2).lower() not in every or match.group(2).lower() in WORD_CODES:
            continue
        words = match.group(1).lower().split()[:-1]
        if any(word in STOP_WORDS for word in words):
            continue
        inside = [(s, e) for s, e in taken if match.start(1) <= s and e <= match.end(1)]
        if overlaps(match.start(1), match.end(1), [span for span in taken if span not in inside]):
            continue
        dropped.update(inside)   # "cobb" found alone inside "cobb creek ga": the longer name replaces it
        added.append((match.start(1), match.end(1), match.group(1)))
    if not added:
        return
    places = [place for place in places if (place[0], place[1]) not in dropped]
    scores = scores_of(doc, LOCATIONS)
    for _, _, value in added:
        scores.setdefault(value, confidence)
    store_scores(doc, LOCATIONS, scores)
    store(doc, LOCATIONS, places + added)

"""A US town written with its state code after a comma that follows the street: "5th and penn, reading pa,",
"hebron rd, heath oh, his mom". The town's name is often a common word ("reading", "heath") that no rule takes for
a town on its own, but a street, a comma, one or two words and a state code closing the clause is how a US
address is written. Runs after with_states (town_states.py) on English texts; gated on a state code in the text.
Two more ways of writing it say the same: the text opening with the town ("luck wi, the tavern ...", "helen ga -
river rose") and a word that says where before one word and its code ("at interior sd with a rifle", "past wall sd
headed east", "outside jasper ar"); the code is checked as town_states.py checks it (not a plate's state, not Scots
"wi a").
"""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc

from .doc_attrs import LOCATIONS, read
from .spans import lower_words, overlaps, scores_of, store, store_scores
from .town_states import code_after, codes

# the words that follow the place: a comma, one or two words, the code, then the clause ends
TOWN_CODE_RE = re.compile(r",[ ]+((?:[A-Za-z]+[ ]){1,2}([A-Za-z]{2}))(?=[ ]*(?:[,.;:!?]|$))")
# state codes that are common words even at a clause end ("shes ok", "its me", "ignore me"); "oh" is kept:
# "heath oh," after a street is the state
WORD_CODES = frozenset(("in", "or", "me", "hi", "ok", "id", "ma", "de", "la", "ne", "us"))
# the text opens with one or two words, the code and a comma or dash: "luck wi, the tavern", "kansas city ks, 1400"
OPENING_RE = re.compile(r"[ ]*((?:[A-Za-z]{3,}[ ]){1,2}([A-Za-z]{2}))(?=[ ]*[,:;\-\u2013])")
# a word that says where, then one word and the code: "at interior sd with", "past wall sd headed east"
CUE_TOWN_RE = re.compile(r"\b(?:in|at|near|outside|by|past|through|around)[ ]+([A-Za-z]{3,})(?=[ ]([A-Za-z]{2})\b)",
                         re.IGNORECASE)
# words of a plate or a sentence, never a town before a code ("reg begins KY,", "tag was PA")
NOT_TOWN = frozenset(("tag", "tags", "plate", "plates", "reg", "registration", "begins", "starts", "started", "ends",
                      "said", "says", "was", "like", "something", "number"))
# Scots "wi" (with) goes on with the clause ("ballykinler wi kids"): found this way only at a clause end
CLAUSE_END_RE = re.compile(r"[ ]*(?:[,.;:!?\-\u2013]|$)")


def _found_by_code(text: str, taken: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """Towns named only by the state code after them: at the text's opening, or after a word that says where."""
    every = codes()[0]
    found = []
    opening = OPENING_RE.match(text)
    candidates = [(opening.start(1), opening.end(1) - 3)] if opening else []
    candidates += [(match.start(1), match.end(1)) for match in CUE_TOWN_RE.finditer(text)]
    starts = frozenset(start for start, _ in taken)
    for start, end in candidates:
        words = text[start:end].lower().split()
        code = text[end + 1:end + 3].lower()
        if code not in every or code in WORD_CODES or any(word in STOP_WORDS or word in NOT_TOWN for word in words):
            continue
        after = code_after(text, start, end, starts)
        if after is None or (code == "wi" and not CLAUSE_END_RE.match(text, after)):
            continue
        if not overlaps(start, after, taken):
            found.append((start, after, text[start:after]))
    return found


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
    added += _found_by_code(text, taken + [(start, end) for start, end, _ in added])
    if not added:
        return
    places = [place for place in places if (place[0], place[1]) not in dropped]
    scores = scores_of(doc, LOCATIONS)
    for _, _, value in added:
        scores.setdefault(value, confidence)
    store_scores(doc, LOCATIONS, scores)
    store(doc, LOCATIONS, places + added)

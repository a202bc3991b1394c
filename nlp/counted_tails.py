"""A place run on into a count: "lundin links 3 lassies", "cefneithin 3 nights now", "abercych 2nd floor flat",
also when the span holds what was counted too ("seamill 4 days"). The
tagger reads the number after a village as part of its name (a name can end in one: "route 14", "exit 163",
"pier 39"); when the next word is what was counted (a plural noun) or a floor, the number starts the next phrase.
The span is cut back to the name. A number after a word that numbers places (nlp/data/en/numbered_place_words.txt)
stays. Runs after the tagger on every English text; gated on a place ending in a digit or ordinal.
"""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc

from .doc_attrs import LOCATIONS, read
from .lexicon import word_list
from .spans import moved_fact, scores_of, store_with_scores

# the name, then a small count or an ordinal at the span's end
COUNT_END_RE = re.compile(r"^(?P<name>.*?(?P<before>[A-Za-z]+))\s+(?:\d{1,2}|\d{0,2}(?:1st|2nd|3rd|[04-9]th))$", re.IGNORECASE)
# what follows the count: a lower-case plural ("lassies", "nights", "lads") or a floor ("2nd floor")
# ("this", "his", "was", "has" are no plurals: "at glisan and 23rd this morning")
COUNTED_AFTER_RE = re.compile(r"\s+(?:[a-z]{2,}(?<![suia])s|floor|flr)\b")
# the count and what was counted both inside the span: "seamill 4 days", "porthleven 6 weeks" (stop 38)
COUNTED_IN_RE = re.compile(r"^(?P<name>.*?(?P<before>[A-Za-z]+))\s+\d{1,2}\s+[a-z]{2,}(?<![suia])s$")
# a corner's second street is a number: "nw glisan and 23rd", "main n 5th"
JOINERS = frozenset(("and", "n", "at", "y", "to"))


@lru_cache(maxsize=1)
def numbered_place_words() -> frozenset[str]:
    return word_list("en/numbered_place_words.txt")


def cut_counted_tails(doc: Doc, text: str) -> None:
    places = read(doc, LOCATIONS)
    if not any(value[-1:].isdigit() or value[-2:].lower() in ("st", "nd", "rd", "th") or COUNTED_IN_RE.match(value)
               for _, _, value in places):
        return   # the cheap gate
    scores = scores_of(doc, LOCATIONS)
    out = []
    for start, end, value in places:
        match = COUNT_END_RE.match(value)
        counted_in = match is None and COUNTED_IN_RE.match(value)
        if counted_in:
            match = counted_in
        if match is None or match.group("before").lower() in numbered_place_words() | JOINERS \
                or not (counted_in or COUNTED_AFTER_RE.match(text, end)):
            out.append((start, end, value))
            continue
        out.append(moved_fact(text, start, start + len(match.group("name")), value, scores))
    if out != places:
        store_with_scores(doc, LOCATIONS, out, scores)

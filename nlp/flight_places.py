"""Where a flight went or came from is no place of the tip (ANNOTATION.md: "flight BA 2491 from malaga", "my flight to
tenerife"): places.py drops a place right after "flight <number> from/to"; this reads the other ways a flight's end is
written: the flight word further back in the same clause ("flight delay ua 1182 to denver", "flight number FR 2291
heading to dublin"), and the verbs only a flight's end takes ("diverted to grand rapids", "we landed in bristol",
"vaping all the way to glasgow", "flew in from belfast"). An airport is where things happen ("cancelled at
manchester airport") and stays. Runs after the tagger on English texts; the gate is "flight" (or "flights") in the
text.
"""
from __future__ import annotations

import re

from spacy.tokens import Doc

from .doc_attrs import LOCATIONS, read
from .spans import lower_words, scores_of, store_with_scores

FLIGHT_WORDS = frozenset(("flight", "flights"))
# what stands right before the place: the flight word earlier in its clause, or a verb of a flight's end
# a word between the flight word and "to": a flight number or airline code, or a word of the flight's own going, never a
# pronoun or a verb of the tipster's ("after the flight I drove to leeds" is a place of the tip)
FILLER = (r"(?:[\w#]*\d[\w#]*|no\.?|number|delay(?:ed)?|cancelled|heading|headed|going|bound|back|home|out|straight|direct|"
          r"(?!(?:i|we|he|me|she|us|and|got|was|the|my)\b)[a-z]{2,3})")
FLIGHT_END_RE = re.compile(r"(?:\bflights?(?:\s+" + FILLER + r"){0,4}\s+(?:to|from|into)|\b(?:diverted|landed|landing|flew|flown|"
                           r"flying|touched\s+down)(?:\s+(?:in|back|out|home))?\s+(?:to|from|into|in|at)|"
                           r"\ball\s+the\s+way\s+(?:to|from))\s+$", re.IGNORECASE)
AIRPORT_RE = re.compile(r"\b(?:airport|terminal|international)$", re.IGNORECASE)


def without_flight_ends(doc: Doc, text: str) -> None:
    if lower_words(doc).isdisjoint(FLIGHT_WORDS):
        return   # the cheap gate
    places = read(doc, LOCATIONS)
    kept = [place for place in places
            if AIRPORT_RE.search(place[2]) or not FLIGHT_END_RE.search(text, max(0, place[0] - 70), place[0])]
    if kept != places:
        store_with_scores(doc, LOCATIONS, kept, scores_of(doc, LOCATIONS))

"""Welsh street and estate names after a house number, the head word first: "14 bro dawel", "9 tan y bryn",
"3 maes y dre". streets.py reads the Welsh street words ("heol", "ffordd", "stryd"); these heads ("bro", "maes",
"tan", "nant", "pen", "bryn"...) name closes and estates, and most are no English street word, so the rules cut
the name ("14 bro", "dawel") or miss it. The house number is the cue that an address follows; the name is one word
after an article ("y", "yr"), or one that no English word list knows ("dawel"), so "12 pen drive" or "3 bryn
avenue" (the English street rules') stay out. streets.find_welsh_streets finds them; join_welsh_estates (after
the tagger) joins one that the town rules cut in two.
"""
from __future__ import annotations

import re

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc

from .doc_attrs import LOCATIONS, read
from .lexicon import common_words
from .spans import lower_words, scores_of, store, store_scores
from .villages import known_words

HEAD_WORDS = ("bro", "bron", "maes", "tan", "nant", "pen", "bryn", "cae", "llys", "tyn", "dol", "pant", "glan", "plas",
              "rhes", "cwrt", "erw", "parc", "clos", "ael", "gwel", "min", "coed", "pentre", "tir")
ESTATE_RE = re.compile(r"(?<![\w/.:£$#-])\d{1,4}[a-z]?,?\s+(?P<head>" + "|".join(HEAD_WORDS) + r")\s+"
                       r"(?:(?P<article>y|yr)\s+)?(?P<name>[a-z][a-z'’]{2,})\b(?![-'’])", re.IGNORECASE)
# heads that are English words too ("20 min watchin", "a 5 pen set") count only with the article: "9 tan y bryn"
ARTICLE_HEADS = frozenset(("tan", "pen", "min", "pant", "dol", "tir", "coed", "parc", "clos"))
HEAD_GATE_RE = re.compile(r"\d,?\s+(?:" + "|".join(HEAD_WORDS) + r")\s", re.IGNORECASE)
HEAD_SET = frozenset(HEAD_WORDS)


def may_hold_estate(text: str, present: frozenset[str] | None) -> bool:
    """The cheap gate: a number right before a head word. In an ASCII text a head the gate regex matches is one of
    the text's lower-case letter runs (`present`, spans.lower_words), so a set test vetoes most texts before the
    regex; a text with other characters ("ſ" matches "s" ignoring case) always takes the regex."""
    if present is not None and text.isascii() and present.isdisjoint(HEAD_SET):
        return False
    return HEAD_GATE_RE.search(text) is not None


def find_welsh_estates(text: str, known: frozenset[str], present: frozenset[str] | None = None) -> list[tuple[int, int]]:
    """Each house number, head word and name (see the module's note), as one street span. `present`: the text's
    lower-case words (spans.lower_words), when the caller has them."""
    if not may_hold_estate(text, present):
        return []
    found = []
    for match in ESTATE_RE.finditer(text):
        name = match.group("name").lower()
        if name in STOP_WORDS or not match.group("article") and (
                match.group("head").lower() in ARTICLE_HEADS or name in known or name in common_words()):
            continue
        found.append((match.start(), match.end()))
    return found


def join_welsh_estates(doc: Doc, text: str) -> None:
    """Put back together an estate name that places.split_trailing_towns cut in two, reading its unknown name as
    a town after a street ("14 bro| dawel"): the places that together fill one estate's span become that span."""
    present = lower_words(doc)
    if not may_hold_estate(text, present):
        return   # the cheap gate
    estates = find_welsh_estates(text, known_words(), present)
    if not estates:
        return
    places = read(doc, LOCATIONS)
    scores = scores_of(doc, LOCATIONS)
    for start, end in estates:
        inside = [place for place in places if start <= place[0] and place[1] <= end]
        if len(inside) < 2 or min(p[0] for p in inside) != start or max(p[1] for p in inside) != end:
            continue
        value = text[start:end]
        scores[value] = min(scores.get(p[2], 0.9) for p in inside)
        places = [p for p in places if p not in inside] + [(start, end, value)]
        for part in inside:
            if all(p[2] != part[2] for p in places):
                scores.pop(part[2], None)
    store_scores(doc, LOCATIONS, scores)
    store(doc, LOCATIONS, places)

"""A shop named by the car park it has: "in the reasors lot", "behind the hollingers parking lot", "at the Petes
Market lot". A tipster writes "the <name> lot" for a local grocery or filling station no chains list knows; the
name is the place (ANNOTATION.md: a shop drops "the"). Only a name that says it is one: a word no word list knows
("reasors", "kwiktrak", "stop-n-save") or capitals in a lower-case-free text ("Petes Market"); never a kind of lot
("the parking lot", "the church lot", "the overflow lot", "the staff car lot": common words, and the words of
nlp/data/en/shop_lot_not_names.txt). Runs after the tagger on English texts (town_tails.py), gated on " lot".
"""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc

from .doc_attrs import LOCATIONS, read
from .lexicon import lexicon, stop_words, word_list
from .spans import store_with_guesses
from .villages import known_words

SHOP_LOT_RE = re.compile(
    r"\b(?:in|at|behind|outside|by|from|across|round|around|thru|through|into|near|of|leaving|left|past)\s+the\s+"
    r"((?:[a-z0-9&'’.-]+\s+){0,2}?[a-z0-9&'’.-]+)\s+(?:(?:parking|parkin|car)\s+)?lot\b", re.IGNORECASE)
NAME_JOINERS = frozenset(("n", "&", "and", "a"))   # "pic n pay", "save a lot"


@lru_cache(maxsize=1)
def not_shop_names() -> frozenset[str]:
    return word_list("en/shop_lot_not_names.txt")


def name_like(name: str, text_is_lower: bool) -> bool:
    words = name.split()
    lowered = [w.lower().strip("'’") for w in words]
    if lowered[0] in stop_words() or lowered[-1] in stop_words() or any(w in not_shop_names() for w in lowered) \
            or any(w in stop_words() and w not in NAME_JOINERS for w in lowered):
        return False
    if name.lower() in lexicon()["chains"]:
        return True
    unknown = any(w.isalpha() and len(w) >= 4 and w not in known_words() and w.rstrip("s") not in known_words()
                  for w in (part.replace("'", "").replace("’", "") for part in lowered)) \
        or any("-" in w and not w.startswith("-") for w in lowered)   # "stop-n-save", "bi-lo"
    capitalised = not text_is_lower and all(w[0].isupper() or w.lower() in NAME_JOINERS for w in words)
    return unknown or capitalised


def add_shop_lots(doc: Doc, text: str, confidence: float) -> None:
    lowered = text.lower()
    if " lot" not in lowered:
        return   # the cheap gate
    text_is_lower = text == lowered or text.isupper()
    spans = [match.span(1) for match in SHOP_LOT_RE.finditer(text) if name_like(match.group(1), text_is_lower)]
    places = read(doc, LOCATIONS)
    # "in the parkin lot": a kind of lot is no place, though Parkin is a town in Arkansas
    kinds = [p for p in places if lowered[p[0]:p[1]] in not_shop_names() and lowered.startswith(" lot", p[1])]
    if not spans and not kinds:
        return
    places = [p for p in places if p not in kinds]
    # a place the rules found inside the name or as "the <name>" gives way to the name
    kept = [p for p in places if not any(s - 4 <= p[0] and p[1] <= e and text[p[0]:s].lower() in ("", "the ")
                                         for s, e in spans)]
    added = [(s, e, text[s:e]) for s, e in spans if not any(s < pe and ps < e for ps, pe, _ in kept)]
    if added or kinds:
        store_with_guesses(doc, LOCATIONS, kept, added, confidence)

"""British (and a few US) rivers named by "the" and the name alone, with nothing after that says so: "hangin over
the wensum, few of us", "the tay is roarin underneath", "fishin in the wear at daddry shield". named_waters.py
reads "the arun at pulborough" only for a name no dictionary knows and before a place; here the name is one of a
list (nlp/data/en/rivers.txt) and the text must speak of water (a bridge, fishing, the bank...), so "the wear and
tear" or "the trent" as a team stays out. The name ends where a function word or a stop follows: "the tyne
bridge", "the taff trail" are the rules' places of their own. ANNOTATION.md keeps "the" before a one-word name.
Runs after the tagger, on English texts; the gates are a water word and a listed name.
"""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc

from .doc_attrs import LOCATIONS, read
from .lexicon import word_list
from .spans import lower_words, scores_of, store_with_scores

WATER_RE = re.compile(r"\b(?:bridges?|footbridge|parapet|water|banks?|riverbank|fishin[g']?|fish|salmon|poach\w*|swim\w*|"
                      r"drown\w*|weir|towpath|canoe\w*|kayak\w*|boats?|flood\w*|roarin[g']?|underneath|current|waters|rivers?|"
                      r"swept|sandbar|tub(?:in[g']?|ers?)|raft\w*|paddl\w*|wad(?:e|in[g']?))\b",
                      re.IGNORECASE)
# The gate's words again, as a set of the letter runs it matches whole and the stems it matches the start of, so an
# ASCII text is vetoed by a set test and a few substring tests before the caseless regex (may_speak_of_water)
WATER_WORDS = frozenset("bridge bridges footbridge parapet water bank banks riverbank fishin fishing fish salmon weir "
                        "towpath boat boats roarin roaring underneath current waters river rivers swept sandbar "
                        "tubin tubing tuber tubers wade wadin wading".split())
WATER_STEMS = ("poach", "swim", "drown", "canoe", "kayak", "flood", "raft", "paddl")
THE_NAME_RE = re.compile(r"\bthe\s+([a-z]{2,})\b(?![-'’])", re.IGNORECASE)
# what may follow the name: the end of a clause or a function word ("the tweed below", "the tay is")
PLACE_WORDS_AFTER = frozenset("near underneath beside past".split())   # not spaCy stop words
NAME_END_RE = re.compile(r"\s*(?:[,.!?;:)]|\s[-\u2013]\s|$)|\s+([a-z']+)", re.IGNORECASE)


@lru_cache(maxsize=1)
def river_names() -> frozenset[str]:
    return frozenset(word.lower() for word in word_list("en/rivers.txt"))


def find_listed_rivers(text: str) -> list[tuple[int, int]]:
    found = []
    for match in THE_NAME_RE.finditer(text):
        if match.group(1).lower() not in river_names():
            continue
        after = NAME_END_RE.match(text, match.end())
        word = (after.group(1) or "").lower() if after else ""
        if after is None or word == "and" or (word and word not in STOP_WORDS and word not in PLACE_WORDS_AFTER):
            continue   # "the tyne bridge", "the calder and hebble navigation": a longer name the rules read
        found.append((match.start(), match.end()))
    return found


def may_speak_of_water(text: str, present: frozenset[str]) -> bool:
    """Whether WATER_RE finds a water word in `text`. In an ASCII text a word it matches is one of the text's
    lower-case letter runs (`present`, spans.lower_words) or starts one with a stem, so most texts are answered
    without the regex; a text with other characters ("ſ" matches "s" ignoring case) always takes it."""
    if text.isascii() and present.isdisjoint(WATER_WORDS):
        lowered = text.lower()
        if not any(stem in lowered for stem in WATER_STEMS):
            return False
    return WATER_RE.search(text) is not None


def add_listed_rivers(doc: Doc, text: str, confidence: float) -> None:
    """Each listed river not inside or across a place already found is added, as a guess (`confidence`)."""
    if not may_speak_of_water(text, lower_words(doc)):
        return   # the cheap gate: most texts speak of no water
    rivers = find_listed_rivers(text)
    if not rivers:
        return
    places = read(doc, LOCATIONS)
    # the name already found without its "the" ("on the wye by monmouth" gave "wye") takes it back
    names = {(e - len(text[s:e].split()[-1]), e): (s, e) for s, e in rivers}
    widened = [(*names[(ps, pe)], text[names[(ps, pe)][0]:pe]) if (ps, pe) in names else (ps, pe, value)
               for ps, pe, value in places]
    added = [(s, e, text[s:e]) for s, e in rivers if not any(s < pe and ps < e for ps, pe, _ in widened)]
    if not added and widened == places:
        return
    scores = scores_of(doc, LOCATIONS)
    for (_, _, value), (_, _, new_value) in zip(places, widened):
        if value != new_value and value in scores:
            scores.setdefault(new_value, scores[value])
    for _, _, value in added:
        scores.setdefault(value, confidence)
    store_with_scores(doc, LOCATIONS, widened + added, scores)

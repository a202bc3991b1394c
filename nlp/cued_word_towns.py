"""A listed town whose name is also a word or a first name, after a place cue other than "in" and closing its
clause: "parked at bray every night", "mugged near sandy last night", "kids stoning cars just past battle",
"moving to mobile next month", "south of liberty theres a car on fire"; or after a street and a comma: "fight on
high st, bray right now". nlp/in_town_ends.py reads "in <word>"; towns.py asks this for an ambiguous one-word name
only, after its other checks.

What the word is when it is not the town: an activity, an institution, a time, an idea, a colour or a person
("at church every sunday", "from home", "around sunset", "at peace", "a text from mark": those words are in
nlp/data/en/cued_town_not_words.txt); "to" and "from" are a town's only after a word of going ("moving to",
"drove back from"), never "wants to settle", "sent it to paul".
"""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc

from .in_town_ends import CLAUSE_END_WORDS, covered_in_words
from .lexicon import lexicon, stop_words, word_list
from .street_names import anchor_words
from .villages import TIME_WORDS, end_char

# cues that put what follows at a place ("at", "near", "past" ...); "in" is in_town_ends.py's
PLACE_CUES = frozenset("at near nr outside past towards toward through thru around round behind beyond leaving".split())
# "south of liberty", "outskirts of rye": "of" after these is a place cue
OF_HEADS = frozenset("north south east west outskirts edge side".split())
# "to" and "from" after a word of going or coming
GOING_WORDS = frozenset(
    "go goes going gone went head heads heading headed drive drove driving driven move moved moving ride riding rode "
    "walk walked walking run ran running back way came come coming comes travel travelled traveled bound trip train "
    "bus lift commute all".split())
WAY_OWNERS = frozenset("my his her their our your the on".split())
# what closes the clause after the town, beside punctuation, the end and in_town_ends' time words: "right now",
# "every night", "again", or a new clause ("theres", "i", "but")
CLOSING_WORDS = CLAUSE_END_WORDS | frozenset(
    "right now rn atm every all again since lately recently overnight tonite earlier "
    "there theres there's i im i'm he she they we someone somebody but so cos coz because "
    # ... or what is done there: "the lads at bray are selling", "a woman near hale was grabbed"
    "is are was were has have had got gets keep keeps never".split())
# "at <town> at 9", "round <town> about midnight": a clock time after the town closes it too
CLOCK_CUES = frozenset(("at", "about", "around"))
CLOCK_WORDS = frozenset("noon midnight night dawn dusk lunchtime teatime".split())
# "gang from leek", "a bloke from deal": where people come from
FROM_PEOPLE = frozenset("lad lads gang guy guys bloke blokes kids family man men woman women fella fellas girl girls "
                        "boy boys people folk lot".split())


@lru_cache(maxsize=1)
def not_town_words() -> frozenset[str]:
    return word_list("en/cued_town_not_words.txt")


@lru_cache(maxsize=1)
def idiom_words() -> frozenset[str]:
    return word_list("en/cued_town_idiom_words.txt")


def closes_clause(doc: Doc, end: int) -> bool:
    if end == len(doc) or doc[end].is_punct or doc[end].lower_ in CLOSING_WORDS:
        return True
    if doc[end].lower_ == "and":   # "outside ware and nobody comes"; not a corner: "at lamar and airways"
        return end + 1 < len(doc) and doc[end + 1].lower_ in stop_words()
    if doc[end].lower_ in CLOCK_CUES and end + 1 < len(doc):
        after = doc[end + 1].lower_
        return after[:1].isdigit() or after in CLOCK_WORDS
    return False


def cued_word_town(doc: Doc, index: int, end: int, location_ends: set[int]) -> bool:
    """doc[index:end] is one listed, ambiguous word: a town after a place cue or a street and comma, closing its
    clause."""
    if end != index + 1 or index == 0 or not closes_clause(doc, end):
        return False
    word = doc[index].lower_
    if word in TIME_WORDS or word in lexicon()["in_phrase_words"] or word in stop_words():   # "came from over there"
        return False
    cue = doc[index - 1].lower_
    before = doc[index - 2].lower_ if index >= 2 else ""
    if cue == "of" and before in OF_HEADS:
        return True
    if cue == "," and index >= 2 and end_char(doc[index - 2]) in location_ends \
            and before.rstrip(".") in anchor_words()[0]:
        return word not in not_town_words()   # "red car on station rd, sandy"
    if word in not_town_words():
        return False
    if cue == "in":   # "in wool again", "in normal rn": in_town_ends.py's, with these closing words too
        return before not in covered_in_words()
    if word in idiom_words():
        return False   # "kept at bay", "back to normal"
    if before == "way" and (index < 3 or doc[index - 3].lower_ not in WAY_OWNERS):
        return False   # "on my way to butte", not "no way to deal"
    return cue in PLACE_CUES or (cue in ("to", "from") and before in GOING_WORDS) \
        or (cue == "from" and before in FROM_PEOPLE)

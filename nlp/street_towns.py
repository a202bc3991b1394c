"""The town texted right after a street, with no comma and no "in": "9 acre road hove", "on mill lane
kettleby for an hour", "1200 e main st mesa, ...". The street is found by the street rules; the town after it
is found here (places.py adds it as a village-kind guess, or a town when the gazetteer holds it).
"""
from __future__ import annotations

import re

from .lexicon import gazetteer, lexicon, stop_words
from .villages import TIME_WORDS, compound, known_words

# up to three lower-case words right after the street: the town is the longest listed name among them, or the first
# word alone when no list knows it
AFTER_RE = re.compile(r" ([a-z][a-z'\-]+)(?: ([a-z][a-z'\-]+))?(?: ([a-z][a-z'\-]+))?")
CLAUSE_END_RE = re.compile(r"\s*(?:[,.;:!?()]|$)")
DIRECTIONS = frozenset("n s e w ne nw se sw north south east west".split())
# Words after which a town's clause has ended: "hove for 3 days", "mesa who yells", "knott end every evening"
# ("to" is not one: "st michaels hill sells to kids")
CLAUSE_WORDS = frozenset("for and but who which where when while as at on in near by every this last all again since "
                         "till until right rn about around most please pls asap".split())
# A pronoun or a contracted one starts the next clause: "14 Station Square dolgarrog theres 2 kids", "16 Roe Terrace
# cappagh thats all over facebook" (the town ends where the tipster goes on to say what happens there)
CLAUSE_WORDS |= frozenset("i im ive he hes she shes they theyre we its theres thats there".split())
# Welsh streets put the street word first ("3 Heol Gwynfor henryd", "31 Ffordd Las"): the town follows the name
WELSH_HEADS = frozenset("heol lon ffordd stryd rhodfa teras".split())
AREA_WORDS = frozenset("hill cross hole oak green common heath end vale wood marsh moor".split())


def towns_after_streets(text: str, spans: list[tuple[int, int]], street_words: frozenset[str]) -> list[tuple[int, int]]:
    """For each street span (ending in a street word, perhaps and a direction: "9th st sw"), the town right after
    it: a listed name (an unambiguous one anywhere; one that is also a common word, "hove", "mesa", only when its
    clause ends after it) or one lower-case word no dictionary or list knows ("keyham"), when its clause ends
    after it ("on mill lane tryin doors" and "on oak road yesterday" stay the street alone)."""
    places = gazetteer()
    found = []
    for start, end in spans:
        words = text[start:end].lower().split()
        if len(words) < 2:
            continue
        last = words[-1] if words[-1] not in DIRECTIONS else words[-2]
        if last.rstrip(".") not in street_words and not welsh_street(words):
            continue
        match = AFTER_RE.match(text, end)
        if match is None:
            continue
        names = [w for w in match.groups() if w]
        if last.rstrip(".") == "st" and ("st " + names[0] in places or f"{words[-2]} st {names[0]}" in places):
            continue   # "snelling ave st paul": the "st" is the town's saint (a common word after "st" is not
                       # taken either: "holbeach st marks")
        for size in range(len(names), 0, -1):
            name = " ".join(names[:size])
            name_end = match.start(1) + len(name)
            ambiguous = places.get(name)
            if name in place_words():
                break   # "16th st bridge", "mill lane junction": a part of the street
            if size == 2 and names[1] in AREA_WORDS and unknown_word(names[0]):
                ambiguous = None   # "shore road knott end": a name no list knows and an area word
            ends_clause = clause_ends(text, name_end)
            if (ambiguous is False and (size > 1 or ends_clause or names[0] not in known_words())) \
                    or (ambiguous and ends_clause and names[0] not in TIME_WORDS and words[-1].rstrip(".") != "st") \
                    or (ambiguous is None and ends_clause and unknown_word(names[0])
                        and (size == 1 or (size == 2 and (names[1] in AREA_WORDS or second_word(names[1], text, name_end))))):
                found.append((match.start(1), name_end))
                break
    return found


def welsh_street(words: list[str]) -> bool:
    """"3 heol gwynfor", "ffordd las": the street word first, after a house number perhaps."""
    head = words[1] if words[0][:1].isdigit() and len(words) > 2 else words[0]
    return head in WELSH_HEADS


def second_word(word: str, text: str, end: int) -> bool:
    """"9 cotes rd woodhouse eaves": a dictionary word of four letters or more after a name no list knows, ending
    the text or a clause, is the name's second word (not "thurso please", "sandbach again", "albany ga")."""
    return len(word) >= 4 and word in known_words() and word not in stop_words() \
        and word not in lexicon()["not_place_endings"] and bool(re.match(r"\s*(?:[,.!]|$)", text[end:end + 3]))


def clause_ends(text: str, end: int) -> bool:
    """The end of the text, a punctuation mark or a function or time word after `end` ("hove for 3 days")."""
    if CLAUSE_END_RE.match(text, end):
        return True
    following = re.match(r"\s+([a-z]+)\b", text[end:end + 20])
    return following is not None and (following.group(1) in CLAUSE_WORDS or following.group(1) in TIME_WORDS
                                      or following.group(1) in lexicon()["not_place_endings"])   # "overnight", "now"


def place_words() -> frozenset[str]:
    """"bridge", "junction", "park": words that end a street's or a place's name rather than name a town."""
    return lexicon()["place_nouns"] | lexicon()["place_types"]


def unknown_word(word: str) -> bool:
    """A word no dictionary or list knows, not a dropped-g verb ("tryin") or a plural or compound of known words."""
    known = known_words()
    return len(word) >= 5 and word.isalpha() and word not in known and word not in TIME_WORDS \
        and not (word.endswith("in") and word + "g" in known) and not (word.endswith("s") and word[:-1] in known) \
        and not compound(word, known)


COMMA_NAME_RE = re.compile(r", ([a-z][a-z'\-]{3,})(?: ([a-z][a-z'\-]{2,}))?(?=\s*(?:[,.!?:;]|$))")
# one word after the comma whose clause goes on with a word of when: "wilton rd, hockwold every night" (not "and"
# or "all": "the cowley marsh allotments, strimmers and a mower", "on mardle st, theyve all gone")
COMMA_WORD_RE = re.compile(r", ([a-z][a-z'\-]{3,}) ([a-z]+)\b")
WHEN_WORDS = frozenset("every since last right rn till until overnight tonight today yesterday".split())


# Spanish function words: in a Spanish text two words no English list knows after a comma are Spanish ("en
# la zaragoza rd, ahorita mismo", "yarbrough dr, cada viernes"), not a town
SPANISH_WORDS = frozenset("de la el en que y por con una los las del se es".split())


def towns_after_commas(text: str, spans: list[tuple[int, int]], present: frozenset[str] = frozenset()) -> list[tuple[int, int]]:
    """"the fishery inn, boxmoor, keys still in it": one lower-case word no dictionary or list knows, between a
    place's comma and the next punctuation mark, the end or a word of when ("north rd, lydford: ...",
    "wilton rd, hockwold every night"), is the place's town or area (a guess); so are two words no list
    knows, one of them unknown to the dictionary too ("31 ffordd las, glan conwy, nain ..."), in an English text
    (`present`: its lower-case words)."""
    found = []
    for _, end in spans:
        match = COMMA_NAME_RE.match(text, end)
        if match is None:
            word = COMMA_WORD_RE.match(text, end)
            if word is not None and unknown_word(word.group(1)) and word.group(1) not in CLAUSE_WORDS \
                    and (word.group(2) in WHEN_WORDS or word.group(2) in TIME_WORDS):
                found.append(word.span(1))
            continue
        first, second = match.group(1), match.group(2)
        if second is None and unknown_word(first):
            found.append(match.span(1))
        elif second is not None and len(present & SPANISH_WORDS) < 2 and first not in known_words() and second not in known_words() \
                and (unknown_word(first) or unknown_word(second)):
            found.append((match.start(1), match.end(2)))   # "31 ffordd las, glan conwy,": two words no list knows
    return found

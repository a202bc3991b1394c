"""Rivers, lakes, canals, paths and parks: "River Brue", "Kennet and Avon Canal", "Bristol to Bath cycle path",
"the river sheppey", "in kelvingrove park", "by the podimore roundabout", and the paths people name without
a name ("the cycle path").

Features are named by their kind word (river, canal, trail, ...) rather than a street word, so they need
none of the street-name reading; a lower-case name must hold a word no dictionary knows, a gazetteer name
or a number.
"""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.lang.en.stop_words import STOP_WORDS

from .lexicon import gazetteer, lexicon, vehicle_words, word_list
from .named_places import NOT_LANDMARK_NAMES
from .villages import known_words

FEATURE_WORDS = ("River", "river", "Lake", "lake", "Loch", "Mount", "Canal")
FEATURE_RE = re.compile(r"\b(?:[Rr]iver|[Ll]ake|Loch|Mount|Canal)\s+(?:[A-Z][a-z]+)(?:\s+[A-Z][a-z]+)?")
# "Kennet and Avon Canal", "Bristol to Bath cycle path", "Schuylkill River Trail": capitalised names (two joined
# by and/to/&) before a canal or path word, in any case.
NAMED_FEATURE_RE = re.compile(
    r"\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?(?:\s+(?:and|to|&)\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)?\s+"
    r"(?i:canal|cycle\s+path|cycleway|cycle\s+track|railway\s+path|bike\s+path|bike\s+trail|trail|towpath|tow\s+path|"
    r"greenway|footpath|bridleway|nature\s+reserve|country\s+park|reservoir)\b")
TOWPATH_RE = re.compile(r"\s+(?i:towpath|tow\s+path)$")
CANAL_BEFORE_RE = re.compile(r"(?i:canal)$")
NAMED_FEATURE_WORDS = frozenset("canal path cycleway trail track towpath greenway footpath bridleway reserve park reservoir".split())


def find_features(text: str, words: frozenset[str] | None = None) -> list[tuple[int, int]]:
    """Rivers, lakes and canals named first ("River Brue"), names before a canal or path word ("Kennet and
    Avon Canal", "Bristol to Bath cycle path") and the paths people name without a name ("the cycle path").
    `words`: the text's lower-case words (spans.lower_words), to skip the named-feature regex when no
    canal or path word is there."""
    lowered = text.lower()
    capital = lowered != text  # both regexes below need a capital letter ([A-Z] changes when lower-cased)
    found = [m.span() for m in FEATURE_RE.finditer(text) if not text_is_upper_word(m.group())] \
        if capital and any(word in text for word in FEATURE_WORDS) else []
    if capital and not text.isupper() and (words is None or not words.isdisjoint(NAMED_FEATURE_WORDS)):
        for match in NAMED_FEATURE_RE.finditer(text):
            first = match.group().split()[0].lower()
            if first not in STOP_WORDS and first not in lexicon()["place_cues"]:
                start, end = match.span()
                trailing = TOWPATH_RE.search(match.group())
                if trailing and CANAL_BEFORE_RE.search(match.group(), 0, trailing.start()):
                    end = start + trailing.start()  # "Leeds and Liverpool Canal towpath": the canal is the place
                found.append((start, end))
    if words is None or not words.isdisjoint(LOWER_FEATURE_WORDS):
        found.extend(find_lower_features(text))
    last_words = generic_last_words()
    if "the " not in lowered or (words is not None and last_words is not None and words.isdisjoint(last_words)):
        return found  # a phrase found below ends its word: its last word is one of the text's words
    for phrase in lexicon()["generic_features"]:
        index = lowered.find(phrase)
        while index >= 0:
            end = index + len(phrase)
            if (index == 0 or not lowered[index - 1].isalnum()) and (end == len(lowered) or not lowered[end].isalnum()):
                found.append((index, end))
            index = lowered.find(phrase, end)
    return found


# Features written in lower case: "river" and a name ("the river sheppey"), or a name before a feature word after a
# place preposition ("in kelvingrove park", "by the podimore roundabout", "the forth and clyde canal", "across the
# cleddau bridge", "below aysgarth falls"), and a name before river, lake or creek as US and many British waters are
# written ("into the yazoo river", "by siblyback lake").
LOWER_FEATURE_WORDS = frozenset("river park roundabout canal trail services monument bridge bay falls path beach lake reservoir "
                                "creek locks forest dam".split())


@lru_cache(maxsize=None)
def not_river_names() -> frozenset[str]:
    """nlp/data/en/not_river_names.txt: words after "river" that name no river ("river bank", "the river rose")."""
    return word_list("en/not_river_names.txt")


def dropped_g_verb(word: str) -> bool:
    """"holdin", "risin": a verb written without its g ("still in the river holdin a branch"), no river's name."""
    return word.endswith("in") and word + "g" in known_words()
LOWER_RIVER_RE = re.compile(r"\briver\s+([a-z]{3,})\b")
LOWER_NAMED_FEATURE_RE = re.compile(
    r"\b(?:at|in|on|by|near|outside|along|to|from|behind|past|round|around|off|up|down|over|across|above|below|beside|"
    r"under|opposite|onto|into|through|thru)\s+(?:the\s+)?"
    r"(?P<name>[a-z0-9][a-z0-9'’-]*(?:\s+(?:and\s+)?[a-z][a-z'’-]*)?)\s+"
    r"(?P<kind>park|roundabout|canal|trail|services|monument|bridge|bay|falls|path|beach|river|lake|reservoir|creek|locks|"
    r"forest|dam)\b")


def find_lower_features(text: str) -> list[tuple[int, int]]:
    """Rivers and named parks, roundabouts, canals, trails, services and monuments written in lower case. The
    name must hold a word no dictionary knows, a gazetteer name or a number ("606 trail"): "the car park",
    "the skate park" are no names."""
    known = known_words()
    places = gazetteer()
    found = []
    for match in LOWER_RIVER_RE.finditer(text):
        name = match.group(1)
        if name not in STOP_WORDS and name not in not_river_names() and not dropped_g_verb(name) and \
                name not in lexicon()["place_cues"]:
            # ("the looking glass river near dewitt": "near" starts the next place, it names no river)
            found.append(match.span())
    for match in LOWER_NAMED_FEATURE_RE.finditer(text):
        names = [w for w in match.group("name").split() if w != "and"]
        if " and " in match.group("name") and match.group("kind") != "canal":
            continue  # "and" joins the two names of a canal ("forth and clyde canal"), nothing else here
        if any(w in STOP_WORDS for w in names) or names[0] in NOT_LANDMARK_NAMES:
            continue   # "the old stone bridge": a description ("stone" is a town too), not a name
        if any(w.isdigit() or w in places or (len(w) >= 4 and w.isalpha() and w not in known
                                               and w not in vehicle_words()) for w in names):
            found.append((match.start("name"), match.end("kind")))
    return found


@lru_cache(maxsize=None)
def generic_last_words() -> frozenset[str] | None:
    """The last word of each generic feature phrase ("the cycle path" -> "path"): a text holds a phrase only if it
    holds that word (as spans.lower_words reads words: runs of a-z). None (no such test) if a phrase ends otherwise."""
    phrases = lexicon()["generic_features"]
    if not all(re.search(r"(?:^|[^a-z])[a-z]+$", phrase) for phrase in phrases):
        return None
    return frozenset(re.findall(r"[a-z]+", phrase)[-1] for phrase in phrases)


def text_is_upper_word(value: str) -> bool:
    return value.isupper()

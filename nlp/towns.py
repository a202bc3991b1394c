"""Towns and villages from the offline gazetteer (nlp/data/places_*.txt, GeoNames).

A name counts when it is capitalised or follows a place cue ("in", "near", ...);
an ambiguous name ("Reading", "Bath", "Jackson") needs both. The names are found by
the one PhraseMatcher pass in cues.py; this module only judges them.
"""
from __future__ import annotations

from functools import lru_cache

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc

from .cued_word_towns import cued_word_town
from .doc_attrs import GAZETTEER_NAMES, LOCAL_NAMES, STRONG_CUE_WORDS, read
from .in_town_ends import town_closing_in_clause
from .lexicon import common_words, gazetteer, lexicon, stop_words, vehicle_words
from .spans import lower_words, text_of
from .street_names import anchor_words
from .town_facilities import facility_after_re
from .town_states import codes, never_word_codes
from .villages import TIME_WORDS, end_char, known_words, name_ends_here  # noqa: F401 (TIME_WORDS: read from here too)

FUNCTION_WORDS = frozenset("the a an and or but is was i i'm im he she they we it".split())
TIME_UNITS = frozenset("mins minutes min hours hrs hour days nights weeks ago am pm secs".split())
# "behind me since golspie", "circling over twin falls": cues of a route or a view, for a listed name only
ROUTE_CUES = frozenset(("since", "over"))
STATE_HINT_FOLLOWERS = frozenset("tag tags plate plates reg registration".split())


@lru_cache(maxsize=None)
def first_words() -> frozenset[str]:
    return frozenset(name.split()[0].split("-")[0] for name in gazetteer())


def is_capitalised(tokens, text_is_upper: bool) -> bool:
    if text_is_upper or not tokens[0].text[0].isupper():
        return False
    return all(not t.is_alpha or t.text[0].isupper() or t.lower_ in ("upon", "on", "le", "de", "the", "in")
               for t in tokens)


def joined_end(doc: Doc, end: int) -> int:
    """Lower-case joiners between capitalised words belong to one name: "Burnham on Sea",
    "Stow on the Wold", "Bradford-on-Avon". Returns the new end, or `end` when no name follows."""
    joiners = lexicon()["name_joiners"]
    index = end
    while index < len(doc) and index - end < 3 and (doc[index].lower_ in joiners) and not doc[index].is_title:
        index += 1
    if index > end and index < len(doc) and doc[index].is_alpha and doc[index].is_title \
            and doc[index].lower_ not in TIME_WORDS:
        return index + 1
    if index == end and end + 1 < len(doc) and doc[end].lower_ == "in" and doc[end + 1].is_alpha \
            and doc[end + 1].is_title and unknown_name_word(doc[end + 1].lower_) \
            and doc[end - 1].lower_.rstrip(".") not in street_words():
        return end + 2  # "Clapton in Gordano": "in" joins a name no list knows, never after a street ("Grove Road
                        # in Fishponds" and "Tesco in Keynsham" are two places)
    return end


@lru_cache(maxsize=None)
def street_words() -> frozenset[str]:
    """Street and place words ("road", "st", "park"): a name that ends in one is a street, not a village."""
    words = lexicon()["street_suffixes"] | lexicon()["ambiguous_street_suffixes"] | lexicon()["place_types"]
    return frozenset(word.rstrip(".") for word in words)


def unknown_name_word(lowered: str) -> bool:
    """A word that is in no dictionary, word list or gazetteer ("gordano")."""
    return len(lowered) >= 4 and lowered not in known_words() and lowered not in gazetteer() \
        and lowered not in TIME_WORDS and lowered not in vehicle_words()


def extend_name(doc: Doc, end: int) -> int:
    """A known name followed by more capitalised words is the start of a longer, unlisted one:
    "Temple Cloud", "Bishop Sutton", "Bristol Temple Meads"; joiners too ("Burnham on Sea")."""
    for _ in range(3):
        if end >= len(doc):
            break
        joined = joined_end(doc, end)
        if joined > end:
            end = joined
            continue
        token = doc[end]
        lowered = token.lower_
        named = lowered in lexicon()["capitalised_name_words"]
        if not (token.is_alpha and token.is_title) or lowered in FUNCTION_WORDS \
                or (lowered in lexicon()["place_cues"] and not named) \
                or lowered in vehicle_words() or lowered in TIME_WORDS:
            break
        end += 1
    return end


# Words that make a lower-case known name a longer one: "barton hill", "charing cross", "wookey hole", "selly oak".
AREA_WORDS = frozenset("hill cross hole oak green common heath end vale wood marsh moor".split())
# ... and after a one-word name only: "langley mill", "yuma county" (not "sowerby bridge mill").
ONE_WORD_AREA_WORDS = frozenset(("mill", "county"))


def area_end(doc: Doc, end: int, one_word: bool = False) -> int:
    """A lower-case gazetteer name followed by an area word that ends the name ("in barton hill on saturday"), or by
    a joiner that only names take and a word ("hutton le hole", "sutton on sea": a longer name no list has)."""
    if end + 1 < len(doc) and doc[end + 1].is_alpha and doc[end + 1].is_lower and name_ends_here(doc, end + 2) and (
            doc[end].lower_ in ("le", "upon") or (doc[end].lower_ == "on" and doc[end + 1].lower_ == "sea")):
        return end + 2
    if end < len(doc) and (doc[end].lower_ in AREA_WORDS or (one_word and doc[end].lower_ in ONE_WORD_AREA_WORDS)) \
            and doc[end].is_lower and name_ends_here(doc, end + 1):
        return end + 1
    return end


def name_before(doc: Doc, index: int) -> int:
    """A listed name after capitalised words that follow a place cue is the end of a longer, unlisted one:
    "at Stokes Croft", "on Filwood Broadway" (Croft and Broadway are villages elsewhere)."""
    cues = lexicon()["place_cues"]
    first = index
    while first > 0 and index - first < 2:
        token = doc[first - 1]
        lowered = token.lower_
        if not (token.is_alpha and token.is_title) or lowered in FUNCTION_WORDS or lowered in cues \
                or lowered in stop_words() or lowered in vehicle_words() or lowered in TIME_WORDS:
            break
        first -= 1
    if first < index and first > 0 and doc[first - 1].lower_ in cues:
        return first
    return index


def find_towns(doc: Doc, location_ends: set[int]) -> list[tuple[int, int]]:
    """Gazetteer names found by the cue matcher (cues.py, doc._.gazetteer_names), longest first at
    each start, left to right; a name that is accepted hides the names that start inside it."""
    matches: dict[int, list[int]] = {}
    for start, end in read(doc, GAZETTEER_NAMES):
        matches.setdefault(start, []).append(end)
    if not matches:
        return []
    places = gazetteer()
    starts = first_words()
    cues = lexicon()["place_cues"]
    text = text_of(doc)
    text_is_upper = text.isupper()
    found = []
    next_index = 0
    for index in sorted(matches):
        first = doc[index]
        if index < next_index or not first.is_alpha or first.lower_ not in starts:
            continue
        start = first.idx
        previous = doc[index - 1] if index else None
        if previous is not None and previous.lower_.rstrip(".") in PERSON_TITLES:
            continue  # "Mr Evans": a person (Evans is a town in Colorado)
        cue = previous is not None and (
            previous.lower_ in cues
            or (previous.text == "," and previous.idx in location_ends)
            or end_char(previous) in location_ends  # "14 Mill Lane Bath"
            or (previous.lower_ == "and" and index >= 3 and doc[index - 3].lower_ == "between")  # "between Priddy and Wells"
        )
        after_comma = previous is not None and previous.text == ","
        route_cue = previous is not None and previous.lower_ in ROUTE_CUES
        heading = index == 0 and len(doc) > 2   # "brechin, flat 1, 12 clerk st ...": the text opens with where
        # "over llano tx", "circling galena ia": a state code that is no word after a name says it is the town
        coded = index + 1 < len(doc) and any(token.lower_ in never_word_codes() for token in doc[index + 1:index + 4])
        if not cue and not after_comma and not route_cue and not heading and not coded \
                and (text_is_upper or not first.text[0].isupper()):
            continue  # a name needs a capital or a cue before it (below): skip the lookups
        for end in sorted(matches[index], reverse=True):
            ambiguous = places.get(text[start:end_char(doc[end - 1])].lower())
            if ambiguous is None or (end == index + 1 and first.lower_ in lexicon()["not_places"]):
                continue   # "down at christmas", "on signal": the lexicon's not-places are no one-word town
            capitalised = is_capitalised(doc[index:end], text_is_upper)
            if first.lower_ == "the" and not capitalised:
                continue  # "round the village" is no town ("The Village", Oklahoma, is written so)
            following = doc[end].lower_ if end < len(doc) else ""
            after = doc[end + 1].lower_ if end + 1 < len(doc) else ""
            if following in STATE_HINT_FOLLOWERS or (following.isdigit() and len(following) < 5
                                                      and after not in TIME_UNITS):
                continue  # "Jersey tags" is a state hint, "Remington 870" a gun ("Yatton 2 nights ago" is a place)
            # "glass all over, cleveland": an unambiguous town alone after a comma, ending the text or a clause
            signed_off = after_comma and (end == len(doc) or doc[end].is_punct)
            # "88 ridgeview ct bend", "1640 w 7th ave eugene.": a town right after an address, ending the text or
            # a clause, is the address's town however common its name
            after_address = previous is not None and end_char(previous) in location_ends and previous.is_alpha \
                and previous.lower_ in anchor_words()[0] \
                and (end == len(doc) or doc[end].is_punct) and first.lower_ not in STOP_WORDS
            # "lime st in nelson", "on w main st in norman": a name the gazetteer holds, after a street and "in",
            # is the street's town however common the word ("a fight on high st in progress" is not)
            after_street_in = ambiguous and end == index + 1 and index >= 2 and previous.lower_ == "in" \
                and doc[index - 2].lower_.rstrip(".") in anchor_words()[0] \
                and first.lower_ not in TIME_WORDS and first.lower_ not in lexicon()["in_phrase_words"]
            # "cullen, man on the viaduct wall", "ramsgate harbour, a man in the water": an unambiguous town opening
            # the text, then a comma or a facility word, is where it happens
            # ... its state code between ("red cloud ne: a man selling")
            opens_text = heading and end < len(doc) and (
                doc[end].text in (",", ":", "-") or facility_after_re().match(text, end_char(doc[end - 1]))
                or (len(doc[end]) == 2 and end + 1 < len(doc) and doc[end + 1].text in (",", ":")
                    and doc[end].lower_ in codes()[0]))
            if (ambiguous and ((capitalised and cue) or after_address or after_street_in
                               or (coded and following in never_word_codes())
                               or in_place_context(doc, index, end, location_ends)
                               or town_closing_in_clause(doc, index, end)
                               or cued_word_town(doc, index, end, location_ends))) \
                    or (not ambiguous and (capitalised or cue or signed_off or opens_text or (route_cue and (
                        end - index > 1 or first.lower_ not in known_words())))):   # not "since christmas"
                end = extend_name(doc, end) if capitalised else area_end(doc, end, end == index + 1)
                first_index = name_before(doc, index) if capitalised and not cue else index
                found.append((doc[first_index].idx, end_char(doc[end - 1])))
                next_index = end
                break
    return found


# The cues after which a place noun and a name read "<the station> in <reading>"
CONTEXT_CUES = frozenset("in at near outside by past around round from".split())
CLOCK_WORDS = frozenset(("quarter", "half"))   # "the crossing at quarter to 4": a time


def in_place_context(doc: Doc, index: int, end: int, location_ends: set[int]) -> bool:
    """"the bus station in preston", "the car park at diss and", "off i-71 in mason": a lower-case name the
    gazetteer holds that is also a common word is the town when a place noun or a place found before it, and a
    cue, come before it, and its clause ends after it (an end, a comma, a function or time word: "the shop in
    reading every day"; not "the girl in pink scrubs", "the school at home time")."""
    if end != index + 1 or index < 2 or doc[index - 1].lower_ not in CONTEXT_CUES or doc[index].lower_ in CLOCK_WORDS:
        return False
    before = doc[index - 2]
    if before.lower_.rstrip(".") not in place_nouns() and end_char(before) not in location_ends:
        return False
    if end == len(doc) or doc[end].is_punct:
        return True
    following = doc[end].lower_
    if following.isdigit():   # "in preston 5 mins ago" (not "at junction 23")
        return end + 1 < len(doc) and doc[end + 1].lower_ in TIME_UNITS
    return following in stop_words() or following in TIME_WORDS


@lru_cache(maxsize=None)
def place_nouns() -> frozenset[str]:
    """"station", "car park", "road": nouns of a place (nlp/data/lexicon.json place_nouns and the street words)."""
    return lexicon()["place_nouns"] | street_words()


def token_starting_at(doc: Doc, char: int) -> int | None:
    """The index of the token that starts at `char`, if one does (a span lookup in C: walking every
    token of the Doc from Python builds a Token object for each)."""
    if char >= len(text_of(doc)):
        return None
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span.start if span is not None and span.start_char == char else None


PERSON_TITLES = frozenset(("mr", "mrs", "ms", "miss", "dr"))
NAME_VERBS = frozenset("goes go going gone went known".split())  # "goes by Quan": a name, not a place


def find_unlisted_places(doc: Doc, location_ends: set[int] = frozenset()) -> list[tuple[int, int]]:
    """A capitalised word that is no dictionary word, after a strong cue ("in", "near", "outside": lexicon.py
    STRONG_CUES), names a place the gazetteer lacks (villages, neighbourhoods): "in Fishponds", "near Priddy"."""
    text = text_of(doc)
    if text.isupper() or text.lower() == text:
        return []  # every place found below starts with a title-case word: none in a text with no capital
    words = common_words()
    found = []
    after_places = []
    if location_ends:
        starts = {e + 1 for e in location_ends} | {e + 2 for e in location_ends if text[e:e + 1] == ","}
        # only a capital can start a name (the token test below): look up no other token
        after_places = sorted(index for index in (token_starting_at(doc, char) for char in starts
                                                  if text[char:char + 1].isupper() or text[char:char + 1].istitle())
                              if index is not None)
    if "by" in lower_words(doc):
        cue_ends = [cue_end for cue_start, cue_end in read(doc, STRONG_CUE_WORDS)
                    if not (cue_start > 0 and doc[cue_start].lower_ == "by" and doc[cue_start - 1].lower_ in NAME_VERBS)]
    else:
        cue_ends = [cue_end for _, cue_end in read(doc, STRONG_CUE_WORDS)]
    cue_ends += after_places
    for cue_end in cue_ends:
        if cue_end >= len(doc):
            continue
        token = doc[cue_end]
        lowered = token.lower_
        if not (token.is_alpha and token.is_title) or (len(token) < 4 and not two_capitals(doc, cue_end)):
            continue
        if lowered in stop_words() or lowered in vehicle_words() or lowered in TIME_WORDS \
                or lowered in gazetteer() or lowered in lexicon()["chains"] or lowered in lexicon()["not_places"]:
            continue
        if lowered in words and not two_capitals(doc, cue_end):
            continue  # a dictionary word alone is no name; two capitalised words are ("in Sea Mills", "at Chew Valley")
        if cue_end + 1 < len(doc) and doc[cue_end + 1].text in ("'s", "’s"):
            continue  # "in Jake's car"
        end = extend_name(doc, cue_end + 1)
        suffixes = lexicon()["street_suffixes"]
        for index in range(cue_end + 1, end - 1):
            if doc[index].lower_ in suffixes:
                end = index + 1  # "on Station Road Highbridge": the street, then the town
                break
        found.append((token.idx, end_char(doc[end - 1])))
    return found


def two_capitals(doc: Doc, index: int) -> bool:
    """doc[index] and the next token are capitalised words that start no sentence and name no time, vehicle
    or person word: "Sea Mills", "Chew Valley" (each a dictionary word, together a place)."""
    if index + 1 >= len(doc):
        return False
    following = doc[index + 1]
    lowered = following.lower_
    return following.is_alpha and following.is_title and len(following) >= 3 and lowered not in stop_words() \
        and lowered not in vehicle_words() and lowered not in TIME_WORDS and lowered not in lexicon()["not_places"] \
        and lowered not in FUNCTION_WORDS


def find_local_names(doc: Doc) -> list[tuple[int, int]]:
    """A force's nicknames for corners and areas (nlp/data/local_names/): curated, so no cue is needed."""
    return [(doc[start].idx, end_char(doc[end - 1])) for start, end in read(doc, LOCAL_NAMES)]

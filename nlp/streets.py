"""Street names and addresses: "2718 N Howard St", "flat 3, 12 Park Row", "3100 block of N Lawrence St",
"Paisley Road West", US block forms ("4100 blk of w cambria"), bare numbered streets ("on 52nd") and a
house number before a name with no street word ("88 Broadmead").

A street is anchored on its street word and its name read backwards over name words
(street_names.py); the house number, flat or block in front of it is taken with it. Corners
(intersections.py), named places and chain stores (named_places.py), and rivers, canals and
paths (features.py) are their own modules.
"""
from __future__ import annotations

import re

from spacy.lang.en.stop_words import STOP_WORDS

from .lexicon import lexicon, stop_words, vehicle_words
from .street_names import HOUSE_NUMBER_RE, anchor_words, name_start, words_before
from .welsh_estates import find_welsh_estates

BLOCK_RE = re.compile(r"(?:\b\d{1,5}\s+(?:hundred\s+)?block\s+(?:of\s+)?)$", re.IGNORECASE)
# a flat number has a digit or is one letter ("flat 2b", "apt C"): "flat at 9 Park Row" is no flat number
FLAT_RE = re.compile(r"\b(?:flat|apt\.?|apartment|unit)\s+(?:\w{0,3}\d\w{0,3}|[A-Za-z]),?\s+$", re.IGNORECASE)
FLAT_SLASH_RE = re.compile(r"(?<![\d/])\d{1,3}[A-Za-z]?/$")
# "flat 2 hamilton ct", "flat 3 brookside court": the number is the flat's, the block has no house number
FLAT_WORD_RE = re.compile(r"\b(?:flat|apt\.?|apartment|unit)\s+$", re.IGNORECASE)


def extend_with_number(text: str, start: int) -> int:
    """Include a house number ("2718 N Howard St") or a block ("3100 block of N Lawrence St")."""
    block = BLOCK_RE.search(text, max(0, start - 40), start)
    if block:
        return block.start()
    before = words_before(text, start, 12)
    if before and HOUSE_NUMBER_RE.match(before[0][2]) and before[0][1] in (start - 1, start):
        flat = FLAT_RE.search(text, max(0, before[0][0] - 24), before[0][0])
        flat = flat or FLAT_WORD_RE.search(text, max(0, before[0][0] - 12), before[0][0])
        if flat:
            return flat.start()
        slash = FLAT_SLASH_RE.search(text, max(0, before[0][0] - 6), before[0][0])
        return slash.start() if slash else before[0][0]  # "3/2 Kingsdown Parade": flat 3 at number 2
    return start


NUMBER_AFTER_RE = re.compile(r"\s+\d\d")   # "farm road 182": a numbered road
DETERMINER_BEFORE_RE = re.compile(r"\b(?:the|a|our|my|their|his|her|that|this)\s+$", re.IGNORECASE)
# "saw a tipper drive off", "fuel drive off at the garage": "drive" the verb, with no cue before it ("on oak drive
# off the main road" keeps its cue and stays a street)
DRIVE_OFF_RE = re.compile(r"\s+(?:off|away)\b")
STREET_CUE_BEFORE_RE = re.compile(r"\b(?:on|at|along|down|up|off|in|into|onto|to|from|of|near|by|past|via)\s+$",
                                  re.IGNORECASE)
# before "AV"/"ST": a code's letters; "WRONG WAY DRIVER", "Wrong Way on the m5": a warning, never a street's name
NOT_STREET_NAMES = frozenset("number no num code ref wrong".split())
LANE_KINDS = frozenset("fire bus cycle bike fast slow inside outside middle hard turning wrong left right".split())
# "riding on the levee road", "the end of our farm lane": a lower-case road named only by what it runs along or
# serves, after a determiner, is a kind of road ("44 farm lane", "on levee dr", "Levee Road", "farm road 182" stay)
ROAD_KINDS = frozenset("levee ranch farm gravel".split())


def find_streets(text: str, words: list[tuple[int, int, str]]) -> list[tuple[int, int]]:
    """Street names with their house number or block; `words` are the anchor words (`alpha_words`)."""
    street_words, _ = anchor_words()
    ambiguous = lexicon()["ambiguous_street_suffixes"]
    text_is_upper = text.isupper()
    found = []
    for anchor_start, end, suffix in words:
        if suffix not in street_words:
            continue
        if suffix in ambiguous and not text[anchor_start].isupper():
            # "at 6 moorland close", "9 quantock view": a lower-case ambiguous street word is a street only
            # after a house number and one or two name words
            start = name_start(text, anchor_start, True, 2, text_is_upper)
            if start is not None and extend_with_number(text, start) != start:
                found.append((extend_with_number(text, start), street_end(text, end, start)))
            continue
        start = name_start(text, anchor_start, suffix not in ambiguous, 3, text_is_upper)
        if start is not None:
            before = text[start:anchor_start].split()
            last = before[-1].lower() if before else ""
            if last in NOT_STREET_NAMES or (suffix == "lane" and last in LANE_KINDS and text[anchor_start].islower()):
                continue  # "policy number AV 2231", "parking in the fire lane": no street
            if suffix == "drive" and text[start:end].islower() and DRIVE_OFF_RE.match(text, end) \
                    and not STREET_CUE_BEFORE_RE.search(text, 0, start) and not text[start].isdigit():
                continue
            if len(before) == 1 and last in ROAD_KINDS and text[start:end].islower() \
                    and DETERMINER_BEFORE_RE.search(text, 0, start) and not NUMBER_AFTER_RE.match(text, end):
                continue
        if start is not None:  # "St." at a sentence end: keep "St"
            found.append((extend_with_number(text, start), street_end(text, end, start)))
    return found


SIDE_SUFFIX_RE = re.compile(r"\s+(?:north|south|east|west|ne|nw|se|sw)\b(?=\s*$|\s*[,.;:!?)]|\s+([A-Za-z']+))", re.IGNORECASE)


GRID_SIDE_RE = re.compile(r"\s+[nsew]\b(?=\s*$|\s*[,.;:!?)]|\s+([A-Za-z']+))", re.IGNORECASE)
ORDINAL_IN_RE = re.compile(r"\b\d{1,3}(?:st|nd|rd|th)\b", re.IGNORECASE)
# "214 park ave n" at the end: a house number marks a US address, whose grid letter ends it. "s" and "e" after a
# numbered street are never "and" or "with" ("10th ave s great falls"), unlike "n" ("me n him") and "w" ("w a gun").
HOUSE_NUMBER_START_RE = re.compile(r"\d{1,5}\s")


def street_end(text: str, end: int, start: int = 0) -> int:
    """A compass word after the street word is part of the name ("Paisley Road West", "cowbridge road east",
    "8200 menaul blvd ne": a US quadrant) when the name ends there (punctuation, the end, or a stop word: "cowbridge road east most nights").
    So is a compass letter after a numbered street of a US grid ("4th ave n in fargo", "14th ave s by the park")."""
    grid = GRID_SIDE_RE.match(text, end)
    if grid is not None:
        ordinal = ORDINAL_IN_RE.search(text, start, end) is not None
        if (ordinal and (grid.group(1) is None or grid.group(1).lower() in STOP_WORDS
                         or grid.group().strip().lower() in ("s", "e"))) \
                or (grid.group(1) is None and HOUSE_NUMBER_START_RE.match(text, start)):
            return grid.end()
    match = SIDE_SUFFIX_RE.match(text, end)
    # "flowery trail rd east of chewelah": the compass word says where the road runs from the town, no name's part
    if match is None or (match.group(1) and match.group(1).lower() == "of") \
            or (match.group(1) and match.group(1).lower() not in STOP_WORDS
                         and match.group().strip().lower() not in ("ne", "nw", "se", "sw")):
        return end
    return match.end()

BLOCK_FORM_RE = re.compile(
    r"\b\d{1,5}\s+(?:hundred\s+)?(?:block|blk)\.?\s+(?:of\s+)?(?:(?:n|s|e|w|north|south|east|west)\.?\s+)?"
    r"(?P<name>\d{1,3}(?:st|nd|rd|th)\b|[A-Za-z][A-Za-z'-]+)(?:\s+(?P<more>[A-Za-z]+\.?))?", re.IGNORECASE)


def find_blocks(text: str) -> list[tuple[int, int]]:
    """US block forms, whatever the case: "4100 block of n 9th", "600 blk of w cambria"."""
    found = []
    lowered = text.lower()
    if "block" not in lowered and "blk" not in lowered:
        return found
    for match in BLOCK_FORM_RE.finditer(text):
        if match.group("name").lower() in STOP_WORDS:
            continue
        end = match.end("name")
        more = (match.group("more") or "").lower().rstrip(".")
        if more and (more in anchor_words()[0] or (match.group("more")[0].isupper() and more not in STOP_WORDS)):
            end = match.end("more")
        found.append((match.start(), end))
    return found


# "the shooting on 52nd", "dealing off 5th": an ordinal street after a place preposition, with no street word
# ("on 52nd St" is find_streets'); never a date ("on the 2nd", "on 3rd of May") or a floor ("on 3rd floor").
ORDINAL_STREET_RE = re.compile(
    r"\b(?:on|at|off|down|up|along|onto|near|by)\s+(\d{1,3}(?:st|nd|rd|th))\b(?!\s*(?:of|floor|fl|time|place|attempt|"
    r"day|week|month|year|birthday|grade|gen|generation|anniversary|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\b)",
    re.IGNORECASE)


ORDINAL_HINT_RE = re.compile(r"[0-9](?:st|nd|rd|th|ST|ND|RD|TH)\b")


def find_ordinal_streets(text: str) -> list[tuple[int, int]]:
    """A bare ordinal after a place preposition: "on 52nd" (a US numbered street)."""
    if not ORDINAL_HINT_RE.search(text):
        return []
    found = []
    for match in ORDINAL_STREET_RE.finditer(text):
        number = int(match.group(1)[:-2])
        if number <= 31 and match.group().split()[0].lower() in ("on", "by", "near"):
            continue  # "on 21st" may be a date; "on 52nd" and "off 5th" are streets
        found.append(match.span(1))
    return found


NUMBER_NAME_HINT_RE = re.compile(r"\d[A-Za-z]?\s+[A-Z]")
NUMBERED_NAME_RE = re.compile(r"(?<![\w£$#.,:/-])(\d{1,4}[A-Za-z]?)\s+(?:The\s+)?([A-Z][a-z]{3,}(?:\s+[A-Z][a-z]+)?)\b")


def unknown_name(words: str, common: frozenset[str]) -> bool:
    """Capitalised words that are no dictionary word, person, vehicle or brand: a name no list knows."""
    first = words.split()[0].lower()
    return first not in common and first not in stop_words() and first not in vehicle_words() \
        and first not in lexicon()["not_places"] and first not in lexicon()["chains"]


def find_numbered_names(text: str, common: frozenset[str]) -> list[tuple[int, int]]:
    """A house number and a name with no street word: "88 Broadmead", "12 The Paddocks"."""
    found = []
    if text.isupper() or not NUMBER_NAME_HINT_RE.search(text):
        return found
    for match in NUMBERED_NAME_RE.finditer(text):
        name = match.group(2)
        if not unknown_name(name, common):
            continue
        end = match.end(2) if len(name.split()) == 1 or unknown_name(name.split()[1], common) else \
            match.start(2) + len(name.split()[0])
        found.append((match.start(1), end))
    return found


# "4 lime grove", "88 west end lane", "18 the crescent": a house number, then "the" or one or two lower-case words
# and a street word. find_streets stops at a colour or make ("lime", "silver": vehicle words) and at "end"; after a
# house number they are a street's name. A plural noun ("2 lads walk", "3 cars way too fast") is no name.
NUMBER_BEFORE_RE = re.compile(r"(?:^|(?<=[\s,(]))(\d{1,4}[a-z]?)\s+(the|[a-z][a-z'\-]+(?:\s+[a-z][a-z'\-]+)?)\s+$")
NAME_PART_WORDS = frozenset(("end", "middle"))   # in the stop list ("the end of the road") yet in many street names


def find_numbered_lower_streets(text: str, words: list[tuple[int, int, str]]) -> list[tuple[int, int]]:
    """A house number and a lower-case street whose name find_streets does not read: "4 lime grove", "18 the
    crescent", "88 west end lane"."""
    street_words, _ = anchor_words()
    found = []
    for anchor_start, end, suffix in words:
        if suffix not in street_words or not text[anchor_start].islower():
            continue
        match = NUMBER_BEFORE_RE.search(text, max(0, anchor_start - 40), anchor_start)
        if match is None:
            continue
        name = match.group(2).split()
        if name != ["the"] and not all(len(word) >= 3 and name_part(word) for word in name):
            continue
        found.append((match.start(1), street_end(text, end, match.start(1))))
    return found


def name_part(word: str) -> bool:
    """A lower-case word of a street's name after a house number: a compass word, a colour or make, "end", or any
    word no stop list holds."""
    if word in DIRECTION_WORDS or word in NAME_PART_WORDS:
        return True
    return word not in STOP_WORDS and word not in stop_words() and word not in lexicon()["place_cues"] \
        and word not in lexicon()["generic_street_words"]


DIRECTION_WORDS = frozenset(("north", "south", "east", "west", "upper", "lower", "old", "new", "great", "little"))


# Welsh street words come before the name: "12 heol y bryn", "lon golff", "flat 2, 7 Ffordd yr Afon".
WELSH_STREET_RE = re.compile(
    r"(?<![\w-])(?P<word>heol|lon|l\u00f4n|ffordd|stryd|rhodfa|teras)\s+(?:(?P<article>y|yr)\s+)?(?P<name>[A-Za-z][a-z'\u2019-]{2,})\b",
    re.IGNORECASE)
WELSH_HINT_RE = re.compile(r"(?i)\b(?:heol|lon|l\u00f4n|ffordd|stryd|rhodfa|teras)\s")
WELSH_WORDS = frozenset(("heol", "lon", "ffordd", "stryd", "rhodfa", "teras"))  # the hint's ASCII words


def find_welsh_streets(text: str, known: frozenset[str], present: frozenset[str] | None = None) -> list[tuple[int, int]]:
    """Welsh streets, the street word first: "12 heol y bryn", "lon golff", "Heol Trelai". The name is one word
    after an article ("y", "yr"), or one that no English word list knows ("golff"), so "stryd" or "lon" before
    an English word is left alone; a house number or flat in front is taken with it. `present`: the text's
    lower-case words (spans.lower_words), to skip the regex in an ASCII text that has no Welsh street word. A house
    number before an estate's head word ("14 bro dawel") is welsh_estates.py's."""
    found = find_welsh_estates(text, known, present)
    if present is not None and present.isdisjoint(WELSH_WORDS) and text.isascii():
        return found
    if not WELSH_HINT_RE.search(text):
        return found
    for match in WELSH_STREET_RE.finditer(text):
        name = match.group("name").lower()
        if name in STOP_WORDS or (not match.group("article") and name in known):
            continue
        found.append((extend_with_number(text, match.start()), match.end()))
    return found


# "flat 2, 63 hightown", "flat 4 27 wyle cop": a flat and a house number make an address even when the street has
# no street word (one with a street word is find_streets'); a listed town after the name is its own place
FLAT_ADDRESS_RE = re.compile(r"\b(?:flat|apt\.?|apartment|unit)\s+(?:\w{0,3}\d\w{0,3}|[A-Za-z]),?\s+\d{1,4}[A-Za-z]?"
                             r"((?:\s+[A-Za-z][a-z'\-]+){1,3})", re.IGNORECASE)
FLAT_WORDS = frozenset(("flat", "apt", "apartment", "unit"))
NAME_WORD_RE = re.compile(r"[A-Za-z][A-Za-z'\-]*")
CLAUSE_END_RE = re.compile(r"\s*(?:[,.;:!?]|$)")


def find_flat_addresses(text: str, present: frozenset[str], places: dict[str, bool],
                        time_words: frozenset[str]) -> list[tuple[int, int]]:
    """A flat, a house number and one or two name words ("flat 3, 41 bondgate within,"), and a listed town right
    after them ("flat 2, 63 hightown middlewich"). A name word is no function or time word (one before a comma
    may be: "within,"); a listed, unambiguous town ends the name."""
    if present.isdisjoint(FLAT_WORDS):
        return []
    streets, _ = anchor_words()
    found = []
    for match in FLAT_ADDRESS_RE.finditer(text):
        words = [(m.start() + match.start(1), m.end() + match.start(1), m.group().lower())
                 for m in NAME_WORD_RE.finditer(match.group(1))]
        if any(word.rstrip(".") in streets for _, _, word in words) or words[0][2] in stop_words() \
                or words[0][2] in time_words:
            continue
        end = words[0][1]
        town = None
        if len(words) > 1:
            word = words[1][2]
            if places.get(word) is False:
                town = words[1]
            elif (word not in stop_words() and word not in time_words) or CLAUSE_END_RE.match(text, words[1][1]):
                end = words[1][1]
                if len(words) > 2 and places.get(words[2][2]) is False:
                    town = words[2]
        found.append((match.start(), end))
        if town is not None:
            found.append(town[:2])
    return found


OLD_BEFORE_RE = re.compile(r"(?:^|\b(?:on|off|along|down|up|onto|the|of|at|by|near|from|to)\s+)(old|new)\s+$", re.IGNORECASE)


def with_old(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """"on old shell rd", "the old cheltenham road": "old" (or "new") right before a street after a place cue is
    the first word of its name ("Old Shell Road"); the street rules read it as a description and start after it."""
    out = []
    for start, end in spans:
        match = OLD_BEFORE_RE.search(text, max(0, start - 12), start)
        out.append((match.start(1), end) if match and text[start:start + 1].isalpha() else (start, end))
    return out

"""Corners: two streets joined by a connector ("5th and Main", "49th & Woodland", "Hope / Cambria",
"8th n poplar", "5th St at Main Ave", "corner of erie and torresdale").

A connector (and, n, at, x, &, @, /, +) is the anchor; each side is read outwards over name words
(street_names.py) and judged by its strength (an ordinal or a street word), its case and the cue
before it, so that "drinking and fighting", "between Catcott and Edington" and "the 3rd, 4th and 5th"
are no corners.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import gazetteer, lexicon, stop_words, vehicle_words
from .road_corners import find_road_corners
from .street_names import DIRECTIONS, ORDINAL_RE, SAINTS, WORD_RE, anchor_words, is_name_word, words_before
from .villages import TIME_WORDS, known_words

# the look-ahead turns away every position that is not a space or a symbol at once
CONNECTOR_RE = re.compile(r"(?=[\s&@/+])(?:\s+(?:and|n|at|x)\s+|\s*(?:&|@|/|\+)\s*)", re.IGNORECASE)
QUADRANTS = frozenset(("ne", "nw", "se", "sw"))
FORWARD_DIRECTIONS = frozenset(("n", "s", "e", "w", "n.", "s.", "e.", "w.", "ne", "nw", "se", "sw"))
ROAD_NUMBER_RE = re.compile(r"^(?:[abm]\d{1,4}|i-\d{1,3})$")
ROAD_IN_TEXT_RE = re.compile(r"\b(?:[abm]\d|i-\d)")
ROAD_WORDS = frozenset(("hwy", "highway", "route", "rte", "rt", "us", "sr", "interstate"))
SIDE_DIRECTIONS = frozenset(("north", "south", "east", "west"))
# Words that name a street by where it lies (spaCy counts them as stop words): "front st", "back lane".
POSITION_WORDS = frozenset(("front", "back", "top", "bottom", "middle", "side"))
# A description elsewhere ("the main road"), but in a corner the commonest US street name: "3rd and main", "main
# and 3rd" (a bare lower-case side still needs an ordinal or a street word on the other side, as any other).
CORNER_ONLY_NAMES = frozenset(("main",))
INTERSECTION_CUES = frozenset("at on of near by around off from to outside between corner behind in".split())


def side_words(text: str, start: int, forward: bool) -> list[tuple[int, int, str]]:
    if forward:
        return [(m.start(), m.end(), m.group()) for m in WORD_RE.finditer(text, start, min(len(text), start + 50))][:4]
    return words_before(text, start, 50)[:4]


def read_side(words, text_is_upper: bool, forward: bool) -> dict | None:
    """Parse one side of a junction, nearest word first ("Woodland", "5th St", "N Broad")."""
    suffixes = anchor_words()[0]  # every street word, "." stripped as `lowered` is
    taken = []
    side = {"ordinal": False, "suffix": False, "road": False}
    names = 0
    for index, (_, _, word) in enumerate(words):
        lowered = word.lower().rstrip(".")
        following = words[index + 1][2].lower().rstrip(".") if index + 1 < len(words) else ""
        if not forward and index == 0 and (ROAD_NUMBER_RE.match(lowered) or (
                lowered.isdigit() and len(lowered) <= 4 and following in ROAD_WORDS)):
            # "hwy 52 at plato blvd", "the a413 and chesham lane", "i-44 and kingshighway": a numbered road
            taken.extend(words[:1] if ROAD_NUMBER_RE.match(lowered) else words[:2])
            side["road"] = True
            names += 1
            break
        if index == 0 and mile_road(words, forward):
            # "14 mile and crooks", "woodward and 9 mile": Detroit's numbered mile roads, a road either side
            taken.extend(words[:2])
            side["road"] = True
            names += 1
            break
        if lowered in QUADRANTS and not forward and index == 0 and following in suffixes:
            taken.append(words[index])  # "front st ne & ...": a US quadrant after the street word
            continue
        if forward and index == 0 and lowered in FORWARD_DIRECTIONS and (ORDINAL_RE.match(following) or (
                following.isalpha() and len(following) >= 3 and following not in suffixes)):
            taken.append(words[index])  # "... & n 35th st", "w capitol dr and n 60th": the direction starts the name
            continue
        if lowered in suffixes and (not names and not side["suffix"] if not forward else names):
            # reading backwards the street word comes first, perhaps after a quadrant ("front st ne & ...")
            taken.append(words[index])
            side["suffix"] = True
            if forward:
                if index + 1 < len(words) and following in QUADRANTS:
                    taken.append(words[index + 1])  # "... & division st ne"
                break
            continue
        if not forward and names and (lowered in DIRECTIONS or lowered in SAINTS) and word.isalpha():
            taken.append(words[index])  # reading backwards, a direction or "St" starts the name: "old market
            break                       # street", "n 5th", "St Marks Road & ..."
        if names and (side["ordinal"] or not forward) and lowered not in DIRECTIONS:
            if forward or not side["suffix"]:
                break  # after "49th" (or, reading backwards, a bare name) only "N"/"North" may follow
        if ORDINAL_RE.match(word):
            taken.append(words[index])
            side["ordinal"] = True
            names += 1
            continue
        if forward and index == 0 and lowered in SIDE_DIRECTIONS and following.isalpha() and len(following) >= 3 \
                and following not in suffixes and following not in stop_words():
            taken.append(words[index])  # "jefferson ave and east ferry": a compass word starts the cross street's name
            continue
        if not forward and side["suffix"] and not names and word.isalpha() and word.islower() \
                and (lowered in vehicle_words() or lowered in POSITION_WORDS):
            taken.append(words[index])  # "dodge st and 132nd", "front st ne": a make or a position word names
            names += 1                  # the street its street word follows
            continue
        if not is_name_word(word, True, text_is_upper) and not (
                word[0].isupper() and not text_is_upper and following in suffixes and word.isalpha()) \
                and not (lowered in CORNER_ONLY_NAMES and word.isalpha()):
            break  # a capitalised stop word before a street word is a name: "Front St", "Back Lane"
        if lowered in vehicle_words() and not side["suffix"] and following not in suffixes:
            break  # "black and white", "Ford and Honda": vehicle words, not streets
        if forward and names and not (word[0].isupper() and taken[-1][2][0].isupper()):
            if names == 1 and second_cross_word(words, index):
                side["short_end"] = taken[-1][1]   # the caller keeps the second word only at a corner cue
                taken.append(words[index])   # "87th & stony island, ...", "hay hill & beechen cliff last night"
                names += 1
            break
        taken.append(words[index])
        names += 1
        if names >= 2 and not forward:
            break
        if names >= 2 and forward and following not in suffixes:
            break
    if not names:
        return None
    side["start"] = min(w[0] for w in taken)
    side["end"] = max(w[1] for w in taken)
    side["capitalised"] = all(w[2][0].isupper() or w[2][0].isdigit() for w in taken) and not text_is_upper
    side["strong"] = side["ordinal"] or side["suffix"] or side["road"]
    return side


def mile_road(words, forward: bool) -> bool:
    """A mile road's two words nearest the connector: "9 mile" read forwards, "mile 14" read backwards."""
    if len(words) < 2:
        return False
    number, mile = (words[0][2], words[1][2]) if forward else (words[1][2], words[0][2])
    return mile.lower() == "mile" and number.isdigit() and len(number) <= 2


# What may come after a cross street's name: the end of the clause or a word that starts a new part of it.
NOT_CROSS_WORDS = frozenset("overnight earlier again lately now nightly daily weekly tho though".split())
CROSS_END_WORDS = frozenset("in at on by near last every this tonight yesterday today most all around about".split())


def second_cross_word(words, index: int) -> bool:
    """A second lower-case word of the cross street after a first bare one ("stony| island", "barley| croft"), taken
    only when the clause ends after it or a time or place word follows, and it is no function word, verb or time."""
    word = words[index][2]
    before = words[index - 1][2]
    if not (word.isalpha() and word.islower() and len(word) >= 3 and before.isalpha() and before.islower()):
        return False
    if any(w in stop_words() or w in TIME_WORDS or w in NOT_CROSS_WORDS or w in lexicon()["not_place_endings"]
           or w.endswith(("ing", "ed", "in")) or w in vehicle_words() for w in (word, before)):
        return False   # "high st and smashing bottles": what was done there
    after = words[index + 1][2].lower() if index + 1 < len(words) else ""
    if gazetteer().get(word) is False and word not in known_words() and after != "in":
        return False   # "41st and yale tulsa": the town after the corner ("barley croft in ...": the town comes later)
    if not after:
        return len(words) < 4   # the text ends after it (side_words reads four words when there are four)
    return not after[0].isalnum() or after in CROSS_END_WORDS


def could_be_corner(text: str, start: int, end: int) -> bool:
    """A junction needs, among the three words either side, a capital, an ordinal ("49th") or a street
    word: lower-case words alone ("drinking and fighting") never make one, so skip reading the sides."""
    suffixes = anchor_words()[0]

    def strong(word: str) -> bool:
        return bool(ORDINAL_RE.match(word)) or word.lower().rstrip(".") in suffixes or bool(ROAD_NUMBER_RE.match(word.lower())) \
            or word.lower() == "mile"   # "14 mile and crooks": read_side keeps only a numbered mile road

    left = [w.strip(SIDE_PUNCTUATION) for w in text[max(0, start - 40):start].split()[-4:]]
    right = [w.strip(SIDE_PUNCTUATION) for w in text[end:end + 40].split()[:3]]
    if len(left) >= 3 and left[-2].lower() == "of" and left[-3].lower() in ("corner", "junction"):
        return True  # "the corner of jasper and tioga": the words say it is a corner
    left = left[-3:]
    if text[start:end].strip() in ("&", "/"):
        return True  # "cermak & kedzie": a symbol joins names, whatever their case (the sides decide)
    if text[start:end].strip().lower() in ("at", "@"):  # "5th St at Main Ave": a street word or ordinal each side
        return any(w and strong(w) for w in left[-2:]) and (any(w and strong(w) for w in right) or (
            bool(right) and bool(left) and bool(ORDINAL_RE.match(left[-1])) and unknown(right[0])))  # "13th at kincaid"
    return any(w and (w[0].isupper() or strong(w)) for w in left + right)


SIDE_PUNCTUATION = ",;:!?()\"'"



def dates(text: str, left: dict, right: dict, before: list) -> bool:
    """Two bare ordinals up to 31 after "the" or another ordinal ("the 3rd, 4th and 5th"): dates, not streets."""
    if left["suffix"] or right["suffix"] or not (left["ordinal"] and right["ordinal"]):
        return False
    numbers = [int(DIGITS_RE.match(text[side["start"]:side["end"]]).group()) for side in (left, right)
               if DIGITS_RE.match(text[side["start"]:side["end"]])]
    return len(numbers) == 2 and max(numbers) <= 31 and bool(before) and (
        before[0][2].lower() == "the" or bool(ORDINAL_RE.match(before[0][2].rstrip(","))) or text[:left["start"]].rstrip().endswith(","))


DIGITS_RE = re.compile(r"\d+")


def unnamed(text: str, side: dict) -> bool:
    """A side of lower-case words one of which no dictionary or word list knows ("hillcroft", "kedzie")."""
    known = known_words()
    return any(len(word) >= 4 and word.isalpha() and word not in known and word not in vehicle_words()
               for word in text[side["start"]:side["end"]].lower().split())


def unknown(word: str) -> bool:
    """A lower-case word of 4+ letters no dictionary or word list knows ("kincaid")."""
    lowered = word.lower()
    chains = lexicon()["chains"]
    return word.islower() and len(word) >= 4 and word.isalpha() and lowered not in known_words() \
        and lowered not in vehicle_words() and lowered not in chains and lowered.rstrip("s") not in chains \
        and lowered.removesuffix("'s") not in chains


def right_word_start(text: str, start: int) -> int:
    return start + len(text[start:]) - len(text[start:].lstrip())


def compass_first(text: str, side: dict) -> bool:
    """A side of two words or more whose first is a one-letter compass point ("w warren", "e colfax")."""
    words = text[side["start"]:side["end"]].lower().split()
    return len(words) >= 2 and words[0].rstrip(".") in ("n", "s", "e", "w") and words[1].isalpha()


def one_word(text: str, side: dict) -> bool:
    return len(text[side["start"]:side["end"]].split()) == 1


def main_side(text: str, side: dict) -> bool:
    """A side named "main" ("union st and main", "bank st and north main"): the commonest US street name."""
    return text[side["start"]:side["end"]].lower().split()[-1] in CORNER_ONLY_NAMES


def bare_word(text: str, side: dict) -> bool:
    """One plain word of four letters or more, no function or time word ("depot", "bridge"; not "then")."""
    word = text[side["start"]:side["end"]].lower()
    return word.isalpha() and len(word) >= 4 and word not in stop_words() and word not in TIME_WORDS \
        and not word.endswith(NOT_STREET_SUFFIXES)


def unnamed_or_capital(text: str, side: dict) -> bool:
    word = text[side["start"]:side["end"]]
    return unknown(word) or (side["capitalised"] and word.lower() not in known_words())


# After a cross street named bare ("on lamar ave and airways every friday"): the end of a clause or a word that
# starts what is said about the corner ("at", "by", "for" may follow a verb: "on oak ave and works at ...").
AFTER_CORNER_RE = re.compile(r"\s*(?:$|[,.;:!?]|(?:every|last|most|all|around|round|tonight|yesterday|"
                             r"today|since|and)\b)", re.IGNORECASE)
NOT_STREET_SUFFIXES = ("ing", "ed", "ly")


def bare_cross_street(text: str, side: dict) -> bool:
    """"lamar ave and airways every friday", "jefferson ave and east ferry, ...": a street with its street word,
    then one or two lower-case words that are no verb or function word and end a clause (or come before "every",
    "at", ...): the cross street, named bare (the caller needs a place cue before the first street)."""
    words = text[side["start"]:side["end"]].split()
    return AFTER_CORNER_RE.match(text, side["end"]) is not None and all(
        word.isalpha() and word.islower() and len(word) >= 4 and not word.endswith(NOT_STREET_SUFFIXES)
        and word not in stop_words() and word not in vehicle_words() for word in words[-1:]) \
        and text[side["end"]:side["end"] + 1] != "'"


def no_corner_words(text: str, present: frozenset[str]) -> bool:
    """An ASCII text with no capital, no "&" or "/", and none of the words could_be_corner looks for (a street
    word, an ordinal's ending, "corner", "junction": `present`, the text's lower-case words) has no corner: every
    connector in it would fail could_be_corner, so the connector regex need not run."""
    return text.isascii() and "&" not in text and "/" not in text and text.lower() == text \
        and present.isdisjoint(corner_hint_words()) and not ROAD_IN_TEXT_RE.search(text)


@lru_cache(maxsize=None)
def corner_hint_words() -> frozenset[str]:
    """Street words (all runs of a-z, as spans.lower_words reads words), the endings of ordinals ("5th": "th"),
    the words of "corner of", "junction of" and a mile road's "mile"."""
    return anchor_words()[0] | {"st", "nd", "rd", "th", "corner", "junction", "mile"}


CONNECTOR_WORDS = frozenset(("and", "n", "at", "x"))
CONNECTOR_SYMBOLS_RE = re.compile(r"[&@/+]")


def find_intersections(text: str, present: frozenset[str] | None = None) -> list[tuple[int, int]]:
    """Two streets joined by a connector ("5th and Main", "Hope / Cambria"). `present`: the text's lower-case
    words (spans.lower_words), to skip the connector regex when the text has no connector at all."""
    text_is_upper = text.isupper()
    found = find_road_corners(text)   # "cr 18 and us 27": no side of them is a street name
    if present is not None and present.isdisjoint(CONNECTOR_WORDS) and not CONNECTOR_SYMBOLS_RE.search(text):
        return found
    if present is not None and no_corner_words(text, present):
        return found
    for connector in CONNECTOR_RE.finditer(text):
        if not text_is_upper and not could_be_corner(text, connector.start(), connector.end()):
            continue
        left = read_side(side_words(text, connector.start(), False), text_is_upper, False)
        if left is None:
            continue
        right = read_side(side_words(text, connector.end(), True), text_is_upper, True)
        if right is None:
            continue
        word = connector.group().strip().lower()
        before = words_before(text, left["start"], 24)
        cue = bool(before) and before[0][2].lower() in INTERSECTION_CUES
        corner_words = before[1:] if before and before[0][2].lower() == "the" else before
        corner = len(corner_words) > 1 and corner_words[0][2].lower() == "of" and corner_words[1][2].lower() in ("corner", "junction")
        if "short_end" in right and not (corner or (bool(before) and before[0][2].lower() in ("at", "@"))):
            right["end"] = right["short_end"]   # "down ditchling road and preston circus": two streets, not a corner
        symbol = word in ("&", "/")
        if word in ("at", "@"):
            # "5th St at Main Ave"; "13th at kincaid": a numbered street, then a name no list knows ("wick lane at
            # dyrham" is a lane in a village)
            ok = left["strong"] and (right["strong"] or (left["ordinal"] and right["start"] == right_word_start(text, connector.end())
                                                         and one_word(text, right) and unnamed_or_capital(text, right)))
        elif not (left["strong"] or right["strong"]):
            ok = left["capitalised"] and right["capitalised"] and (cue or word == "&" or text_is_upper)
            # "at madison & pulaski", "on cermak & kedzie": lower-case names joined by a symbol after "at"/"on",
            # one of them a word no dictionary knows
            ok = ok or (symbol and bool(before) and before[0][2].lower() in ("at", "on", "@")
                        and (unnamed(text, left) or unnamed(text, right)))
            # "at w warren / wyoming", "e colfax & yosemite": a side that starts with a compass letter is a street
            ok = ok or (symbol and (compass_first(text, left) or compass_first(text, right)))
            # "at main & depot", "at main and bridge": "main" is a street in a corner; the other side one plain word
            ok = ok or (bool(before) and before[0][2].lower() in ("at", "on", "@") and any(
                main_side(text, side) and bare_word(text, other) for side, other in ((left, right), (right, left))))
        else:  # a bare lower-case name ("poplar") needs an ordinal on the other side ("8th n poplar"), or, beside a
            # street word, a symbol or a word no dictionary knows ("lake st & cicero", "bellaire blvd and hillcroft")
            ok = all(side["strong"] or side["capitalised"] or other["ordinal"]
                     or ((other["suffix"] or other["road"]) and (symbol or unnamed(text, side) or main_side(text, side)))
                     for side, other in ((left, right), (right, left)))
            ok = ok or ((left["suffix"] or left["road"]) and not right["strong"] and bool(before) and bare_cross_street(text, right)
                        and (cue or before[0][2].lower() in lexicon()["place_cues"]))
        ok = ok or (corner and word != "at")  # "corner of erie and torresdale": the words say it is a corner
        if ok and before and before[0][2].lower() == "between" and not (left["strong"] or right["strong"]):
            ok = False  # "between Catcott and Edington": two places, not a corner
        if ok and dates(text, left, right, before):
            ok = False  # "on the 3rd, 4th and 5th": days of a month
        at_corner = corner or (bool(before) and before[0][2].lower() in ("at", "@", "on"))
        if ok and not at_corner and not (left["strong"] or right["strong"]) and word == "and" and \
                text[left["start"]:left["end"]].lower() in gazetteer() and text[right["start"]:right["end"]].lower() in gazetteer():
            ok = False  # "near Winford and Felton": two villages ("at Kensington and Cambria" is a corner)
        if ok:
            found.append((left["start"], right["end"]))
    return found

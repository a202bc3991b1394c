"""Places written as codes: UK postcodes, US ZIPs and numbered roads (A39, M32, I-676, US-1, Route 13)."""
from __future__ import annotations

import re

from .lexicon import us_zip_codes

# The 121 UK postcode areas: an outward code must start with one of these.
UK_POSTCODE_AREAS = frozenset(
    """AB AL B BA BB BD BH BL BN BR BS BT CA CB CF CH CM CO CR CT CV CW DA DD DE DG DH DL DN DT DY E EC EH EN EX
    FK FY G GL GU GY HA HD HG HP HR HS HU HX IG IM IP IV JE KA KT KW KY L LA LD LE LL LN LS LU M ME MK ML N NE NG
    NN NP NR NW OL OX PA PE PH PL PO PR RG RH RM S SA SE SG SK SL SM SN SO SP SR SS ST SW SY TA TD TF TN TQ TR TS
    TW UB W WA WC WD WF WN WR WS WV YO ZE""".split()
)
POSTCODE_RE = re.compile(r"\b([A-Z]{1,2})(\d[A-Z\d]?) ?(\d[A-Z]{2})\b", re.IGNORECASE)
ZIP_RE = re.compile(r"(?<![\w$£#.\-/])(\d{5})(?:-\d{4})?(?![\w%/]|[.\-]\d)")
UK_ROAD_RE = re.compile(
    r"(?:\b(?P<cue>the|on|off|onto|along|near|via|from|to|at|down|up|of|by)\s+)?\b(?P<road>[ABM]\d{1,4}(?:\(M\))?)(?![\w-])"
    r"(?P<after>\s+(?:road|rd|southbound|northbound|eastbound|westbound|junction|j\d+|roundabout|slip|services|bypass))?",
    re.IGNORECASE,
)
US_ROAD_RE = re.compile(  # the look-ahead lists every first letter below: it turns most words away at once
    r"\b(?=[rRhHiIsScCuUfFPNDMTGVO])(?:(?i:route|rte\.?|rt\.?|highway|hwy\.?|interstate|state route|state road"
    r"|county (?:road|route|rd\.?|hwy\.?|highway)"   # no "exit": an exit's number is no place (ANNOTATION.md)
    r"|(?:farm|ranch)(?: to market)? road(?=\s*\d\d))\s*"   # Missouri farm roads, Texas ranch roads: "went down the farm road 3 times" is none
    r"|(?:I|US|SR|CR|FM|PA|NJ|NY|DE|MD|CA|TX|FL|GA|NC|VA|OH)(?:-|\s)|(?:i|us)-)"
    r"\d{1,4}(?:[A-Z]|[abcenw])?\b"   # a lettered branch, written lower case too: "route 12a", "us 19w", "us 19e"
)


# Cheap pre-checks that start with a plain character class (the regex engine scans for it quickly):
# a postcode has a letter then a digit, a ZIP five digits in a row. Each is written from its digit, the rarer
# character ("a letter then a digit" is "a digit after a letter"): the engine then stops only at the digits, not
# at every letter (the same texts pass; tests/nlp/test_speed27.py).
POSTCODE_HINT_RE = re.compile(r"\d(?<=[A-Za-z]\d)")
ZIP_HINT_RE = re.compile(r"\d{5}")


def find_postcodes(text: str) -> list[tuple[int, int]]:
    found = []
    if not POSTCODE_HINT_RE.search(text):
        return found
    for match in POSTCODE_RE.finditer(text):
        if match.group(1).upper() in UK_POSTCODE_AREAS:
            found.append(match.span())
    return found


# Midwest county roads on a grid carry their direction: "county road 400 n", "County Rd 1400 N outside effingham"
# (a number of three digits or more; "n" as "and" never follows one there: "400 n 3rd" would be a corner)
COUNTY_RE = re.compile(r"(?i:county\s|cr[\s-])")
GRID_DIRECTION_RE = re.compile(r"\s+[NSEWnsew]\b(?!['\-])(?!\s+\d)")


def county_grid_end(text: str, match: re.Match) -> int:
    """The end of a county road, its grid direction taken with it ("county road 400 n")."""
    if COUNTY_RE.match(match.group()) and sum(ch.isdigit() for ch in match.group()) >= 3:
        direction = GRID_DIRECTION_RE.match(text, match.end())
        if direction is not None:
            return direction.end()
    return match.end()


def find_zips(text: str) -> list[tuple[int, int]]:
    zips = None
    found = []
    if not ZIP_HINT_RE.search(text):
        return found
    for match in ZIP_RE.finditer(text):
        zips = zips if zips is not None else us_zip_codes()
        if match.group(1) in zips and not OTHER_NUMBER_BEFORE_RE.search(text, 0, match.start()):
            found.append(match.span())
    return found


# "order number 48213", "case #55231", "invoice 88213", "school id is 88213": a number of another kind, not a ZIP
OTHER_NUMBER_BEFORE_RE = re.compile(
    r"\b(?:order|case|ref|reference|invoice|inv|item|ticket|booking|confirmation|tracking|serial|account|acct|id|"
    r"code|po|policy|claim|number|no|num|batch|unit|room|ad|trip|rx|pin|flight|vin|imei|ssn|card|chip|microchip|"
    r"(?:ends|ending|ended)(?:\s+(?:in|with))?|frame|chassis|nhs|rma|reading)\.?\s*(?:number|no|num)?\.?\s*"
    r"(?:(?:is|was|=)\s+)?[#:]?\s*(?-i:(?:[A-Z]{1,4}|\d{1,6})\s+){0,2}$",  # "frame no SN 99812", "ref 447 PK 00918": more of the code
    re.IGNORECASE)
UK_ROAD_HINT_RE = re.compile(r"\d(?<=\b[ABMabm]\d)")  # cheap pre-check (from its digit): UK_ROAD_RE tries its cue words everywhere
DIGIT_RE = re.compile(r"\d")


# Texted in lower case with a space, "on us 67", "near i 44", "the shoulder of us 31", "on md 140", "ky 715":
# a US or state road only after a place word and before no unit ("near us 2 doors down", "took us 40 mins").
# State codes that are also words ("in", "me", "ok", "hi", "or", "pa", "la") are left out.
LOWER_ROAD_WORDS = frozenset("i us sr cr fm ky md tx nj ny nc sc nd sd fl ga va wv tn ms mn ks az nm nv ut wy mt ar ia ct "
                             "ri nh vt wi il ak mo".split())
# With a hyphen a state's code is no word ("or-35", "wa-16"), so every state and Puerto Rico count there.
HYPHEN_STATES = tuple("""al ak az ar ca co ct de fl ga hi id il in ia ks ky la me md ma mi mn ms mo mt ne nv nh nj nm ny nc
                      nd oh ok or pa ri sc sd tn tx ut vt va wa wv wi wy pr""".split())
LOWER_US_ROAD_RE = re.compile(
    r"\b(?:on|off|onto|along|near|down|up|via|of|by|past|exit|take|took|taking|all\s+over|toward|towards)\s+(?:the\s+)?"
    r"(?P<road>(?:" + "|".join(sorted(LOWER_ROAD_WORDS, key=len, reverse=True)) + r")\s\d{1,3}[abcenw]?"   # "on us 19e"
    r"|fm\s\d{1,4}|[km]-\d{2,3}"   # Texas farm-to-market roads run to four digits; Kansas K-10, Michigan M-59
    r"|(?:" + "|".join(HYPHEN_STATES) + r")-\d{1,3}|h-[1-3]"   # "on or-35", "the pr-52", Hawaii's "h-1"
    r"|(?:[nsew]\s)?(?:business|loop|spur)\s\d{1,3})\b"   # "on business 54", "on s loop 288": a US route's branch
    r"(?![.,:/]\d|\s*(?:%|x\b|k\b|min|mins|minute|hour|hr|sec|day|week|month|year|doors?\b|houses?\b|times?\b|people|"
    r"of\b|or\b|to\b|-|dollars|bucks|quid|quid|pounds|grand|pm\b|am\b|o'?clock|ish\b|lbs?\b|kg|miles?\b|mph))",
    re.IGNORECASE)


# Every US_ROAD_RE match starts with one of these as a whole word of the text ("I-95": "i", "Rte. 9": "rte").
US_ROAD_WORDS = frozenset("route rte rt highway hwy interstate state county farm ranch i us sr cr fm pa nj ny de md "
                          "ca tx fl ga nc va oh".split())
I_ROAD_HINT_RE = re.compile(r"\b[Ii][\s-]+\d")  # "i" is in most texts: "I-95", "I 76" need a number after it
BRANCH_WORDS = frozenset(("business", "loop", "spur"))
LETTER_ROAD_HINT_RE = re.compile(r"\b[A-Za-z]{1,2}-\d")  # "off k-10", "on or-35", "the h-1": a state highway


def find_roads(text: str, present: frozenset[str] | None = None) -> list[tuple[int, int]]:
    """UK and US numbered roads. `present`: the text's lower-case words (spans.lower_words), to skip the
    US regex when no road word is there."""
    found = []
    if not DIGIT_RE.search(text):
        return found  # every road and route has a number
    for match in UK_ROAD_RE.finditer(text) if UK_ROAD_HINT_RE.search(text) else ():
        road = match.group("road")
        digits = sum(ch.isdigit() for ch in road)
        # "M4", "A3", "A54" alone are models (BMW, Audi, Samsung), pills or paper sizes:
        # a road needs a cue ("the A39", "on A37", "M32 junction 1"); one digit needs "the".
        cue = (match.group("cue") or "").lower()
        if match.group("after") or (cue and (digits >= 2 and road[0].isupper() or cue == "the")):
            found.append(match.span("road"))
    lower_words = (LOWER_ROAD_WORDS | BRANCH_WORDS) & present if present is not None else LOWER_ROAD_WORDS
    if lower_words and (lower_words != {"i"} or I_ROAD_HINT_RE.search(text)) or ("-" in text and LETTER_ROAD_HINT_RE.search(text)):
        found.extend(match.span("road") for match in LOWER_US_ROAD_RE.finditer(text)
                     if not glued_to_code(text, match.start("road")))
    if present is not None:
        words = present & US_ROAD_WORDS
        if not words or (words == {"i"} and not I_ROAD_HINT_RE.search(text)):
            return found
    for match in US_ROAD_RE.finditer(text):
        if glued_to_code(text, match.start()):
            continue
        if CODE_GOES_ON_RE.match(text, match.end()) and OTHER_NUMBER_BEFORE_RE.search(text, 0, match.start()) is None \
                and not CODE_CUE_RE.search(text, max(0, match.start() - 30), match.start()):
            found.append((with_us_before(text, match.start()), county_grid_end(text, match)))
    return found


# "on us route 1", "off US highway 9": the federal road's "us" before its road word belongs to it, after a word that says
# where (a bare "us" is the pronoun: "told us route 9 was shut")
US_BEFORE_RE = re.compile(r"\b(?:on|off|onto|along|near|of|at|by|down|up|via|past|to|toward|towards|from)\s+(us\s+)$",
                          re.IGNORECASE)
FEDERAL_WORDS_RE = re.compile(r"(?i:route|rte|rt|highway|hwy)\b")


def with_us_before(text: str, start: int) -> int:
    """Where a route or highway starting at `start` starts, its "us" taken in."""
    if not FEDERAL_WORDS_RE.match(text, start):
        return start
    before = US_BEFORE_RE.search(text, max(0, start - 16), start)
    return before.start(1) if before else start


def glued_to_code(text: str, start: int) -> bool:
    """Whether a road starting at `start` is the tail of a longer code glued on by a hyphen ("ref UK-TX-0092", "case
    26-CR-0981"): no road is written after a letter or digit and a hyphen."""
    return start >= 2 and text[start - 1] == "-" and text[start - 2].isalnum()


# "CR-7781-22", "TX-4471-C": a road's number never goes on with a hyphen and more of a code; "case number CR-7781"
CODE_GOES_ON_RE = re.compile(r"(?![-/]\w)")
CODE_CUE_RE = re.compile(r"\b(?:case|ref|reference|crime|incident|report|claim)\s*(?:number|no|num|#)?\.?\s*[#:]?\s*$",
                         re.IGNORECASE)

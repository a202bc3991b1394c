"""What a plate looks like with no cue word before it, and what keeps a plate-shaped code from being one.

Only shapes that are distinctive on their own count (UK AB12 CDE, A123 BCD, ABC 123D; US HVM2207,
2CX4471, ABC-1234), and only when the letter group is not a word, a make/model/gun/phone prefix or a
road prefix ("GLE 350", "Ram 1500", "Sig 365", "Rt 130"), and no word before names another kind of
number ("flight BA2490", "model number ... DHP485Z"). `normalise` is the one written form of a plate
every part of the product compares (the tip index and console search too).
"""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.lang.en.stop_words import STOP_WORDS

from .lexicon import PATTERNS_DIR, lexicon, read_jsonl, short_words, stop_words, vehicle_words

UK_CURRENT_RE = re.compile(r"\b([A-Z]{2}\d{2})( ?)([A-Z]{3})\b", re.IGNORECASE)
UK_PREFIX_RE = re.compile(r"\b([A-Z]\d{1,3})( ?)([A-Z]{3})\b", re.IGNORECASE)
# "YD 16 KLO": a current plate in three groups, in capitals only, with a DVLA area letter and an age identifier
# (02-29, 51-79); else its last two groups read as a dateless plate ("16 KLO")
UK_CURRENT_SPACED_RE = re.compile(r"(?<![\w-])([A-HK-PRSVWY][A-Z]) (0[2-9]|[12]\d|5[1-9]|[67]\d) ([A-Z]{3})(?![\w-])")
# "Y 291 HKW": a prefix plate written with a space after its year letter, in capitals only (never I, O, U, Z)
UK_PREFIX_SPACED_RE = re.compile(r"(?<![\w-])([A-HJ-NP-TV-Y]) (\d{1,3}) ([A-Z]{3})(?![\w-])")
UK_SUFFIX_RE = re.compile(r"\b([A-Z]{3})( ?)(\d{1,3}[A-Z])\b", re.IGNORECASE)
US_SPLIT_RE = re.compile(r"(?<![\w-])([A-Z]{2,4}|\d[A-Z]{2,3})[ -](\d{3,4})(?![\w-])", re.IGNORECASE)
# a letter and a digit in the word (the look-aheads): all-letter and all-digit words are never plates
SINGLE_RE = re.compile(r"(?<![\w\-/.@:])(?=[A-Z0-9]*\d)(?=[A-Z0-9]*[A-Z])[A-Z0-9]{5,8}(?![\w\-/@:])", re.IGNORECASE)
MONEY_AFTER_RE = re.compile(r"\s+(?:cash|quid|bucks|dollars|pounds|grand|each|a\s+(?:week|month|night))\b", re.IGNORECASE)
UNIT_RE = re.compile(
    r"^\d+(?:st|nd|rd|th|am|pm|mins?|hrs?|mph|kph|mg|ml|kg|lbs?|k|g|gb|tb|mb|cc|hp|s|x|p|yo|yrs?|ish|ft|in|cm|mm|km|m)$",
    re.IGNORECASE,
)
# The most characters an uncued shape has before its first digit: "ABCD-1234" (US_SPLIT_RE) 5, a joined plate
# (SINGLE_RE, up to 8 characters, one a digit) 7
MAX_BEFORE_DIGIT = 7
# A whole UK plate, normalised: current (AB12CDE), prefix (A123BCD), suffix (ABC123D)
UK_WHOLE_RE = re.compile(r"[A-Z]{2}\d{2}[A-Z]{3}|[A-Z]\d{1,3}[A-Z]{3}|[A-Z]{3}\d{1,3}[A-Z]")
# a letter next to a digit, or one space or hyphen away ("[A-Za-z][ -]?\d|\d[A-Za-z]|\d [A-Z]"), written from the digit
# so that the engine stops only at digits (the same texts pass; tests/nlp/test_speed27.py)
LETTER_DIGIT_RE = re.compile(r"\d(?:(?<=[A-Za-z]\d)|(?<=[A-Za-z][ -]\d)|(?=[A-Za-z]|\ [A-Z]))")
RUNS_RE = re.compile(r"[A-Za-z]+|\d+")
LETTERS_RUN = re.compile(r"[A-Za-z]+")
DIGITS_RUN = re.compile(r"\d+")
CODE_TOKEN_RE = re.compile(r"[A-Za-z0-9-]*\d[A-Za-z0-9-]*|[A-Z]{1,4}")
CODE_FILLER = frozenset("number no no. num # code id is was : - nos".split())
PREVIOUS_WORD_RE = re.compile(r"([A-Za-z0-9-]+)\s+$")
# "acct 4417 xxxx xxxx 9902", "card ****1234": a masked number (a card, an account); no plate group is 4 x's long
MASK_RE = re.compile(r"[xX*]{4,}")


def normalise(raw: str) -> str:
    return "".join(ch for ch in raw.upper() if ch.isalnum())


def is_wordish(chunk: str, text_is_upper: bool) -> bool:
    """A chunk that reads as a word rather than a plate group ("and", "cat"), unless written in capitals."""
    lowered = chunk.lower()
    if lowered in stop_words() or len(chunk) > 4:
        return True
    written_upper = chunk.isupper() and not text_is_upper
    return lowered in short_words() and not written_upper

def single_token_plate(token: str) -> bool:
    """US-style joined plates (HVM2207, 2CX4471, R82KLT) but not models, units or ordinals."""
    if token.isalpha() or token.isdigit() or UNIT_RE.match(token):
        return False
    if len(RUNS_RE.findall(token)) > 3:
        return False  # OLED55C1, GX2390B1: plates alternate letters and digits at most three times
    lowered = token.lower()
    if lowered in lexicon()["not_plates"]:
        return False
    letter_runs = LETTERS_RUN.findall(token)
    digit_runs = DIGITS_RUN.findall(token)
    if max(map(len, letter_runs)) > 4 or max(map(len, digit_runs)) > 4 or sum(map(len, digit_runs)) < 2:
        return False
    if token[0].isdigit() and token[-1].isalpha() and len(letter_runs) == 1:
        return False  # 1080p, 520d, 12ab: units, trims, house numbers
    if token[0].isalpha() and token[-1].isdigit() and len(letter_runs) == 1:
        # A38, B3135, M5: one letter and digits is a road (or a grid square, a paper size), not a plate; two letters
        # and digits (BA2490, hb511, GT40) a flight or a model, as US_SPLIT_RE's "UA 1234": such a plate needs a cue
        return len(letter_runs[0]) > 2 and not letter_group_is_taken(letter_runs[0])
    if token[0].isalpha() and token[-1].isalpha():
        # letters-digits-letters: only the UK shapes (AB12CDE, A123BCD); AF300UK, DX7S are models
        front, back = len(letter_runs[0]), len(letter_runs[1])
        return back == 3 and (front == 1 or (front == 2 and len(digit_runs[0]) == 2))
    return True


def letter_group_is_taken(group: str) -> bool:
    """True when letters before digits name something else: a word, a model, a gun, a road, or a label of another
    number on a card ("licence EXP 0928", "DOB 0411": lexicon not_plate_labels)."""
    lowered = group.lower()
    return (
        lowered in short_words()
        or lowered in lexicon()["not_plate_labels"]
        or lowered in stop_words()
        or lowered in lexicon()["model_prefixes"]
        or lowered in vehicle_words()
        or lowered in lexicon()["us_states"]
    )


def capitals_spell_a_plate(text: str, match: re.Match, text_is_upper: bool) -> bool:
    """"shogun GUY 448T" in a lower-case text: a UK suffix plate whose letters spell a short word on purpose, written
    in capitals right after the vehicle; never a stop word ("ALL 12A"), an amount ("HIT 100K"), a model, a state or a
    card label."""
    group = match.group(1)
    if not group.isupper() or text_is_upper or group.lower() in STOP_WORDS or UNIT_RE.match(match.group(3)):
        return False
    before = PREVIOUS_WORD_RE.search(text, max(0, match.start() - 30), match.start())
    if before is None or before.group(1).lower() not in vehicle_kind_words() | vehicle_words():
        return False
    return not (
            group.lower() in lexicon()["model_prefixes"] or group.lower() in vehicle_words()
            or group.lower() in lexicon()["us_states"] or group.lower() in lexicon()["not_plate_labels"])


def uncued_plates(text: str, text_is_upper: bool) -> list[tuple[int, int]]:
    found = []
    if not LETTER_DIGIT_RE.search(text):
        return found  # every uncued shape has a letter next to a digit (or one space or hyphen away)
    # Every shape below holds a digit with at most MAX_BEFORE_DIGIT characters of it before its first digit, so no
    # match starts before `start`: each regex is run from there (its look-behinds and \b still read the text
    # before), not over the words before the text's first digit.
    start = max(0, DIGITS_RUN.search(text).start() - MAX_BEFORE_DIGIT)
    for regex, word_group in ((UK_CURRENT_RE, 3), (UK_PREFIX_RE, 3)):
        for match in regex.finditer(text, start):
            if match.group(2) and is_wordish(match.group(word_group), text_is_upper):
                continue
            if regex is UK_PREFIX_RE and match.group(2) and match.group(1)[0] in "ABMabm" and match.group(3).islower():
                continue  # "a39 bus": a road, then a word
            found.append(match.span())
    for regex in (UK_PREFIX_SPACED_RE, UK_CURRENT_SPACED_RE) if not text_is_upper else ():
        for match in regex.finditer(text, start):   # not "MY 19 YRS": a unit after the digits
            if not is_wordish(match.group(3), text_is_upper) and not UNIT_RE.match(match.group(2) + match.group(3)):
                found.append(match.span())
    for match in UK_SUFFIX_RE.finditer(text, start):
        if not letter_group_is_taken(match.group(1)) or capitals_spell_a_plate(text, match, text_is_upper):
            found.append(match.span())
    for match in US_SPLIT_RE.finditer(text, start):
        letters = match.group(1)
        previous = PREVIOUS_WORD_RE.search(text, 0, match.start())
        if previous and previous.group(1).lower() in vehicle_words() and not model_then_plate(letters, match.group(2),
                                                                                                text_is_upper):
            continue  # "Honda PCX 125", "Focus ST 250": a model and its engine size
        if len(letters) == 2 or letters.islower() and letters.isalpha():
            continue  # "UA 1234", "BA 249": flights and codes; "doin 100", "abt 100", "prob 100": slang or a short form
            # before an amount (no dev plate is written so without a cue; "hvm 2207" after "plate" is the cued route's)
        if letters[0].isupper() and letters[1:].islower() or MONEY_AFTER_RE.match(text, match.end()):
            continue  # "a fella called Gaz 600", "tom 600 cash": a name written as a name, or a sum; a plate needs a cue
        if letters[0].isdigit() or not letter_group_is_taken(letters):
            found.append(match.span())
    for match in SINGLE_RE.finditer(text, start):
        if single_token_plate(match.group()):
            found.append(match.span())
    for match in DIGITS_FIRST_RE.finditer(text, start) if not text_is_upper else ():
        if digits_first_plate(text, match):
            found.append(match.span())
    return found


# A UK dateless plate written digits first ("4471 NT", "3 KYR"), or a US plate so ("411 MKV"): capitals in a text that
# is not all capitals, written beside the vehicle or a plate word, and never a unit, a direction or a word ("10 PM", "1200 NW")
# starts with a plain digit class, so the engine scans fast; the character before is checked in digits_first_plate
DIGITS_FIRST_RE = re.compile(r"(\d{1,4}) ([A-Z]{2,3})(?![\w-])")
NOT_BEFORE_DIGITS = re.compile(r"[\w\-/.:£$#,]")
DIRECTIONS = frozenset("n s e w ne nw se sw nb sb eb wb".split())
VEHICLE_TALK_RE = re.compile(r"\b(?:reg|plates?|tags?|dateless|cherished)\b", re.IGNORECASE)


@lru_cache(maxsize=1)
def vehicle_kind_words() -> frozenset[str]:
    """Lower-case makes, models and kinds of vehicle (not colours): a text that names one is about a vehicle."""
    return frozenset(p["pattern"].lower() for p in read_jsonl(PATTERNS_DIR / "vehicles.jsonl")
                     if p["label"] in ("MAKE", "MODEL", "VTYPE"))


def digits_first_plate(text: str, match: re.Match) -> bool:
    digits, letters = match.group(1), match.group(2)
    if match.start() and NOT_BEFORE_DIGITS.match(text, match.start() - 1):
        return False   # inside a longer number or code
    lowered = letters.lower()
    if len(letters) + len(digits) < 4 or len(letters) == 2 and len(digits) < 3:
        return False   # "car 2 AB": too short to tell from any other code without a plate word
    if UNIT_RE.match(digits + lowered) or lowered in DIRECTIONS or letters in ("NI", "GB", "UK") \
            or letter_group_is_taken(letters) or FRAGMENT_CUE_BEFORE_RE.search(text, max(0, match.start() - 30),
                                                                             match.start()):
        return False   # "reg ends in 8 XP": a fragment (partial_plates.py), "3008 NI reg": a model, then a region
    street = NEXT_WORD_RE.match(text, match.end())
    if street and street.group(1).lower() in lexicon()["street_suffixes"]:
        return False   # "12 AB road": a street
    after = PLURAL_AFTER_RE.match(text, match.end())
    if after and after.group(1) not in ("was", "is", "has", "as", "this", "its", "his", "yes", "plus"):
        return False   # "3 ATM cards": a count of things an acronym names
    if letters in CURRENCY_CODES:
        return False   # "5000 USD"
    # Written beside the vehicle: after its make, model or kind ("defender 4471 NT", "tractor, 4402 UY", "explorer KS
    # 411 MKV") or a plate word, or before its colour, make or model ("3 KYR black bentley"); not "car with 4 WD"
    before = WORD_BEFORE_RE.search(text, max(0, match.start() - 40), match.start())
    right_before = before.group(1).lower() if before and not text[before.end(1):match.start()].strip() else ""
    if right_before in vehicle_kind_words() and (len(digits) <= 3 or digits.endswith("00")):
        return False   # "bmw 320 DSE", "transit 350 LWB": a model's number and its trim
    if before and before.group(1).isupper() and len(before.group(1)) == 2:   # a state code between
        before = WORD_BEFORE_RE.search(text, max(0, before.start() - 40), before.start(1))
    word = before.group(1).lower() if before else ""
    if word in vehicle_kind_words() or word in vehicle_words() or VEHICLE_TALK_RE.fullmatch(word):
        return True
    following = WORD_AFTER_RE.match(text, match.end())
    if following is not None and following.group(1).lower() in vehicle_words():
        return True
    # "6771 KV on a green iveco daily": the plate, then the vehicle it is on
    carrier = ON_VEHICLE_AFTER_RE.match(text, match.end())
    return carrier is not None and any(word.lower() in vehicle_words() or word.lower() in vehicle_kind_words()
                                       for word in carrier.group(1).split())


# ISO 4217 codes people write after an amount
CURRENCY_CODES = frozenset("USD GBP EUR CAD AUD NZD MXN JPY CHF CNY INR PLN SEK NOK DKK ZAR BRL".split())
WORD_BEFORE_RE = re.compile(r"([A-Za-z0-9-]+)[\s,:]*$")
WORD_AFTER_RE = re.compile(r"[\s,]+([A-Za-z-]+)")
ON_VEHICLE_AFTER_RE = re.compile(r"\s+on\s+(?:an?|his|her|their)\s+((?:[A-Za-z-]+\s+){0,2}[A-Za-z-]+)")
NEXT_WORD_RE = re.compile(r"\s+([A-Za-z]+)")
PLURAL_AFTER_RE = re.compile(r"\s+([a-z]+s)\b")
FRAGMENT_CUE_BEFORE_RE = re.compile(
    r"\b(?:(?:end(?:s|ed|ing)?|finish(?:es|ed|ing)?|start(?:s|ed|ing)?|beg[ia]n(?:s|ning)?)(?:\s+(?:in|with))?\s+|"
    r"(?:end|start|half|part|rest|middle|bit)\s+of\s+(?:the\s+)?(?:number\s*plate|reg|plate|tag)[\s,:;\-]*)$",
    re.IGNORECASE)   # "only caught the end of the reg, 7 KPL": a fragment


def model_then_plate(letters: str, digits: str, text_is_upper: bool) -> bool:
    """After a model name, "rogue BCK 4412" is its plate: capitals in a lower-case text, four digits that are no
    round engine size ("CBR 1000"), letters that are no model or word themselves ("PCX 125")."""
    return letters.isupper() and not text_is_upper and len(digits) == 4 and not digits.endswith("00") \
        and not letter_group_is_taken(letters)


def other_number_before(text: str, start: int, end: int | None = None) -> bool:
    """The word before names another kind of number: "flight BA2490", "order ABC12345", "model GX2390",
    "dewalt DCD796"; also past a "number"/"no" and the earlier groups of the same code ("frame number
    WTU 218 C0443"), and a letter group that is itself such a word ("ssn 123 45 6789", "imei 3548")."""
    cues = lexicon()["not_plate_cues"]
    if end is not None and not UK_CURRENT_RE.fullmatch(text, start, end):  # "LG66 PRN" is a plate, "imei 3548" no
        letters = LETTERS_RUN.match(text, start, end)
        if letters and letters.group().lower() in cues:
            return True
    words = text[max(0, start - 80):start].split()
    index = len(words) - 1
    groups = 0
    while index >= 0 and groups < 4 and CODE_TOKEN_RE.fullmatch(words[index].strip(".,:#")) \
            and words[index].lower().strip(".:") not in CODE_FILLER:
        index, groups = index - 1, groups + 1
    while index >= 0 and words[index].lower().strip(":") in CODE_FILLER:
        index -= 1
    if index >= 0 and (index < len(words) - 1) and words[index].lower().strip(".,:#") in cues:
        return True
    previous = PREVIOUS_WORD_RE.search(text, 0, start)
    if previous is None:
        previous = re.search(r"([A-Za-z]+)\s*[#:]\s*$", text[max(0, start - 20):start])
    if previous is not None and previous.group(1).lower() in OWNED_CUE_WORDS and other_tag_before(text, previous.start()):
        return True
    if previous is not None and previous.group(1).lower() in lexicon()["not_plate_cues"]:
        make = PREVIOUS_WORD_RE.search(text, 0, previous.start())
        if make is None or make.group(1).lower() not in vehicle_words(("MAKE", "COLOUR")):
            return True  # but "ford galaxy LV58 TYP": a model name after a make, then its plate ("la sierra makita
            # XSH03Z" is a saw: a word that is only a model's name, "sierra", is no make before the brand)
    if previous is not None and previous.group(1).islower() and previous.group(1) not in vehicle_words() | PLATE_WORDS:
        brand = PREVIOUS_WORD_RE.search(text, 0, previous.start())   # "dewalt drills DCD791": a brand, its goods, a model
        if brand is not None and brand.group(1).lower() in cues and brand.group(1).lower() not in vehicle_words():
            return True
    if end is not None and (joined := JOINED_CODE_BEFORE_RE.search(text, max(0, start - 30), start)) and \
            code_shape(joined.group(1)) == code_shape(text[start:end]) and \
            other_number_before(text, joined.start(1), joined.end(1)):
        return True   # "dewalt DCD796 and DCF887": the second of two codes of one shape is what the first is
    return code_named_before(text, start)


JOINED_CODE_BEFORE_RE = re.compile(r"(?<![\w-])([A-Za-z0-9]*\d[A-Za-z0-9]*)\s*(?:and|&|or|\+|,)\s*$", re.IGNORECASE)


def code_shape(code: str) -> str:
    """Letters as A, digits as 9, the rest dropped: "DCD796" and "DCF887" are both AAA999."""
    return "".join("9" if ch.isdigit() else "A" for ch in code if ch.isalnum())


OWNED_CUE_WORDS = frozenset("tag tags reg registration licence license lic".split())


def other_tag_before(text: str, tag_start: int) -> bool:
    """"claim tag 0044 812", "company reg 09921744", "shotgun licence 4418": the word before the plate cue makes it
    some other tag, registration or licence than a number plate (lexicon "not_plate_tags"). ``tag_start``: where
    the cue word starts."""
    kind = PREVIOUS_WORD_RE.search(text, 0, tag_start)
    having = False
    for _ in range(2):  # "collar has a tag 44812": past a verb of having and its article
        if kind is None or kind.group(1).lower() not in HAVING_WORDS:
            break
        having = having or kind.group(1).lower() in HAVING_VERBS
        kind = PREVIOUS_WORD_RE.search(text, 0, kind.start())
    owner = kind.group(1).lower() if kind is not None else ""
    if owner in CARRIED_ON_WORDS:   # "the serial on the tag is 0442X88": the tag carries another kind of code
        code = PREVIOUS_WORD_RE.search(text, 0, kind.start())
        while code is not None and code.group(1).lower() in ("number", "no", "num"):
            code = PREVIOUS_WORD_RE.search(text, 0, code.start())
        return code is not None and code.group(1).lower() in lexicon()["not_plate_cues"]
    if owner in lexicon()["vehicle_tag_owners"] and REGISTRATION_CUE_RE.match(text, tag_start):
        return False   # "cab reg LV11 TXA": a taxi's registration is its number plate (its licence is another number)
    # but "the car that hit the dog had tag ...": an animal that has a tag may be the one the car hit
    return owner in lexicon()["not_plate_tags"] and not (having and owner in ANIMALS)


# a registration cue, then a group that mixes letters and digits ("cab reg LV11 TXA"); "cab reg 4418" may be the
# council's licence number, so a digits-only group stays another number
REGISTRATION_CUE_RE = re.compile(r"(?:reg|registration|vrm)\b[\s:#.\-]*(?:(?:no|number|was|is|said)\b[\s:#.\-]*)*"
                                 r"(?=[A-Za-z]*\d)(?=\d*[A-Za-z])", re.IGNORECASE)


HAVING_VERBS = frozenset("has had with".split())
CARRIED_ON_WORDS = frozenset("on off from".split())
HAVING_WORDS = HAVING_VERBS | frozenset("a an its his her the".split())
ANIMALS = frozenset("dog pet animal sheep cattle cat kitten puppy horse cow calf heifer goat deer".split())


CLAUSE_END_RE = re.compile(r"[.,;!?\n]")
PLATE_WORDS = frozenset("reg registration plate plates tag tags vrm numberplate car van truck bike motorbike".split())


def code_named_before(text: str, start: int) -> bool:
    """"the model number on the stolen drill is DHP485Z", "serial no. on the box is XJ200K", "the serial on the tag
    is 0442X88": earlier in the same clause a word names another kind of code ("model", "serial": not_plate_cues)
    followed by "number", "no" or "on", and no word about a vehicle or plate comes between (but for the tag or plate
    the code is written on)."""
    before = text[max(0, start - 60):start]
    clause = CLAUSE_END_RE.split(before)[-1].lower().split()
    cues = lexicon()["not_plate_cues"]
    for index in range(len(clause) - 1, -1, -1):
        word = clause[index].strip("#:'\"()")
        if word in PLATE_WORDS:
            if index >= 2 and clause[index - 1] in ("the", "its", "a") and clause[index - 2] in CARRIED_ON_WORDS:
                continue   # "the serial on the tag is 0442X88": the tag is where the serial is written
            return False
        after = clause[index + 1].strip("#:") if index + 1 < len(clause) else ""
        if word in cues and (after in ("number", "no", "num", "nos") or after in CARRIED_ON_WORDS and
                             index + 2 < len(clause) and clause[index + 2] in CARRIERS):
            return True   # but "the reg on the tractor that dragged my gate off was BX07 HJN": "off" carries nothing
    return False


# "serial on the box", "the code off his card": the thing a code is written on
CARRIERS = frozenset("the a an his her its their my our your this that".split())

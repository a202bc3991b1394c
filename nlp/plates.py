"""Number plates (US and UK) and plate fragments.

Two routes to a plate:
- cued: after plate/tag/reg/registration/licence/lic/vrm (or a US state name) the longest
  run of up to 8 letters and digits that holds a digit is a plate, including all-digit
  ones; 2-3 characters, or a run followed by "...", "something", are a partial plate;
- uncued: only shapes that are distinctive on their own (UK AB12 CDE, A123 BCD,
  ABC 123D; US HVM2207, 2CX4471, ABC-1234), and only when the letter group is not
  a word, a make/model/gun/phone prefix or a road prefix ("GLE 350", "Ram 1500",
  "Sig 365", "Rt 130" are never plates).
"""
from __future__ import annotations

import json
import re
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from .doc_attrs import CONFIDENCE, PARTIAL_PLATES, PHONES, PLATE_STATES, PLATES, TIMES, attrs, read
from .lexicon import DATA_DIR, lexicon, short_words, stop_words, trie_pattern, vehicle_words
from .spans import overlaps, store, text_of

# "(?=[...])": a one-character look-ahead after \b turns most word starts away before the alternation.
CUE_RE = re.compile(
    r"\b(?=[nlptrvNLPTRV])(?:number\s*plates?|licen[cs]e(?:\s*(?:plates?|tags?|number|no))?|lic|plates?|tags?|"
    r"reg(?:istration)?(?:\s*(?:no|number|plate|mark))?|vrm)\b[\s:#=.\-]*",
    re.IGNORECASE,
)
# Substrings every match of CUE_RE / PLATE_CONTEXT_RE, and of STATE_CUE_RE, contains: `in` on the lower-cased text
# is far cheaper than a regex that fails, which is what most texts do.
CUE_SUBSTRINGS = ("plate", "tag", "reg", "lic", "vrm")
STATE_SUBSTRINGS = ("jersey", "york", "maryland", "connecticut", "pennsylvania", "delaware", "virginia", "ohio", "florida",
                    "texas", "california", "georgia", "carolina", "massachusetts", "michigan", "illinois")
STATE_CUE_RE = re.compile(  # state names as a trie: a plain alternation was the slowest regex here
    r"\b(?:new\s+(?:jersey|york)|" + trie_pattern(
        "jersey maryland connecticut pennsylvania delaware virginia ohio florida texas california georgia carolina "
        "massachusetts michigan illinois".split()) + r")\s+(?=\w*\d)",
    re.IGNORECASE,
)
FILLER_WORDS = frozenset(
    "no num number is was were reads read of said says looked looks like maybe possibly prob probably think "
    "i it's its was: # but it exact".split()
)
CHUNK_RE = re.compile(r"[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*")
WORD_RE = re.compile(r"\S+")
PARTIAL_MARKERS = re.compile(r"^\s*(?:\.\.\.|…|something|sumthin|summat|smth|and\s+something|\?|i\s+think\s+no)", re.IGNORECASE)
# one search each (a trie) instead of a substring test per word
CUE_SUBSTRINGS_RE = re.compile(trie_pattern(CUE_SUBSTRINGS))
STATE_SUBSTRINGS_RE = re.compile(trie_pattern(STATE_SUBSTRINGS))

UK_CURRENT_RE = re.compile(r"\b([A-Z]{2}\d{2})( ?)([A-Z]{3})\b", re.IGNORECASE)
UK_PREFIX_RE = re.compile(r"\b([A-Z]\d{1,3})( ?)([A-Z]{3})\b", re.IGNORECASE)
UK_SUFFIX_RE = re.compile(r"\b([A-Z]{3})( ?)(\d{1,3}[A-Z])\b", re.IGNORECASE)
US_SPLIT_RE = re.compile(r"(?<![\w-])([A-Z]{2,4}|\d[A-Z]{2,3})[ -](\d{3,4})(?![\w-])", re.IGNORECASE)
# a letter and a digit in the word (the look-aheads): all-letter and all-digit words are never plates
SINGLE_RE = re.compile(r"(?<![\w\-/.@:])(?=[A-Z0-9]*\d)(?=[A-Z0-9]*[A-Z])[A-Z0-9]{5,8}(?![\w\-/@:])", re.IGNORECASE)
UNIT_RE = re.compile(
    r"^\d+(?:st|nd|rd|th|am|pm|mins?|hrs?|mph|kph|mg|ml|kg|lbs?|k|g|gb|tb|mb|cc|hp|s|x|p|yo|yrs?|ish|ft|in|cm|mm|km|m)$",
    re.IGNORECASE,
)
LETTER_DIGIT_RE = re.compile(r"[A-Za-z][ -]?\d|\d[A-Za-z]")
RUNS_RE = re.compile(r"[A-Za-z]+|\d+")
LETTERS_RUN = re.compile(r"[A-Za-z]+")
DIGITS_RUN = re.compile(r"\d+")
PARTIAL_RE = re.compile(
    r"\b(?=[sbeflpchSBEFLPCH])(?:start(?:s|ed|ing)?(?:\s+with)?|beg[ia]n(?:s|ning)?(?:\s+with)?|end(?:s|ed|ing)?(?:\s+(?:in|with))?|finish(?:es|ed|ing)?\s+with|"
    r"(?:first|last)\s+(?:(?:\w+)\s+){0,2}?(?:letters?|digits?|numbers?|characters?|bit|part|(?=of\s+(?:the\s+)?(?:reg|plate|tag)))"
    r"(?:\s*of\s+(?:the\s+)?(?:number\s*plate|registration|reg|plate|tag))?(?:\s+(?:were|was|is|are))?|"
    r"partial(?:\s+(?:plate|reg|tag))?(?:\s+(?:of|was|is))?(?![a-z])|partly\s+(?:seen|read)\s+as|"
    r"partially(?:\s+(?:seen|read))?(?:\s+as)?|something\s+like|contain(?:s|ed|ing)?|ha[sd])"
    r"\s*[:,\-]?\s*[\"']?(?P<frag>[A-Za-z0-9]{1,5}(?:[ -][A-Za-z0-9]{1,4})?)(?![\w-])",
    re.IGNORECASE,
)
# "first letters", "last 3 digits" say themselves that a fragment of a plate follows; "starts with",
# "ends in", "has" only in a text that speaks of a plate (PLATE_CONTEXT_RE).
SELF_CUED_RE = re.compile(r"^(?:first|last)\s", re.IGNORECASE)
IN_IT_RE = re.compile(r"^(?:\s+and\s+(?P<second>[A-Za-z0-9]{1,4}))?\s+in\s+(?:it|the\s+middle)\b", re.IGNORECASE)  # "has GN and 18 in it"
# in a text about a plate, a letter-and-digit group the tipster marks as incomplete ("said HG09 something")
MARKED_PARTIAL_RE = re.compile(
    r"(?<![\w-])(?=[A-Za-z]*\d)(?=\d*[A-Za-z])(?P<frag>[A-Za-z0-9]{2,5})\s*(?:\.\.\.|…|something\b|summat\b)", re.IGNORECASE)
PARTIAL_BEFORE_CUE_RE = re.compile(r"\b(?:partial|partly|half\s+(?:a|the))\s+$", re.IGNORECASE)  # "partial plate LJ 19"
UK_FRONT_HALF_RE = re.compile(r"[A-Z]{2}\d{2}")  # "reg YD15": the first half of a UK plate is not a whole plate
# between two readings of one plate: "or maybe", "? maybe, or", "? not sure the order, maybe"
ALTERNATIVE_RE = re.compile(
    r"^[\s?,]*(?:(?:or|/|maybe|possibly|perhaps|prob(?:ably)?|(?:but\s+)?(?:it\s+)?(?:could|might|may)(?:\s+have)?\s+be(?:en)?|"
    r"not\s+sure(?:\s+(?:of|about))?"
    r"(?:\s+the\s+order)?)[\s?,]*)+$", re.IGNORECASE)
ALTERNATIVE_AHEAD_RE = re.compile(
    r"[\s?,]*(?:(?:or|/|maybe|possibly|perhaps|prob(?:ably)?|(?:but\s+)?(?:it\s+)?(?:could|might|may)(?:\s+have)?\s+be(?:en)?|"
    r"not\s+sure(?:\s+(?:of|about))?"
    r"(?:\s+the\s+order)?)[\s?,]*)+", re.IGNORECASE)
CODE_TOKEN_RE = re.compile(r"[A-Za-z0-9-]*\d[A-Za-z0-9-]*|[A-Z]{1,4}")
CODE_FILLER = frozenset("number no no. num # code id is was : - nos".split())
PREVIOUS_WORD_RE = re.compile(r"([A-Za-z0-9-]+)\s+$")
SELF_CUED_WORDS_RE = re.compile(r"\b(?:first|last)\b", re.IGNORECASE)
PLATE_CONTEXT_RE = re.compile(r"\b(?=[pltrPLTR])(?:plates?|tags?|reg|registration|lic|licen[cs]e)\b", re.IGNORECASE)


def normalise(raw: str) -> str:
    return "".join(ch for ch in raw.upper() if ch.isalnum())


def is_wordish(chunk: str, text_is_upper: bool) -> bool:
    """A chunk that reads as a word rather than a plate group ("and", "cat"), unless written in capitals."""
    lowered = chunk.lower()
    if lowered in stop_words() or len(chunk) > 4:
        return True
    written_upper = chunk.isupper() and not text_is_upper
    return lowered in short_words() and not written_upper


def cued_candidate(text: str, pos: int, text_is_upper: bool) -> tuple[int, int] | None:
    """Read plate chunks after a cue; return the char range of the longest plausible plate."""
    best = None
    start = None
    length = 0
    for word in WORD_RE.finditer(text, pos):
        raw = word.group().rstrip(".,;!?)\"'")
        lowered = raw.lower()
        if start is None and (lowered in FILLER_WORDS or (len(lowered) > 3 and lowered in state_codes())):
            continue  # "tags were kansas 318 JXR": a state name before the plate is no part of it
        if not CHUNK_RE.fullmatch(raw):
            break
        chunk = raw.replace("-", "")
        if chunk.isalpha() and is_wordish(chunk, text_is_upper):
            break
        length += len(chunk)
        if length > 8:
            break
        if start is None:
            start = word.start()
        end = word.start() + len(raw)
        if any(ch.isdigit() for ch in text[start:end]):
            best = (start, end)
        if len(raw) < len(word.group()) and word.group()[len(raw)] in ",;!?)":
            break  # "reg YF19 KLO, 2 lads": a comma ends the plate
    return best


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
        # A38, B3135, M5: one letter and digits is a road (or a grid square, a paper size), not a plate
        return len(letter_runs[0]) > 1 and not letter_group_is_taken(letter_runs[0])
    if token[0].isalpha() and token[-1].isalpha():
        # letters-digits-letters: only the UK shapes (AB12CDE, A123BCD); AF300UK, DX7S are models
        front, back = len(letter_runs[0]), len(letter_runs[1])
        return back == 3 and (front == 1 or (front == 2 and len(digit_runs[0]) == 2))
    return True


def letter_group_is_taken(group: str) -> bool:
    """True when letters before digits name something else: a word, a model, a gun, a road."""
    lowered = group.lower()
    return (
        lowered in short_words()
        or lowered in stop_words()
        or lowered in lexicon()["model_prefixes"]
        or lowered in vehicle_words()
        or lowered in lexicon()["us_states"]
    )


def uncued_plates(text: str, text_is_upper: bool) -> list[tuple[int, int]]:
    found = []
    if not LETTER_DIGIT_RE.search(text):
        return found  # every uncued shape has a letter next to a digit (or one space or hyphen away)
    for regex, word_group in ((UK_CURRENT_RE, 3), (UK_PREFIX_RE, 3)):
        for match in regex.finditer(text):
            if match.group(2) and is_wordish(match.group(word_group), text_is_upper):
                continue
            if regex is UK_PREFIX_RE and match.group(2) and match.group(1)[0] in "ABMabm" and match.group(3).islower():
                continue  # "a39 bus": a road, then a word
            found.append(match.span())
    for match in UK_SUFFIX_RE.finditer(text):
        if not letter_group_is_taken(match.group(1)):
            found.append(match.span())
    for match in US_SPLIT_RE.finditer(text):
        letters = match.group(1)
        previous = PREVIOUS_WORD_RE.search(text, 0, match.start())
        if previous and previous.group(1).lower() in vehicle_words():
            continue  # "Honda PCX 125", "Focus ST 250": a model and its engine size
        if len(letters) == 2:
            continue  # "UA 1234", "BA 249": flights and codes; a two-letter plate needs a cue
        if letters[0].isdigit() or not letter_group_is_taken(letters):
            found.append(match.span())
    for match in SINGLE_RE.finditer(text):
        if single_token_plate(match.group()):
            found.append(match.span())
    return found


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
    if previous is not None and previous.group(1).lower() in lexicon()["not_plate_cues"]:
        make = PREVIOUS_WORD_RE.search(text, 0, previous.start())
        if make is None or make.group(1).lower() not in vehicle_words():
            return True  # but "ford galaxy LV58 TYP": a model name after a make, then its plate
    return code_named_before(text, start)


CLAUSE_END_RE = re.compile(r"[.,;!?\n]")
PLATE_WORDS = frozenset("reg registration plate plates tag tags vrm numberplate car van truck bike motorbike".split())


def code_named_before(text: str, start: int) -> bool:
    """"the model number on the stolen drill is DHP485Z", "serial no. on the box is XJ200K": earlier in the same
    clause a word names another kind of code ("model", "serial": not_plate_cues) followed by "number" or "no",
    and no word about a vehicle or plate comes between."""
    before = text[max(0, start - 60):start]
    clause = CLAUSE_END_RE.split(before)[-1].lower().split()
    cues = lexicon()["not_plate_cues"]
    for index in range(len(clause) - 1, -1, -1):
        word = clause[index].strip("#:'\"()")
        if word in PLATE_WORDS:
            return False
        if word in cues and index + 1 < len(clause) and clause[index + 1].strip("#:") in ("number", "no", "num", "nos"):
            return True
    return False


@lru_cache(maxsize=None)
def state_codes() -> dict[str, str]:
    """Lower-case state name or code -> code ("new jersey" -> "NJ", "pa" -> "PA")."""
    names = json.loads((DATA_DIR / "en" / "us_states.json").read_text(encoding="utf-8"))
    codes = {name: code for name, code in names.items() if not name.startswith("_")}
    codes.update({code.lower(): code for code in set(codes.values())})
    return codes


STATE_WORD_RE = re.compile(r"[A-Za-z]{2}")
STATE_BEFORE_RE = re.compile(
    r"(?:^|[^\w])((?:new|north|south|west|rhode|district\s+of)?\s*[A-Za-z]+)\s*(?:\(|,)?\s*"
    r"(?:(?:licen[cs]e\s+)?(?:tags?|plates?|reg)(?:\s+(?:was|is|read|reads|number|no))?\s*[:#]?\s*)?$", re.IGNORECASE)
STATE_AFTER_RE = re.compile(r"^\s*[(,]?\s*([A-Za-z]+(?:\s+(?:jersey|york|carolina|dakota|hampshire|mexico|island|virginia))?)",
                            re.IGNORECASE)


def strip_state(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """A two-letter state written at the start or end of a cued plate is the state, not part of the plate:
    "tag PA JKM4410" -> JKM4410 (and PA as its state, see `state_of`)."""
    start, end = span
    words = text[start:end].split()
    if len(words) < 2:
        return span
    codes = state_codes()
    first, last = words[0], words[-1]
    if len(first) == 2 and first.lower() in codes and len(normalise("".join(words[1:]))) >= 4 \
            and any(ch.isdigit() for ch in "".join(words[1:])):
        start = text.index(words[1], start + 2)
    elif len(last) == 2 and last.isupper() and last.lower() in codes and len(normalise("".join(words[:-1]))) >= 4:
        end = start + text[start:end].rindex(last)
        end = start + len(text[start:end].rstrip())
    return start, end


def state_of(text: str, start: int, end: int) -> str | None:
    """The US state written just before or after a plate: "PA JKM4410", "tag read HVM 2207 NJ",
    "maryland tag 2CX4471", "(ohio)". Two-letter codes count in capitals, or lower case right next to it."""
    codes = state_codes()
    before = STATE_BEFORE_RE.search(text[max(0, start - 40):start])
    after = STATE_AFTER_RE.match(text[end:end + 24])
    for match, where in ((before, "before"), (after, "after")):
        if match is None:
            continue
        word = " ".join(match.group(1).split())
        lowered = word.lower()
        if lowered in codes and (len(word) > 2 or word.isupper() or (where == "before" and match.end() == len(
                text[max(0, start - 40):start]) and text[start - 1:start] == " ")):
            return codes[lowered]
        last = lowered.split()[-1] if lowered else ""
        if where == "after" and len(lowered.split()) > 1 and last in codes and len(last) > 2:
            return codes[last]
    return None


HEDGE_BEFORE_RE = re.compile(r"\b(?:i\s+think|maybe|not\s+sure|something\s+like|possibly|like|can'?t\s+remember)\b[^.!?]*$",
                             re.IGNORECASE)
HEDGE_AFTER_RE = re.compile(r"^\s*(?:or\s+something|\?|i\s+think|maybe|not\s+sure|or\s+similar)", re.IGNORECASE)
CONFIDENT_PLATE, HEDGED_PLATE, TWO_READINGS = 0.95, 0.6, 0.5


def plate_confidence(text: str, plates: list[tuple[int, int, str]]) -> dict[str, float]:
    """0.5 for each of two readings of one plate ("HVR 3321 or maybe HVR 3312"), 0.6 for a plate the
    tipster hedges ("like 7 JDR", "S4 RAH or something"), else 0.95."""
    scores = {}
    ordered = sorted(plates)
    for index, (start, end, value) in enumerate(ordered):
        score = CONFIDENT_PLATE
        if HEDGE_BEFORE_RE.search(text[max(0, start - 30):start]) or HEDGE_AFTER_RE.match(text[end:end + 16]):
            score = HEDGED_PLATE
        neighbours = ordered[index - 1:index] + ordered[index + 1:index + 2]
        for other_start, other_end, _ in neighbours:
            gap = text[end:other_start] if other_start >= end else text[other_end:start]
            if ALTERNATIVE_RE.match(gap):
                score = TWO_READINGS
        scores[value] = min(score, scores.get(value, 1.0))
    return scores


def find_plates(text: str, blocked: list[tuple[int, int]]) -> tuple[list, list]:
    """Return (plates, partial_plates) as (start, end, normalised) facts."""
    text_is_upper = text.isupper()
    plates: list[tuple[int, int, str]] = []
    partials: list[tuple[int, int, str]] = []
    taken: list[tuple[int, int]] = []
    lowered = text.lower()
    cue_words = CUE_SUBSTRINGS_RE.search(lowered) is not None  # every CUE_RE and PLATE_CONTEXT_RE match holds one
    state_words = STATE_SUBSTRINGS_RE.search(lowered) is not None
    for cue_re in (CUE_RE if cue_words else None, STATE_CUE_RE if state_words else None):
        for cue in cue_re.finditer(text) if cue_re is not None else ():
            span = cued_candidate(text, cue.end(), text_is_upper)
            if span is None or overlaps(*span, taken):
                continue
            readings = [strip_state(text, span)]
            ahead = ALTERNATIVE_AHEAD_RE.match(text, span[1])
            if ahead and ahead.end() > span[1] and any(w in ahead.group().lower() for w in ("or", "may", "/", "might", "could")):
                other = cued_candidate(text, ahead.end(), text_is_upper)  # "YD15 or YD16", "QWT R52? maybe, or QWT R25"
                if other is not None and not overlaps(*other, taken):
                    other = strip_state(text, other)
                    first, second = normalise(text[slice(*readings[0])]), normalise(text[slice(*other)])
                    if abs(len(first) - len(second)) <= 1 and len(set(first) & set(second)) >= min(len(first), len(second)) - 2:
                        readings.append(other)
            values = [normalise(text[a:b]) for a, b in readings]
            if min(map(len, values)) < 2:
                continue
            taken.extend(readings)
            partial = PARTIAL_BEFORE_CUE_RE.search(text, max(0, cue.start() - 12), cue.start()) is not None or any(
                len(v) <= 3 or UK_FRONT_HALF_RE.fullmatch(text[a:b].upper()) or (
                PARTIAL_MARKERS.match(text[b:b + 16]) and (len(v) < 5 or not text[b:b + 1] == "?"))
                for v, (a, b) in zip(values, readings))
            for (a, b), value in zip(readings, values):
                (partials if partial else plates).append((a, b, value))
    for start, end in sorted(uncued_plates(text, text_is_upper), key=lambda s: s[0] - s[1]):
        if overlaps(start, end, taken) or overlaps(start, end, blocked) or other_number_before(text, start, end):
            continue
        taken.append((start, end))
        plates.append((start, end, normalise(text[start:end])))
    plate_context = cue_words and bool(PLATE_CONTEXT_RE.search(text))
    if plate_context or (("first" in lowered or "last" in lowered) and SELF_CUED_WORDS_RE.search(text)):
        for match in PARTIAL_RE.finditer(text):
            if not plate_context and not SELF_CUED_RE.match(match.group()):
                continue
            start, end = match.span("frag")
            fragment = match.group("frag")
            head, _, tail = fragment.replace("-", " ").partition(" ")
            if tail and (is_wordish(tail, text_is_upper) if tail.isalpha() else False):
                fragment, end = head, start + len(head)  # "starts KN and ..." -> "KN"
            elif tail and head.isalpha() and is_wordish(head, text_is_upper) and head.lower() not in stop_words():
                continue  # "the last letter, white audi": words, not a fragment
            elif tail and head.lower() in stop_words():
                fragment, start = tail, end - len(tail)  # "had a 70 in it" -> "70"
            second = None
            if match.group().lower().startswith("ha"):
                in_it = IN_IT_RE.match(text[end:end + 24])
                if not in_it:
                    continue  # "has LX in it", not "had a dog"
                second = in_it.group("second")
                if second is not None and not (second.isalpha() and is_wordish(second, text_is_upper)):
                    second_start = end + in_it.start("second")
                    if not overlaps(second_start, second_start + len(second), taken):
                        taken.append((second_start, second_start + len(second)))
                        partials.append((second_start, second_start + len(second), normalise(second)))
            if overlaps(start, end, taken) or (fragment.isalpha() and is_wordish(fragment, text_is_upper)):
                continue
            if fragment.lower() in stop_words():
                continue
            taken.append((start, end))
            partials.append((start, end, normalise(fragment)))
        if plate_context:
            for match in MARKED_PARTIAL_RE.finditer(text):
                start, end = match.span("frag")
                letters = LETTERS_RUN.search(match.group("frag")).group()
                if overlaps(start, end, taken) or overlaps(start, end, blocked) or UNIT_RE.match(match.group("frag")) \
                        or (len(letters) > 1 and is_wordish(letters, text_is_upper)):
                    continue
                taken.append((start, end))
                partials.append((start, end, normalise(match.group("frag"))))
    partials.sort()
    return plates, partials


@Language.component("tip_plates", requires=attrs(PHONES, TIMES), assigns=attrs(PLATES, PARTIAL_PLATES, PLATE_STATES, CONFIDENCE) + ["doc.spans"])
def plate_finder(doc: Doc) -> Doc:
    """Find number plates and plate fragments, never inside a phone number or a time.

    doc (Doc): The Doc to annotate.
    RETURNS (Doc): The same Doc, with doc._.plates and doc._.partial_plates set.
    """
    blocked = [(s, e) for s, e, _ in read(doc, PHONES) + read(doc, TIMES)]
    text = text_of(doc)
    plates, partials = find_plates(text, blocked)
    store(doc, PLATES, plates)
    store(doc, PARTIAL_PLATES, partials)
    states = {}
    for start, end, value in plates:
        state = state_of(text, start, end)
        if state:
            states[value] = state
    doc.user_data[PLATE_STATES] = states
    confidence: dict[str, dict[str, float]] = {}
    doc.user_data[CONFIDENCE] = confidence  # the first component to score facts: places.py adds its own
    if plates:
        confidence[PLATES] = plate_confidence(text, plates)
    if partials:
        confidence[PARTIAL_PLATES] = {value: 0.9 for _, _, value in partials}
    return doc

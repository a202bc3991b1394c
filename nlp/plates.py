"""Number plates (US and UK) and plate fragments: the `tip_plates` component.

Two routes to a plate:
- cued (here): after plate/tag/reg/registration/licence/lic/vrm (or a US state name) the longest
  run of up to 8 letters and digits that holds a digit is a plate, including all-digit
  ones; 2-3 characters, or a run followed by "...", "something", are a partial plate;
- uncued (plate_shapes.py): only shapes that are distinctive on their own (UK AB12 CDE, A123 BCD,
  ABC 123D; US HVM2207, 2CX4471, ABC-1234), and only when the letter group is not
  a word, a make/model/gun/phone prefix or a road prefix ("GLE 350", "Ram 1500",
  "Sig 365", "Rt 130" are never plates).
Fragments the tipster names as such ("began with KN") are partial_plates.py's; the US state written
beside a plate plate_states.py's; how sure each plate is plate_confidence.py's.
"""
from __future__ import annotations

import re

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.tokens import Doc

from .card_descriptors import without_descriptors
from .counted_pieces import counted_pieces
from .doc_attrs import CONFIDENCE, PARTIAL_PLATES, PHONES, PLATE_STATES, PLATES, TIMES, VEHICLE_PARTS, attrs, read
from .flight_numbers import without_flights
from .hedges import hedged_scores
from .hyphen_plates import hyphen_plates
from .irish_plates import irish_plates
from .lexicon import lexicon, stop_words, vehicle_words
from .licence_numbers import is_licence_number
from .literal_gates import holds_stem
from .model_glued_plates import model_glued
from .obscured_plates import obscured_pieces
from .partial_plates import LONG_DIGITS_AFTER_RE, find_partials
from .partial_readings import read_on, shape
from .partial_tails import with_tails
from .plate_confidence import ALTERNATIVE_AHEAD_RE, plate_confidence
from .plate_corrections import take_back, taken_back_parts
from .plate_positions import named_positions
from .plate_shapes import (
    MASK_RE,
    UK_WHOLE_RE,
    is_wordish,
    normalise,
    other_number_before,
    other_tag_before,
    uncued_plates,
)
from .plate_states import is_region_mark, state_codes, state_named_before, state_of, strip_state
from .quoted_plates import quoted_plates
from .spanish_rules import common_spanish
from .spans import lower_words, overlaps, store, text_of
from .spelled_partials import spelled_partials
from .state_code_plates import STATE_DIGITS_RE, state_code_plates
from .state_cues import STATE_CUE_RE, STATE_LAST_WORDS, STATE_SUBSTRINGS_RE  # "tag was wisconsin 881-LRX"
from .tag_owners import owned_by_other_thing, sits_on_other_thing
from .temp_tags import temp_tags
from .trailing_letter_plates import with_trailing_letter

# "(?=[...])": a one-character look-ahead after \b turns most word starts away before the alternation.
CUE_RE = re.compile(
    r"\b(?=[nlptrvNLPTRV])(?:number\s*plates?|licen[cs]e(?:\s*(?:plates?|tags?|number|no))?|lic|plates?|tags?|"
    r"reg(?:istration)?(?:\s*(?:no|number|plate|mark))?|vrm)\b[\s:#=.\-]*",
    re.IGNORECASE,
)
# Substrings every match of CUE_RE / PLATE_CONTEXT_RE (partial_plates.py), and of STATE_CUE_RE, contains: `in` on the lower-cased text
# is far cheaper than a regex that fails, which is what most texts do.
CUE_SUBSTRINGS = ("plate", "tag", "reg", "lic", "vrm")
FILLER_WORDS = frozenset(
    "no num number is was were reads read of said says looked looks like maybe possibly prob probably think "
    "i it's its was: # but it exact either something".split()   # "reg was either HK17 FOX or ...", "plates something like"
)
CHUNK_RE = re.compile(r"[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*")
WORD_RE = re.compile(r"\S+")
PARTIAL_MARKERS = re.compile(r"^\s*(?:(?:\.\.\.|…)(?!\s*(?:no|wait|sorry|actually|oh)\b)|something|sumthin|summat|smth|(?:and|then)\s+something(?!\s+else)|\?|i\s+think\s+no)", re.IGNORECASE)
# one search each (a trie) instead of a substring test per word
# "partial plate LJ 19", "part of the reg was 7 KRV", "last 4 of the tag were 7719", "the last 4 numbers on the tag were
# 2207": the tipster says it is a piece
PARTIAL_BEFORE_CUE_RE = re.compile(
    r"\b(?:partial|partly|half\s+(?:a|the)|(?:part|half|(?:first|last)\s+(?:\d|few|two|three|four|bit)"
    r"(?:\s+(?:letters?|digits?|numbers?|characters?|nums?))?)"
    r"\s+(?:of|on)\s+(?:the|his|her|their|a)\s+(?:number\s+)?)\s*$", re.IGNORECASE)
# "4KQT 88?? something": question marks glued to the plate, then "something", stand for the characters not read (one
# "?" after a whole plate is doubt, "ABC 123? maybe"; so is "CKM4417?? no, CKM4471", a reading taken back)
UNREAD_MARKS_RE = re.compile(r"\?{2,}\s*(?:something|sumthin|summat|smth|(?:and|then)\s+something|\.\.\.|…)", re.IGNORECASE)
# UK plate words, and the kinds of UK plate that are short or digits first: "reg 4471 NH", "dateless plate 1 KT"
UK_CUE_RE = re.compile(r"(?:number\s*plate|reg|vrm)", re.IGNORECASE)
UK_KIND_BEFORE_RE = re.compile(r"\b(?:dateless|cherished|private|personal)\s+(?:number\s*)?$", re.IGNORECASE)
UK_FRONT_HALF_RE = re.compile(r"[A-Z]{2}\d{2}")  # "reg YD15": the first half of a UK plate is not a whole plate
DATELESS_RE = re.compile(r"\d{1,4}[A-Z]{1,3}")   # a UK dateless plate, digits first: "5 LOL", "1 KT"
# "a private plate, 5 LOL": after a named kind of UK plate a comma may come before the plate
KIND_COMMA_RE = re.compile(r"\s*,\s*")


def cued_candidate(text: str, pos: int, text_is_upper: bool, dateless: bool = False) -> tuple[int, int] | None:
    """Read plate chunks after a cue; return the char range of the longest plausible plate. ``dateless``: the cue
    names a UK private plate ("private plate 5 LOL"), whose letters are often a word on purpose."""
    best = None
    start = None
    length = 0
    labels, states = lexicon()["not_plate_labels"], state_codes()   # looked up once a call, not once a word
    for word in WORD_RE.finditer(text, pos):
        raw = word.group().rstrip(".,;!?)\"'")
        lowered = raw.lower()
        if start is None and (lowered in FILLER_WORDS or (len(lowered) > 3 and lowered in states)):
            continue  # "tags were kansas 318 JXR": a state name before the plate is no part of it
        if start is None and lowered in labels:
            return None   # "licence says DOB 04 11 1987": a label naming another kind of number (birth date, expiry)
        if lowered in labels:
            break   # "temp tag 2024 exp 03/25": the label starts another number (the expiry), it ends this one
        if not CHUNK_RE.fullmatch(raw):
            break
        chunk = raw.replace("-", "")
        if start is not None and not text_is_upper and any(ch.isupper() for ch in chunk) and \
                text[start:word.start()].rstrip().isalpha() and text[start:word.start()].islower():
            start, length, best = None, 0, None   # "the reg isnt KX19 ABC": a lower-case word before a capitals plate is prose
        if MASK_RE.fullmatch(chunk):
            return None   # "tag xxxx 4417": a masked number, a card or an account
        if chunk.isalpha() and is_wordish(chunk, text_is_upper) and not (
                start is not None and word_on_purpose(normalise(text[start:word.start()]), chunk, text_is_upper, dateless)) \
                and not (start is None and capital_group_before_digits(text, word.end(), chunk, text_is_upper)):
            break  # but "cherished plate B16 GUY", "reg LB19 FEW": capitals that end a whole UK plate shape spell a word on purpose
        if start is not None and chunk.islower() and any(ch.isupper() for ch in text[start:word.start()]) and \
                (chunk in stop_words() or common_spanish(chunk)):
            break  # "placa de jersey F22-MVR se estaciona": a lower-case word after a capitals plate is prose
        if start is None and is_region_mark(chunk):
            length -= len(chunk)  # "tag TN 7RK 1105", "reg NI AJZ 1184": the state or region mark is not counted
        length += len(chunk)
        if length > 8:
            if chunk.isdigit() and start is not None and normalise(text[start:word.start()]).isdigit():
                return None   # "tag 0044 218 997": digit groups that run past a plate's length are one longer number
            break
        if start is None:
            start = word.start()
        end = word.start() + len(raw)
        if any(ch.isdigit() for ch in text[start:end]):
            best = (start, end)
        if len(raw) < len(word.group()) and word.group()[len(raw)] in ",;!?)":
            break  # "reg YF19 KLO, 2 lads": a comma ends the plate
    return best

def word_on_purpose(before: str, chunk: str, text_is_upper: bool, dateless: bool) -> bool:
    """Whether capitals ``chunk``, a word, end the plate begun by ``before`` (normalised): "cherished plate B16 GUY",
    "reg LB19 FEW" (a UK plate shape), "private plate 5 LOL" (a dateless one); never "reg LB19 AND then"."""
    if not chunk.isupper() or text_is_upper:
        return False
    if UK_WHOLE_RE.fullmatch(before + chunk):
        return chunk.lower() not in STOP_WORDS or (len(chunk) == 3 and UK_FRONT_HALF_RE.fullmatch(before) is not None
                                                   and chunk.lower() not in lexicon()["clause_words_after_plate"])
    return dateless and DATELESS_RE.fullmatch(before + chunk) is not None


# a plate cue's number that is only a year: no plate in any dev file is one ("tag 2019", "reg was 2015", "placa 2021")
YEAR_ONLY_RE = re.compile(r"(?:19[6-9]\d|20[0-3]\d)")
# digits only, led by two zeros: a ticket, receipt or claim number; no plate of any dev file is one
ZERO_LED_DIGITS_RE = re.compile(r"00\d+")

# a group of 3-5 digits right after a letter group, as the plate's second half ("plate AM 41177")
DIGIT_GROUP_AFTER_RE = re.compile(r" \d{3,5}(?![\w-])")


def capital_group_before_digits(text: str, end: int, chunk: str, text_is_upper: bool) -> bool:
    """"CT plate AM 41177": a short stop word in capitals ("AM", "ME", "US") in a text that is not all capitals, the
    first thing after the cue and followed by a group of digits, is the plate's letter group, not the word (the filler
    words, "plate IS 4412", are skipped before this is asked)."""
    return 2 <= len(chunk) <= 3 and chunk.isupper() and not text_is_upper and DIGIT_GROUP_AFTER_RE.match(text, end) is not None

# the cue words of spelled_partials.py: most texts hold none, so they skip its patterns
SPOKEN_CUE_RE = re.compile(r"\b(?:start|beg[ia]n|end|finish|first|last)")


# Plate cue words another word can own ("claim tag", "company reg", "council licence"; lexicon "not_plate_tags")
OWNED_CUES = ("tag", "reg", "licen", "lic")


def find_plates(text: str, blocked: list[tuple[int, int]], names_vehicle: bool = True,
                present: frozenset[str] | None = None) -> tuple[list, list]:
    """Return (plates, partial_plates) as (start, end, normalised) facts. ``names_vehicle``: the text names a
    vehicle (a make, model or type), so a "license #" may be its plate (licence_numbers.py). ``present``: the
    text's lower-case words (spans.lower_words), when the caller has them."""
    text_is_upper = text.isupper()
    plates: list[tuple[int, int, str]] = []
    partials: list[tuple[int, int, str]] = []
    taken: list[tuple[int, int]] = []
    lowered = text.lower()
    cue_words = holds_stem(CUE_SUBSTRINGS, lowered)  # every CUE_RE and PLATE_CONTEXT_RE match holds one
    if present is not None and text.isascii():
        # a STATE_CUE_RE match in an ASCII text ends with a state's last word as a whole letter run: a set test
        state_words = not present.isdisjoint(STATE_LAST_WORDS)
    else:
        state_words = STATE_SUBSTRINGS_RE.search(lowered) is not None
    plates.extend(irish_plates(text, taken, blocked))   # "151-D-12345", "reg 12 D 4567": before the cued reader cuts them
    for cue_re in (CUE_RE if cue_words else None, STATE_CUE_RE if state_words else None):
        for cue in cue_re.finditer(text) if cue_re is not None else ():
            if cue.group().lower().startswith(OWNED_CUES) and (other_tag_before(text, cue.start()) or owned_by_other_thing(
                    text, cue.start())) and not model_of_make_before(text, cue.start()):
                continue   # "claim tag 0044 812", "company reg 09921744", "shotgun licence 4418": not a number plate
            if cue.group()[:3].lower() == "lic" and is_licence_number(text, cue.start(), names_vehicle):
                continue   # "his card said ... lic #TN-44817": the licence's own number
            kind = UK_KIND_BEFORE_RE.search(text, max(0, cue.start() - 20), cue.start()) is not None
            comma = KIND_COMMA_RE.match(text, cue.end()) if kind else None
            span = cued_candidate(text, comma.end() if comma else cue.end(), text_is_upper, kind)
            if span is None and (owner := WHOSE_PLATE_RE.match(text, cue.end())) and \
                    not set(owner.group().lower().split()) & lexicon()["not_plate_tags"]:   # "tag on the dog says 4412"
                span = cued_candidate(text, owner.end(), text_is_upper)   # "plate on the app says 348XRT"
            if span is None or overlaps(*span, taken) or LONG_DIGITS_AFTER_RE.match(text, span[1]) \
                    and not UK_WHOLE_RE.fullmatch(normalise(text[slice(*span)])):
                continue   # "tag number 0125 BA 338812": a bag tag's number goes on; no plate group is 6 digits
            if cue.group()[:3].lower() == "tag" and sits_on_other_thing(text, span[1]):
                continue   # "a tag 7721 on its collar": the tag is the collar's
            uk = UK_CUE_RE.match(cue.group()) is not None or kind
            readings = [strip_state(text, span, uk, state_named_before(text, cue.start()))]
            ahead = ALTERNATIVE_AHEAD_RE.match(text, span[1])
            if ahead and ahead.end() > span[1] and any(w in ahead.group().lower() for w in ("or", "may", "/", "might", "could")):
                other = cued_candidate(text, ahead.end(), text_is_upper, kind)  # "YD15 or YD16", "QWT R52? maybe, or QWT R25"
                if other is not None and not overlaps(*other, taken):
                    other = strip_state(text, other, uk)
                    first, second = normalise(text[slice(*readings[0])]), normalise(text[slice(*other)])
                    if abs(len(first) - len(second)) <= 1 and len(set(first) & set(second)) >= min(len(first), len(second)) - 2:
                        readings.append(other)
            values = [normalise(text[a:b]) for a, b in readings]
            if min(map(len, values)) < 2 or (cue_re is STATE_CUE_RE and min(map(len, values)) <= 3):
                continue   # "ohio 45 min away", "the oregon 4x4 crew": a state alone does not say a short number is a plate's
            if any(YEAR_ONLY_RE.fullmatch(v) or ZERO_LED_DIGITS_RE.fullmatch(v) for v in values):
                continue   # "tag 2019 on the back window": a year; "lote 22 tag 0044187": a receipt's or ticket's number
            taken.extend(readings)
            partial = PARTIAL_BEFORE_CUE_RE.search(text, max(0, cue.start() - 30), cue.start()) is not None or any(
                len(v) <= 3 and not UK_KIND_BEFORE_RE.search(text, max(0, cue.start() - 20), cue.start()) or UK_FRONT_HALF_RE.fullmatch(text[a:b].upper()) or (
                PARTIAL_MARKERS.match(text[b:b + 24]) and (len(v) < 5 or not text[b:b + 1] == "?" or UNREAD_MARKS_RE.match(text, b)))
                for v, (a, b) in zip(values, readings))
            for (a, b), value in zip(readings, values):
                (partials if partial else plates).append((a, b, value))
    if cue_words:
        plates.extend(quoted_plates(text, taken, blocked))   # "a ct plate that said 'DAWGFAN'"
    for start, end in sorted(uncued_plates(text, text_is_upper), key=lambda s: s[0] - s[1]):
        if overlaps(start, end, taken) or overlaps(start, end, blocked) or other_number_before(text, start, end) \
                or LONGER_CODE_AFTER_RE.match(text, end) or MASK_RE.match(text, start) \
                or model_glued(text, start, end, text_is_upper):   # "green l200 AKZ 3907"
            continue
        taken.append((start, end))
        plates.append((start, end, normalise(text[start:end])))
    for start, end, value in hyphen_plates(text, taken, blocked):   # "1-JRP-806", "GV-123-K"
        taken.append((start, end))
        plates.append((start, end, value))
    for start, end, value in temp_tags(text, blocked):   # "temp tag on the back window 5544821"
        if not overlaps(start, end, taken):
            taken.append((start, end))
            plates.append((start, end, value))
    if names_vehicle and not text_is_upper and STATE_DIGITS_RE.search(text):
        plates.extend(state_code_plates(text, taken, blocked))   # "honda odyssey again, RI 448 921"
    plates.extend(other_first_groups(text, plates, text_is_upper, taken))
    if cue_words and SPOKEN_CUE_RE.search(lowered):   # first, so "were lima delta" is not read as the group LIMA
        partials.extend(spelled_partials(text, taken))   # "starts with bravo kilo", "ends in seven two"
    partials.extend(find_partials(text, lowered, cue_words, text_is_upper, taken, blocked))
    partials.extend(named_positions(text, taken, blocked))   # "the end of the reg, UTP", "el final de la placa, KLM"
    partials.extend(counted_pieces(text, text_is_upper, taken, blocked))   # "ohio plates, first three HRW"
    partials.extend(obscured_pieces(text, text_is_upper, taken, blocked, lowered))   # "plate partly covered in mud, i could see YJ7"
    partials.extend(read_on(text, sorted(partials), text_is_upper, taken, blocked))  # "NKY or NKV", "KVL then 77"
    plates = take_back(text, with_trailing_letter(text, plates, blocked), blocked)   # "ABC 123? no sorry it was ACB 132"
    partials = taken_back_parts(text, partials, plates)   # "KN65 sorry KN66 ULR"
    return plates, sorted(with_tails(text, partials, [(s, e) for s, e, _ in plates] + list(blocked)))   # "ends in 2 9 K"


# a make, then one word (its model), right before the cue: "honda pilot tag RWD 3318"
MODEL_BEFORE_CUE_RE = re.compile(r"([A-Za-z-]+)\s+([A-Za-z-]+)[\s,]+$")


def model_of_make_before(text: str, cue_start: int) -> bool:
    """The word that owns the cue is a model after its make ("honda pilot tag ...", not a pilot's tag): the tag is
    the vehicle's plate."""
    before = MODEL_BEFORE_CUE_RE.search(text, max(0, cue_start - 40), cue_start)
    return before is not None and before.group(1).lower() in vehicle_words(("MAKE",)) and \
        before.group(2).lower() in vehicle_words(("MODEL",))


# "plate on the app says 348XRT", "tag on the silver honda pilot was ...": what the plate is on, then a verb of being
# or saying; a few words at most, so a later clause's number is not read
WHOSE_PLATE_RE = re.compile(r"(?:on|of)\s+(?:the|his|her|their|that|this|its|a|an)\s+(?:[A-Za-z'-]+\s+){1,4}?"
                            r"(?:was|is|says|said|reads|read|were|showed|shows)\b[\s:#=.\-]*", re.IGNORECASE)


# "reg was OIG or OJG 5512": a first group written two ways, right before a plate
FIRST_GROUP_BEFORE_RE = re.compile(r"(?<![\w-])(?P<group>[A-Za-z0-9]{1,4})\s+or\s+(?:maybe\s+)?$", re.IGNORECASE)


def other_first_groups(text: str, plates: list, text_is_upper: bool, taken: list) -> list[tuple[int, int, str]]:
    """The other reading of a plate whose first group the tipster gives two ways ("OIG or OJG 5512" -> OIG5512):
    the group before "or" has the shape of the plate's first group (letters and digits in the same places)."""
    found = []
    for start, end, value in plates:
        first = text[start:end].split()[0]
        before = FIRST_GROUP_BEFORE_RE.search(text, max(0, start - 20), start) if first != text[start:end] else None
        if before is None:
            continue
        group = before.group("group")
        if shape(group) != shape(first) or group.upper() == first.upper() or overlaps(*before.span("group"), taken) or (
                group.isalpha() and (is_wordish(group, text_is_upper) or not (group.isupper() or text_is_upper))):
            continue
        taken.append(before.span("group"))
        found.append((*before.span("group"), normalise(group) + value[len(normalise(first)):]))
    return found


# "WTU 0812 P4412": a plate shape followed by another letters-and-digits group is part of a longer code
LONGER_CODE_AFTER_RE = re.compile(r"[ -](?=[A-Za-z]*\d)(?=\d*[A-Za-z])[A-Za-z0-9]{3,}(?![\w-])")


@Language.component("tip_plates", requires=attrs(PHONES, TIMES, VEHICLE_PARTS), assigns=attrs(PLATES, PARTIAL_PLATES, PLATE_STATES, CONFIDENCE) + ["doc.spans"])
def plate_finder(doc: Doc) -> Doc:
    """Find number plates and plate fragments, never inside a phone number or a time.

    doc (Doc): The Doc to annotate.
    RETURNS (Doc): The same Doc, with doc._.plates and doc._.partial_plates set.
    """
    blocked = [(s, e) for s, e, _ in read(doc, PHONES) + read(doc, TIMES)]
    text = text_of(doc)
    # "license # ..." of a car; an everyday word that is also a model ("up", "focus") names none
    names_vehicle = any(span.label_ != "COLOUR" and span.id_ != "ambiguous" for span in read(doc, VEHICLE_PARTS))
    plates, partials = find_plates(text, blocked, names_vehicle, lower_words(doc))
    # "got back on EZY8812", "the card shows XKT*SERV 0441": a flight's or a statement's number, no plate
    plates, partials = (without_descriptors(text, without_flights(text, facts)) for facts in (plates, partials))
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
        confidence[PARTIAL_PLATES] = hedged_scores(text, partials, 0.9)  # "ends 4LX i think": 0.6, not said back
    return doc

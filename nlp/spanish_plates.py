"""Spanish plates: after "placa", "tablilla", "matrícula" ("la placa era LKT 4419 o algo asi", "placa de
jersey R45 KLM"), part plates by cue or by where they sit ("las ultimas 3 de la placa eran XRT", "tenia 4J al
final"), and the tests that keep Spanish prose from reading as a plate ("paga 150", "la casa 2900").
"""
from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import spanish_lexicon
from .plate_confidence import TWO_READINGS, plate_confidence
from .plate_corrections import cue_before
from .plate_shapes import normalise
from .spanish_lower_plates import lower_case_plate
from .spanish_plate_parts import counted_part
from .spanish_rules import rules, stem_tests, us_state_codes
from .spans import overlaps

# An officer named just before "placa" and a number alone: the placa is a badge.
BADGE_BEFORE_RE = re.compile(r"\b(?:oficial|agente|polic[ií]as?|patrullero|sheriff|cop|officer)\b", re.IGNORECASE)


NOT_THIS_BEFORE_RE = re.compile(r"\bno\s+(?:era|es|fue)\s+$", re.IGNORECASE)
def not_this(text: str, start: int) -> bool:
    """"la placa no era 5JKR771": what the plate is not; after a take-back word ("sorry no es PF68 WNE") a correction."""
    found = NOT_THIS_BEFORE_RE.search(text, max(0, start - 10), start)
    return bool(found) and not cue_before(text, found.start())


# "RTK-88J o (tal vez) RTK-89J", "3309 HGM o puede que 3309 HGN", "o puede ser RTK-89J", "o creo que RTK-89J"
# "RTK-88J pero igual era RTK-89J", "pero a lo mejor RTK-89J": after "pero" a hedge must follow
HEDGES_ES = (r"tal\s+vez\s+|quiz[aá]s?\s+|a\s+lo\s+mejor\s+|puede\s+(?:que|ser)\s+(?:que\s+)?(?:sea\s+|era\s+)?|"
             r"creo\s+que\s+(?:era\s+|es\s+)?|igual\s+(?:era\s+|es\s+)?")
ALTERNATIVE_ES = rf"\s*,?\s+(?:[ou]\s+(?:{HEDGES_ES})?|pero\s+(?:{HEDGES_ES}))"
ALTERNATIVE_ES_RE = re.compile(ALTERNATIVE_ES, re.IGNORECASE)
# (the plate word may come between them: "empezaba con RJ la placa, o tal vez RV")
PARTIAL_SECOND_RE = re.compile(r"(?:\s+(?i:de\s+)?(?i:la)\s+(?i:placa|tablilla|matr[ií]cula))?" + ALTERNATIVE_ES
                               + r"([A-Z0-9]{1,4})(?![A-Za-z0-9])")
SECOND_READING_RE = re.compile(ALTERNATIVE_ES + r"([A-Z0-9]{1,4}[\s\-][A-Z0-9]{1,5}(?:-[A-Z0-9]{1,3})?|[A-Z0-9]{5,8})(?![A-Za-z0-9])")
# the other reading of a plate typed in lower case, in lower case too: "hvr 3321 o hvr 3312"
SECOND_READING_LOWER_RE = re.compile(ALTERNATIVE_ES + r"([a-z0-9]{1,4}[\s\-][a-z0-9]{1,5}|[a-z0-9]{5,8})(?![A-Za-z0-9])")


def reading_scores(text: str, plates: list) -> dict[str, float]:
    """plate_confidence, with the Spanish "o" between two readings of one plate (each is then uncertain)."""
    scores = plate_confidence(text, plates)
    ordered = sorted(plates)
    for (_, end, first), (start, _, second) in zip(ordered, ordered[1:]):
        if ALTERNATIVE_ES_RE.fullmatch(text[end:start]):
            scores[first] = scores[second] = TWO_READINGS
    return scores


def lower_word_plate(raw: str) -> bool:
    """"paga 150", "casa 12": a lower-case word of 3 letters or more and a number, as Spanish prose writes them; and
    "10x12", "4x4": a size, two numbers and a lower-case "x"."""
    return bool(re.fullmatch(r"[a-zñáéíóú]{3,}[\s\-]*\d+|\d+[\s\-]*[a-zñáéíóú]{3,}|\d{1,3}x\d{1,3}", raw))


def written_as_plate(raw: str) -> bool:
    """"DE70 UNA", "Y 832 RDV": all in capitals with three letters or more, a plate even where its
    letters spell a Spanish word (prose writes "la casa 2900", "una" in lower case)."""
    return raw == raw.upper() and sum(ch.isalpha() for ch in raw) >= 3


def drop_conjunction(text: str, plate: tuple) -> tuple:
    """"BKN 5590 o algo asi": the Spanish "o" (or "y", "e", "u") after a plate is not part of it."""
    start, end, _ = plate
    cut = re.search(r"\s+[oyeu]$", text[start:end])
    if cut is None:
        return plate
    end = start + cut.start()
    return (start, end, normalise(text[start:end]))


# "GTR 77 algo": a reading the tipster says is not all of the plate ("o algo asi" after a whole one is a hedge)
SOMETHING_AFTER_RE = re.compile(r"\s+(?:y\s+)?algo\b(?!\s+as[ií])", re.IGNORECASE)
PLATE = r"([A-Z0-9]{1,4}[\s\-][A-Z0-9]{1,5}(?:-[A-Z0-9]{1,3})?|[A-Z0-9]{5,8})"
# the plate first and its word after: "FRY-2208 es la placa del señor", "KTM 4418 era la placa?"
PLATE_BEFORE_CUE_RE = re.compile(rf"(?<![A-Za-z0-9\-]){PLATE},?\s+(?:(?i:es|era|fue)\s+)?(?i:la|su|mi)\s+"
                                 r"(?i:placa|tablilla|matr[ií]cula)\b")


VANITY_RE = re.compile(r"\bpersonalizad[ao]s?\b", re.IGNORECASE)


def vanity_plate(cue: str, raw: str, value: str) -> bool:
    """A plate of letters only, in capitals, after "placa personalizada" (a vanity plate: "placa personalizada
    MAMI-RCN"); every other plate holds a digit."""
    return bool(VANITY_RE.search(cue)) and value.isalpha() and 4 <= len(value) <= 8 and raw == raw.upper()


def find_plates(text: str, blocked) -> tuple[list, list]:
    r = rules()
    plates, partials = [], []
    if not stem_tests()["plate"].search(text.lower()):
        return plates, partials
    for match in r["plate"].finditer(text):
        raw = match.group(1)
        value = normalise(raw)
        lower = raw != raw.upper() and lower_case_plate(raw)   # "la placa era hvr 3321": typed in lower case
        if not (any(ch.isdigit() for ch in value) or vanity_plate(match.group(0), raw, value)) \
                or not re.search(r"[A-Z0-9]", raw.upper()) or (raw != raw.upper() and not lower):
            continue
        start, end = match.span(1)
        if overlaps(start, end, blocked):
            continue
        if value.isdigit() and BADGE_BEFORE_RE.search(text[max(0, match.start() - 40):match.start()]):
            continue  # "el oficial era el de la placa 2217": a badge number
        if not_this(text, start):
            continue  # "la placa no era 5JKR771, era 5JKR711": the corrected reading only
        if 5 <= len(value) <= 8 and SOMETHING_AFTER_RE.match(text, end):
            partials.append((start, end, value))   # "la placa era GTR 77 algo, no vi lo demas": the start of one
        elif 5 <= len(value) <= 8 or value.isalpha():   # letters only: a vanity plate, whole at 4 ("LOCO")
            plates.append((start, end, value))
            other = (SECOND_READING_LOWER_RE if lower else SECOND_READING_RE).match(text, end)   # "RTK-88J o RTK-89J"
            if other and (not lower or lower_case_plate(other.group(1))) and abs(len(normalise(other.group(1))) - len(value)) <= 1 and \
                    len(set(normalise(other.group(1))) & set(value)) >= len(value) - 2:
                plates.append((other.start(1), other.end(1), normalise(other.group(1))))
        elif 2 <= len(value) <= 4:
            partials.append((start, end, value))
    for match in PLATE_BEFORE_CUE_RE.finditer(text):   # "FRY-2208 es la placa del señor"
        value = normalise(match.group(1))
        if 5 <= len(value) <= 8 and any(ch.isdigit() for ch in value) and any(ch.isalpha() for ch in value) \
                and not overlaps(*match.span(1), blocked + [(s, e) for s, e, _ in plates]):
            plates.append((*match.span(1), value))
    if r["plate_context"].search(text):
        for match in r["partial"].finditer(text):
            start, end = match.span(1)
            if " " in match.group(1) and text.isupper():
                end = start + match.group(1).index(" ")   # "TERMINA EN 72 ERA ...": a text in capitals, the first group only
            counted = counted_part(text, start, end)   # "empezaba con 2 letras, HK": the count is no part
            if counted is None:
                continue
            start, end = counted or (start, end)
            value = normalise(text[start:end])
            if any(ch.isupper() or ch.isdigit() for ch in value) and text[start:end] == text[start:end].upper() \
                    and not overlaps(start, end, [(s, e) for s, e, _ in plates]):
                partials.append((start, end, value))
                other = PARTIAL_SECOND_RE.match(text, end)   # "terminaba en 218 o 281": both readings
                if other and len(other.group(1)) == len(value) and other.group(1).isdigit() == value.isdigit():
                    partials.append((*other.span(1), other.group(1)))
        for match in r["partial_where"].finditer(text):
            group = 1 if match.group(1) else 2
            value = match.group(group)
            if any(ch.isdigit() for ch in value) or value.isupper():
                if not overlaps(*match.span(group), [(s, e) for s, e, _ in plates + partials]):
                    partials.append((match.start(group), match.end(group), value))
    return plates, partials


# Spain's plates since 2000: four digits and three consonants of the plate alphabet (no vowels, Ñ or Q), in capitals
# ("2268 KRT", "4471-LPD"): a shape no Spanish prose or code takes, read with no plate word; not a sum or a unit
# ("1200 MXN", "300 KMS")
SPAIN_PLATE_RE = re.compile(r"(?<![\w\-])(\d{4}[\s\-]?(?!MXN|DLS|KMS|HRS|MTS|GRS|KGS|LBS|PTS|CMS|MLS)[BCDFGHJKLMNPRSTVWXYZ]{3})(?![\w\-])")


def spain_plates(text: str, blocked) -> list:
    """Spain's current plates with no plate word (see SPAIN_PLATE_RE): "una furgo gris (2268 KRT) para en ..."."""
    return [(*m.span(1), normalise(m.group(1))) for m in SPAIN_PLATE_RE.finditer(text) if not overlaps(*m.span(1), blocked)]


@lru_cache(maxsize=1)
def _state_before_re() -> re.Pattern:
    from .spanish_rules import plate_regions
    lex = spanish_lexicon()
    regions = "|".join(sorted((re.escape(n) for n in plate_regions(lex)), key=len, reverse=True))
    return re.compile(rf"(?:^|[\s,.;:(])(?:{regions}),?\s+$", re.IGNORECASE)


def plate_countries(lex: dict) -> list[str]:
    """A foreign plate's country ("mexicana", "francesa", "de portugal": the plate_qualifiers from "francesa" on, see the
    lexicon's note): named right before a plate in capitals, as a state is ("era mexicana JKS-448-B")."""
    qualifiers = lex["plate_qualifiers"]
    return qualifiers[qualifiers.index("francesa"):]


# A plate-shaped token in capitals (rare in a tip): only then is the text before it read for a state
# (not two groups of a three-group plate: "jalisco, JKR-44-71" is read whole below, not as "JKR-44")
PLATE_TOKEN_RE = re.compile(r"(?<![A-Za-z0-9])([A-Z0-9]{2,4}[\s\-]?[A-Z0-9]{2,4})(?![A-Za-z0-9]|-[A-Za-z0-9])")
ZIP_RE = re.compile(r"([A-Z]{2})\s?\d{5}")   # a ZIP after its state's code ("NY 10001"); "AN 43221" is a plate
# a token of capitals and digits, both: what a plate beside its state needs (a name in capitals has no digit)
CAPITALS_AND_DIGIT_RE = re.compile(r"(?<![A-Za-z0-9])(?:(?=[A-Z0-9\-]*\d)(?=[A-Z0-9\-]*[A-Z])[A-Z0-9\-]{2,}(?![a-z])|"
                                   r"[A-Z]{2,3}\s\d{3,5}(?![A-Za-z0-9]))")   # or capitals, a space, digits: "AN 43221"
TWO_CAPITALS_RE = re.compile(r"[A-Z][^A-Z]{0,9}[A-Z]")   # a PLATE_TOKEN_RE token (at most 9 long) holds two


def state_plates(text: str, blocked) -> list:
    """"nevada 478-TKD, hyundai elantra blanco": a plate in capitals right after the state that issued it, with no
    plate word (the plate word finds "placa nevada 478-TKD"); letters and digits both, two of each at least, so
    "texas 2024" and "nueva york NY 10001" (a zip code) are none."""
    found = []
    if TWO_CAPITALS_RE.search(text) is None:
        return found   # most tips are typed in lower case: no token with two capital letters, no plate here
    for match in PLATE_TOKEN_RE.finditer(text):
        raw = match.group(1)
        value = normalise(raw)
        if not _plate_like(raw, value):
            continue
        if _state_before_re().search(text, max(0, match.start() - 32), match.start()) and \
                not overlaps(*match.span(1), blocked):
            found.append((match.start(1), match.end(1), value))
            found += _second_reading(text, match.end(1), value)   # "FL QTZ-K41 o QTZ-K47": both readings
    if CAPITALS_AND_DIGIT_RE.search(text) is None:
        return found
    before, after = _state_beside_res()
    for candidate in PLATE_START_RE.finditer(text):   # "FL QTZ-K41 o QTZ-K47", "JTR R47 florida": the state beside
        start, end = candidate.span(1)
        raw, value = candidate.group(1), normalise(candidate.group(1))
        if not _plate_like(raw, value) or overlaps(start, end, blocked + [f[:2] for f in found]):
            continue
        if before.search(text, max(0, start - 32), start) or after.match(text, end):
            found.append((start, end, value))
            found += _second_reading(text, end, value)   # "... o QTZ-K47": both readings
    return sorted(found)


def _second_reading(text: str, end: int, value: str) -> list:
    """Another reading of the plate ending at end, after "o" ("QTZ-K41 o QTZ-K47"): as long, most characters shared."""
    other = SECOND_READING_RE.match(text, end)
    if other and len(normalise(other.group(1))) == len(value) and \
            len(set(normalise(other.group(1))) & set(value)) >= len(value) - 2:
        return [(*other.span(1), normalise(other.group(1)))]
    return []


# where a plate in capitals may start (each word start, so "FL QTZ-K41" is tried from "QTZ" too)
PLATE_START_RE = re.compile(rf"(?<![A-Za-z0-9\-])(?=({PLATE})(?![A-Za-z0-9]))")


# a street's ordinal as the last group: "EN LA 44TH ST" is Louisiana's code nowhere, the street is 44th
ORDINAL_LAST_RE = re.compile(r"(?:^|[\s\-])\d{1,3}(?:ST|ND|RD|TH|st|nd|rd|th)$")


def _plate_like(raw: str, value: str) -> bool:
    """5 to 8 characters, two letters and two digits at least, not a zip code ("NY 10001") nor a street's ordinal."""
    zip_code = ZIP_RE.fullmatch(raw)
    return 5 <= len(value) <= 8 and not (zip_code and zip_code.group(1) in us_state_codes()) \
        and not ORDINAL_LAST_RE.search(raw) \
        and sum(ch.isdigit() for ch in value) >= 2 and sum(ch.isalpha() for ch in value) >= 2


@lru_cache(maxsize=1)
def _state_beside_res() -> tuple[re.Pattern, re.Pattern]:
    """(a state then a plate, a plate then a state): a state's name in any case, its code in capitals; the plate in
    capitals, as the correction finder writes one (so "FL QTZ-K41" is read whole, not as the token "FL QTZ")."""
    from .spanish_rules import plate_regions
    lex = spanish_lexicon()
    names = "|".join(sorted((re.escape(n).replace(r"\ ", r"\s+") for n in plate_regions(lex) + plate_countries(lex)
                             if not n.isupper()),
                            key=len, reverse=True))
    codes = "|".join(sorted(re.escape(c) for c in lex["plate_region_codes_after"]))
    before = re.compile(rf"(?:^|[\s,.;:(])(?:(?i:{names})|{codes}),?\s+(?:(?i:plate|tag|placa|tablilla)\s+)?$")   # "CT plate AN 43221"
    after = re.compile(rf",?\s+(?:(?i:(?:de\s+)?(?:{names}))|{codes})\b")
    return before, after


def other_readings(text: str, plates: list, blocked) -> list:
    """The second reading after a Spanish "o" of a plate any finder took, the English one too ("plate 8K-451 o
    8K-415", "license plate nevada 27B-883, o 27B-838"): the English finder reads "or", not "o"."""
    found = []
    taken = [(s, e) for s, e, _ in plates] + list(blocked)
    for _, end, value in plates:
        for start, stop, other in _second_reading(text, end, value):
            if not overlaps(start, stop, taken) and any(ch.isdigit() for ch in other):
                found.append((start, stop, other))
                taken.append((start, stop))
    return found

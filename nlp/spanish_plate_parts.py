"""Spanish part plates said in words the cue lists (lexicon "partial_plate_cues") and spanish_rules' "partial_where" do
not read: what the plate had ("la tablilla tenia HVL y despues numeros", "tenia un 77 en la placa"), the plate "acabada
en GHZ", which of its groups ("las letras de la placa eran JWK", "los numeros del final, 904"). Only in a text with a
plate word, and each pattern but the last holds the plate word itself, so a card "terminada en 5521" is none.
"""
from __future__ import annotations

import re

from .spans import overlaps

WORD = r"(?:placas?|tablillas?|matr[ií]culas?)"
# the part: 2-4 digits or 2-4 capitals (or both), whole, not a count of what follows ("tenia 3 numeros")
PART = r"([A-Z0-9]{2,4})(?![A-Za-z0-9])(?!\s+(?i:letras|n[uú]meros|d[ií]gitos))"
PLATE_WORD_RE = re.compile(rf"\b{WORD}\b", re.IGNORECASE)
GROUP = r"(?:las\s+letras|los\s+n[uú]meros|los\s+d[ií]gitos)"
PARTS_RE = re.compile(
    # "la placa (de atras) tenia (las letras|un) TKV", "la placa tenia 3 numeros al principio, 741"
    rf"(?i:\b{WORD}(?:\s+de\s+[a-zñáéíóú]+)?\s+ten[ií]an?\s+(?:{GROUP}\s+|una?\s+|(?:\d|dos|tres|cuatro)\s+(?:letras|n[uú]meros)"
    rf"(?:\s+al\s+(?:principio|final|inicio))?,\s*)?){PART}"
    # "tenia un 77 en la placa": a number or letters in it
    rf"|(?i:\buna?\s+)(?=[A-Z0-9]{{2,4}}\s+(?i:en\s+la\s+{WORD}\b)){PART}"
    # "la matricula acabada en GHZ"
    rf"|(?i:\b{WORD}\s+(?:acabad|terminad)[ao]s?\s+(?:en|con|por)\s+){PART}"
    # "las letras de la placa eran JWK", "los numeros de la placa eran 558"
    rf"|(?i:\b{GROUP}\s+de\s+la\s+{WORD}\s+(?:eran|son|era|es)[\s,:]+){PART}"
    # "solo le vi los numeros del final, 904"
    rf"|(?i:\b(?:letras|n[uú]meros|d[ií]gitos)\s+del\s+(?:final|principio),?\s+){PART}")


# "la placa tenia un 7 y terminaba en K", "la matricula tiene una X y un 4": one character the plate had, or two joined
# by "y"; a capital or a digit standing alone, not a count ("tenia un 2 puertas") nor a model ("un 4x4")
ONE = r"([A-Z]|\d)(?![A-Za-z0-9])(?!\s+(?i:letras|n[uú]meros|d[ií]gitos|puertas|ruedas|ejes)\b)"
SINGLES_RE = re.compile(rf"(?i:\b{WORD}(?:\s+de\s+[a-zñáéíóú]+)?\s+(?:ten[ií]an?|tienen?|llevaban?|llevan?)\s+una?\s+){ONE}"
                        rf"(?:(?i:\s+y\s+una?\s+){ONE})?")

# what the tipster saw on the plate, one or two pieces: "en la placa vi una J y un 9", "de la placa nomas alcance a ver
# RJ y un 7 al final", "en la matricula solo pude ver 88"; and "(no vi la matricula entera,) solo q tenia un 55"
PIECE = r"([A-Z]{1,3}|\d{1,4}|[A-Z0-9]{2,4})(?![A-Za-z0-9])(?!\s+(?i:letras|n[uú]meros|d[ií]gitos|puertas|ruedas)\b)"
SEEN_RE = re.compile(
    rf"(?i:\b(?:en|de)\s+la\s+{WORD}\s+(?:solo\s+|s[oó]lo\s+|nom[aá]s\s+|nada\s+m[aá]s\s+)?(?:le\s+)?(?:vi|alcanc[eé]\s+a\s+(?:ver|leer)|"
    rf"pude\s+(?:ver|leer)|se\s+ve[ií]a|le[ií])\s+(?:una?\s+)?|\b(?:s[oó]lo|nom[aá]s)\s+(?:q|que)\s+(?:ten[ií]a|llevaba)\s+una?\s+){PIECE}"
    rf"(?:(?i:\s*,?\s+y\s+(?:una?\s+)?){PIECE})?")
# "solo q tenia un 55" names no plate itself: a plate word must come within this many characters before it
SEEN_PLATE_BEFORE = 80


def seen_parts(text: str, taken: list) -> list:
    """The pieces SEEN_RE reads, as (start, end, value), outside taken; none in a text all in capitals."""
    found = []
    if text.isupper():
        return found
    for match in SEEN_RE.finditer(text):
        if not match.group().lower().startswith(("en", "de")) and (match.group(1).isalpha() and len(match.group(1)) > 1
                or PLATE_WORD_RE.search(text, max(0, match.start() - SEEN_PLATE_BEFORE), match.start()) is None):
            continue   # "solo q tenia un BMW": capitals the car had, not the plate
        for group in (1, 2):
            if match.group(group) and not overlaps(*match.span(group), taken + [f[:2] for f in found]):
                found.append((*match.span(group), match.group(group)))
    return found


# "un 4 y un 9 al final, 49": the two characters sit together, one part, written again after it
TOGETHER_RE = re.compile(r"\s+(?i:al\s+(?:final|principio|inicio|comienzo)|juntos|seguidos)(?:\s*,?\s*([A-Z0-9]{2})(?![A-Za-z0-9]))?")


def side_by_side(text: str, match: re.Match) -> tuple[int, int, str] | None:
    """The one part two SINGLES_RE characters make when the text places them together and writes them again as one
    ("al final, 49"); None otherwise (each character is then a part: a fact's value is read from its span)."""
    together = TOGETHER_RE.match(text, match.end())
    value = match.group(1) + match.group(2)
    return (*together.span(1), value) if together and together.group(1) == value else None


# "la placa tenia un 58 y las letras QW": a second part joined by "y" and named by its group
AND_GROUP_RE = re.compile(rf"\s+(?i:y\s+(?:{GROUP}|una?)\s+){PART}")


def plate_parts(text: str, taken: list) -> list:
    """Part plates of PARTS_RE and SINGLES_RE in text, as (start, end, value), outside taken (the plates and parts
    already read)."""
    found = []
    if PLATE_WORD_RE.search(text) is None:
        return found
    for match in PARTS_RE.finditer(text):
        group = next(g for g in range(1, 6) if match.group(g))
        start, end = match.span(group)
        if not overlaps(start, end, taken):
            found.append((start, end, match.group(group)))
            second = AND_GROUP_RE.match(text, end)
            if second and not overlaps(*second.span(1), taken):
                found.append((*second.span(1), second.group(1)))
    for match in SINGLES_RE.finditer(text):
        if match.group(2) and (joined := side_by_side(text, match)):
            found.append(joined)   # "tenia un 4 y un 9 al final, 49": one part of two characters
            continue
        for group in (1, 2):
            if match.group(group) and not overlaps(*match.span(group), taken + [f[:2] for f in found]):
                found.append((*match.span(group), match.group(group)))
    found.extend(seen_parts(text, taken + [f[:2] for f in found]))
    return sorted(found)


# "empezaba con 2 letras, HK": after a part cue, a count of letters or numbers says how many, and the part follows it
COUNT_THEN_PART_RE = re.compile(r"\s+(?i:letras|n[uú]meros|d[ií]gitos)\b[\s,:]*(?:(?i:que\s+)?(?i:eran|son|era|es)[\s,:]+)?"
                                r"([A-Z0-9]{2,4})(?![A-Za-z0-9])")
COUNT_RE = re.compile(r"\s+(?i:letras|n[uú]meros|d[ií]gitos)\b")


def counted_part(text: str, start: int, end: int) -> tuple[int, int] | None | bool:
    """For a one-digit "part" at start:end: the span of the part written after its count ("2 letras, HK"), None when
    it counts what follows and no part is written ("empezaba con 3 numeros"), False when it is no count."""
    if not text[start:end].isdigit() or end - start > 1 or not COUNT_RE.match(text, end):
        return False
    part = COUNT_THEN_PART_RE.match(text, end)
    return part.span(1) if part else None

"""Mexico's car plates with no plate word: "ABC-12-34" (three letters, two digits, two digits) and the newer
"ABC-123-D", and the trucks' and some states' "AB-12-345", printed with hyphens and copied so ("mexicali BKR-22-71 o BKR-22-17, un mazda azul"). Three groups
joined by hyphens, capitals first, is a shape Spanish prose does not take; the letter group must not be a word or
a code's prefix ("SKU-12-34", "REF-123-A"; data/es/not_mexican_plate_prefixes.txt).
"""
from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import word_list
from .plate_shapes import normalise
from .spans import overlaps


@lru_cache(maxsize=1)
def _code_prefixes() -> frozenset[str]:
    """Letter groups that start codes, not plates ("SKU-12-34", "REF-123-A"): one a line, lower case."""
    return frozenset(word.lower() for word in word_list("es/not_mexican_plate_prefixes.txt"))


# cheap gate and the shape at once: three capitals, a hyphen, digits, a hyphen, digits or one capital
SHAPE = r"[A-Z]{3}-(?:\d{2}-\d{2}|\d{3}-[A-Z])|[A-Z]{2}-\d{2}-\d{3}"
MEXICAN_PLATE_RE = re.compile(rf"(?<![\w\-])({SHAPE})(?![\w\-])")
# "BKR-22-71 o BKR-22-17", "o tal vez BKR-22-17": the other reading, as long and of the same shape
SECOND_RE = re.compile(r"\s*,?\s+[ou]\s+(?:tal\s+vez\s+|quiz[aá]s?\s+|a\s+lo\s+mejor\s+)?"
                       rf"({SHAPE})(?![\w\-])", re.IGNORECASE)


def mexican_plates(text: str, blocked) -> list:
    """Mexican plates in text (see MEXICAN_PLATE_RE), as (start, end, value); not after a code word ("folio
    ABC-12-34", checked by the caller) nor with a letter group that starts codes."""
    if "-" not in text:
        return []
    codes = _code_prefixes()
    found = []
    for match in MEXICAN_PLATE_RE.finditer(text):
        if match.group(1)[:3].lower() in codes or overlaps(*match.span(1), blocked):
            continue
        found.append((*match.span(1), normalise(match.group(1))))
        other = SECOND_RE.match(text, match.end(1))
        if other and other.group(1)[:3].isupper() and other.group(1)[:3].lower() not in codes:
            found.append((*other.span(1), normalise(other.group(1))))
    return found


# "placa SON VJ-88-412", "placas JAL JKL-12-34": the issuing state's code, then a whole plate
STATE_CODE_RE = re.compile(r"([A-Z]{2,6})\s+")


def without_state_codes(text: str, plates: list, mexican: list) -> list:
    """The plates read from a state's code on ("SON VJ-88" of "placa SON VJ-88-412") less those: a whole Mexican
    plate starts right after the code (data/es/mexican_state_codes.txt), so the code is its issuer."""
    if not mexican:
        return plates
    starts = frozenset(s for s, _, _ in mexican)
    codes = word_list("es/mexican_state_codes.txt")
    return [p for p in plates if not ((code := STATE_CODE_RE.match(text, p[0])) and code.group(1) in codes
                                      and code.end() in starts)]

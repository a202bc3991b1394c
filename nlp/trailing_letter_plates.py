"""A plate whose last letter stands apart after a space: "VER 4418 B", "VBR 2231 C", "RX 4471 K" (Mexican state
plates and old UK suffix plates as tipsters space them). The finders stop at the digits; this adds the letter.

Only a lone capital after a letters-then-digits plate, and not "A" or "I" ("KLM 4521 I think", "TRK 5521 A white
van"), with no word character or hyphen right after it ("VBR 2231 C4" is something else).
"""
from __future__ import annotations

import re

from .spans import overlaps

LETTERS_DIGITS_RE = re.compile(r"[A-Z]{2,3}\d{3,4}")
LETTER_AFTER_RE = re.compile(r" ([B-HJ-Z])(?![\w\-'])")


def with_trailing_letter(text: str, plates: list, blocked=()) -> list:
    """``plates`` ((start, end, value)) with a lone capital after a letters-then-digits plate taken into it."""
    if not plates:
        return plates
    grown = []
    for start, end, value in plates:
        letter = LETTER_AFTER_RE.match(text, end) if LETTERS_DIGITS_RE.fullmatch(value) else None
        if letter is not None and text[start:end].isupper() and not overlaps(*letter.span(1), list(blocked)) \
                and not overlaps(*letter.span(1), [(s, e) for s, e, _ in plates]):
            grown.append((start, letter.end(), value + letter.group(1)))
        else:
            grown.append((start, end, value))
    return grown

"""The dialling prefix Mexicans write before a phone belongs to it: "044 55 1234 5678" and "045 33 1844 2270" (the
old mobile prefixes), "01 800 123 4567" and "01 55 1234 5678" (long distance), "+52 (55) 1234 5678", "+52 1 55 ...".
A phone found without it ("800 123 4567", "55) 1234 5678") is widened over it, so the number an officer dials is whole.
"""
from __future__ import annotations

import re

# Read backwards from a phone's start: the prefix, a space, dot or hyphen, an opening bracket. Not after a digit or a
# letter ("ref 01 800 ...": the code words are dropped before, by spanish.code_before).
PREFIX_BEFORE_RE = re.compile(r"(?<![\w+])(?:0(?:44|45|1)|\+52(?:[\s.\-]?1)?)[\s.\-]?\(?$")
OPEN_BRACKET_RE = re.compile(r"\($")


def with_dial_prefix(text: str, phones: list) -> list:
    """Each (start, end, text) phone widened back over a Mexican dialling prefix or its own opening bracket."""
    if "0" not in text and "+52" not in text and "(" not in text:   # the cheap gate
        return phones
    out = []
    for start, end, value in phones:
        if ")" in value and "(" not in value.split(")")[0] and OPEN_BRACKET_RE.search(text, max(0, start - 1), start):
            start -= 1   # "(55) 1234 5678" found as "55) 1234 5678"
        prefix = PREFIX_BEFORE_RE.search(text, max(0, start - 8), start)
        if prefix is not None and not value.startswith(("+", "0")):
            start = prefix.start()
        out.append((start, end, text[start:end]))
    return out

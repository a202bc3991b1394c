"""A caseless regex run case-sensitively on the lower-cased text of an ASCII tip: the same spans, found faster.

re's branch test skips an alternative by its first letter only when it matches case-sensitively, so a caseless
alternation of words is tried letter by letter at every word start; on the lower-cased text the lower-case twin
enters each word only on its first letter (people_patterns.lowered_regexes does this for the description regexes).
An ASCII character matches a lower-case ASCII letter ignoring case exactly when its lower case is that letter, and
str.lower() keeps an ASCII text's length, so the spans are the same; the groups' text must be read from the
original text by their spans (the twin's are lower case). A text with other characters ("\u017f" matches "s"
ignoring case) takes the caseless regex.
"""
from __future__ import annotations

import re
from typing import Iterator

_ESCAPE_RE = re.compile(r"\\.")


def lower_twin(pattern: re.Pattern) -> re.Pattern:
    """`pattern` without IGNORECASE. Only for a pattern that holds no capital outside an escape and no other
    character whose case is an ASCII letter (checked: a ValueError at import, not a wrong span later)."""
    source = _ESCAPE_RE.sub("", pattern.pattern)
    cased_as_ascii = any(not ch.isascii() and any(c.isascii() for c in ch.lower() + ch.upper() + ch.casefold())
                         for ch in source)
    if not pattern.flags & re.IGNORECASE or source != source.lower() or cased_as_ascii or "(?-i" in pattern.pattern:
        raise ValueError(f"no lower-case twin for {pattern.pattern[:60]!r}")
    return re.compile(pattern.pattern, pattern.flags & ~re.IGNORECASE)


def caseless_finditer(pattern: re.Pattern, twin: re.Pattern, text: str, lowered: str | None = None) -> Iterator[re.Match]:
    """pattern.finditer(text), through `twin` on the lower-cased text when `text` is ASCII (`lowered`: text.lower(),
    when the caller has it). Read a match's spans, never its groups' text."""
    if text.isascii():
        return twin.finditer(text.lower() if lowered is None else lowered)
    return pattern.finditer(text)

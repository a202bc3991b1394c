"""A cheap gate that is only a list of lower-case stems ("cover|obscur|hidden|..."), tested with `in`.

re finds no literal prefix in an alternation of words, so it tries the whole alternation at every character of the
text: 6-15 us a text for a gate that most texts fail. `stem in lowered` scans the text in C for each stem (~0.1 us
each). On an ASCII text a caseless regex of lower-case letters matches exactly where the lower-cased text holds the
stem (str.lower() keeps an ASCII text's length and letters), so the answer is the same; any other text ("\u017f"
matches "s" ignoring case) keeps the regex.
"""
from __future__ import annotations

import re

_STEMS_RE = re.compile(r"[a-z]+(?:\|[a-z]+)*")


def stems_of(pattern: re.Pattern) -> tuple[str, ...]:
    """The stems of a gate regex written as "stem|stem|..." (lower-case letters only: checked at import, so a gate
    rewritten with any other syntax raises here rather than passing texts its regex would stop)."""
    if not _STEMS_RE.fullmatch(pattern.pattern):
        raise ValueError(f"not a list of stems: {pattern.pattern[:60]!r}")
    return tuple(pattern.pattern.split("|"))


def holds_stem(stems: tuple[str, ...], lowered: str) -> bool:
    """Some stem is in `lowered` (a lower-cased text)."""
    return any(map(lowered.__contains__, stems))


def gate_open(pattern: re.Pattern, stems: tuple[str, ...], text: str, lowered: str | None = None) -> bool:
    """pattern.search(text) is not None, for a gate regex of `stems` (stems_of): a substring test on an ASCII text
    (`lowered`: text.lower(), when the caller has it), the regex on any other."""
    if text.isascii():
        return holds_stem(stems, text.lower() if lowered is None else lowered)
    return pattern.search(text) is not None

"""A number and the thing it counts is no place: "cruce la calle 2 veces" (twice), "sale en 480 euros" (a price), "cobra 300
euros por colchon" (a price per mattress: "por" there is "per", no place cue). The count words are the lexicon's
`not_after_time_range` (nlp/data/es/lexicon.json: what "de 2 a 3" counts when it is no time: veces, euros, personas ...),
so one list says what a Spanish number counts for the time and the place rules alike.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import spanish_lexicon


@lru_cache(maxsize=1)
def _count_words() -> str:
    words = sorted(spanish_lexicon()["not_after_time_range"], key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)


@lru_cache(maxsize=1)
def _count_after_re() -> re.Pattern:
    return re.compile(rf"\s*(?i:{_count_words()})\b")


@lru_cache(maxsize=1)
def _counted_re() -> re.Pattern:
    """A whole span that is a number and its count word: "480 euros", "2 veces", "50 mil pesos"; or a price by its
    sign: "3000€", "$65" (a house number is never written with a currency sign)."""
    return re.compile(rf"\$?\d[\d.,]*\s*(?:(?i:mil)\s+)?(?i:{_count_words()})|\$\d[\d.,]*|\d[\d.,]*\s*[€$]")


@lru_cache(maxsize=1)
def _price_per_re() -> re.Pattern:
    """A number, its count word and "por" right before a cue's place: "300 euros por", "$50 dolares por"."""
    return re.compile(rf"\d[\d.,]*\s*(?i:{_count_words()})\s+$")


def counted_after(text: str, end: int) -> bool:
    """Whether the number ending at `end` counts a thing written right after it ("calle 2| veces")."""
    return text[end - 1:end].isdigit() and _count_after_re().match(text, end) is not None


def counted_span(value: str) -> bool:
    """Whether a span found is only a number and what it counts ("480 euros")."""
    return value[:1] in "$0123456789" and _counted_re().fullmatch(value.strip()) is not None


def price_before(text: str, cue_start: int) -> bool:
    """Whether a number and its count word come right before the cue starting at `cue_start` ("300 euros |por colchon")."""
    return _price_per_re().search(text, max(0, cue_start - 24), cue_start) is not None

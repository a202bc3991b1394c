"""Pubs written in lower case: "outside the feathers in ledbury", "the green man in ringmer", "the ship inn at
langstone". With a capital find_the_names has them ("the Red Lion"); in lower case most pub names are everyday
words ("the crown", "the bell", "the railway"), so a name from the list of common pub names
(nlp/data/en/pubs.txt) counts only after "the" and before a preposition and a place the rules found: "rang the
bell at 3am" and "the railway bridge in frizington" stay out. ANNOTATION.md keeps "the" before a one-word name
("the crown") and drops it before a longer one ("green man").
"""
from __future__ import annotations

import re
from functools import lru_cache

from .brands import PLACE_AFTER_RE
from .leading_the_names import find_leading_the_names
from .lexicon import DATA_DIR
from .paired_pubs import find_paired_pubs


@lru_cache(maxsize=1)
def pub_names() -> tuple[str, ...]:
    lines = (DATA_DIR / "en" / "pubs.txt").read_text(encoding="utf-8").split("\n")
    return tuple(sorted((line.strip() for line in lines if line.strip()), key=len, reverse=True))


@lru_cache(maxsize=1)
def first_words() -> frozenset[str]:
    """The cheap gate: a text holding none of these words names no pub of the list."""
    return frozenset(name.split()[0] for name in pub_names())


@lru_cache(maxsize=1)
def pub_re() -> re.Pattern:
    names = "|".join(re.escape(name).replace(r"\ ", r"\s+") for name in pub_names())
    return re.compile(rf"\bthe\s+(?P<name>{names})\b", re.IGNORECASE)


def find_pubs(text: str, present: frozenset[str], place_starts: set[int]) -> list[tuple[int, int]]:
    """"the <pub name>" followed by a preposition and one of `place_starts` (where the rules' places begin), and
    the pubs named "the <thing> and <thing>" that the list does not hold (paired_pubs.py)."""
    # and the capitalised names that open a clause ("the Dolphin at thorpeness": leading_the_names.py)
    paired = find_paired_pubs(text, present, place_starts) + find_leading_the_names(text, place_starts)
    if "the" not in present or present.isdisjoint(first_words()):
        return paired
    found = list(paired)   # a listed pair found twice is one span: pick_longest keeps one
    for match in pub_re().finditer(text):
        after = PLACE_AFTER_RE.match(text, match.end())
        if after is None or after.end() not in place_starts:
            continue
        name = match.group("name")
        found.append((match.start() if " " not in name else match.start("name"), match.end()))
    return found

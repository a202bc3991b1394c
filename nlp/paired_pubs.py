"""Pubs named "the <thing> and <thing>" written in lower case: "the fleece and shuttle in ditcheat", "behind the
bobbin and reel in grimsargh", "the tup and tether car park". The list of common pub names (pubs.py) holds the
usual pairs ("rose and crown"); the rest are as many as there are pubs. A pair counts only where a pub is read:
after "the", joined by "and", two single words that are neither stop words nor -ing words ("the window and
screaming at her"), followed by a place preposition and a place the rules found, or by "car park" (a pub's). Pairs
that are something else (nlp/data/en/not_pub_pairs.txt: "the hit and run on ...") stay out. ANNOTATION.md drops
"the" before a name of more than one word.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .brands import PLACE_AFTER_RE
from .lexicon import stop_words, word_list

PAIR_RE = re.compile(r"\bthe\s+(?P<name>(?P<first>[a-z]{3,})\s+and\s+(?P<second>[a-z]{3,}))\b(?![-'’])", re.IGNORECASE)
CAR_PARK_AFTER_RE = re.compile(r"\s+(?:car\s*park|beer\s+garden)\b", re.IGNORECASE)


@lru_cache(maxsize=1)
def not_pairs() -> tuple[frozenset[str], frozenset[str]]:
    """(pairs that name no pub, words that never start or end one)."""
    lines = [line.lower() for line in word_list("en/not_pub_pairs.txt")]
    return (frozenset(line for line in lines if not line.startswith("word:")),
            frozenset(line[5:] for line in lines if line.startswith("word:")))


def pub_word(word: str, words: frozenset[str]) -> bool:
    word = word.lower()
    return word not in stop_words() and word not in words and not word.endswith("ing")


def find_paired_pubs(text: str, present: frozenset[str], place_starts: set[int]) -> list[tuple[int, int]]:
    """Each "the <word> and <word>" read as a pub (see the module's note): its span without "the"."""
    if "and" not in present or "the" not in present:
        return []   # the cheap gate
    pairs, words = not_pairs()
    found = []
    for match in PAIR_RE.finditer(text):
        if match.group("name").lower() in pairs or not pub_word(match.group("first"), words) \
                or not pub_word(match.group("second"), words):
            continue
        after = PLACE_AFTER_RE.match(text, match.end())
        if (after is None or after.end() not in place_starts) and not CAR_PARK_AFTER_RE.match(text, match.end()):
            continue
        found.append((match.start("name"), match.end()))
    return found

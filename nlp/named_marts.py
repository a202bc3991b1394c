"""Convenience stores named "<name> mart" in lower case: "at speedy q mart on e michigan ave", "behind the sunny
mart on us 1". The brand list (brands.py) holds the chains ("save mart", "minit mart"); a local store's name is
any word, so the word "mart" is the cue, and the store counts only where it is read as a place: after "the" or a
place preposition, with one or two name words that are no stop word or plain describing word ("the mini mart",
"the mart in welshpool", a livestock mart, stay out), and followed by a preposition (or a comma) and a place the rules found. A name may come before "mini mart" ("ravens
mini mart, glemsford").
"""
from __future__ import annotations

import re

from .lexicon import stop_words

MART_RE = re.compile(r"\b(?:the|at|in|of|behind|outside|near|by|from)\s+(?P<name>(?:(?!the\s)[a-z][a-z'’-]*\s+){1,2}mart)\b(?![-'’])",
                     re.IGNORECASE)
COMMA_RE = re.compile(r",\s*")   # "at ravens mini mart, glemsford": the town after a comma
# words that describe a mart rather than name one
PLAIN_WORDS = frozenset("mini food gas fuel corner local little big small new old village cattle livestock farm the a "
                        "this that same".split())


def find_named_marts(text: str, present: frozenset[str], place_starts: set[int], place_after: re.Pattern
                     ) -> list[tuple[int, int]]:
    """`place_after`: brands.PLACE_AFTER_RE (a preposition before a place), passed in as brands.py calls this."""
    if "mart" not in present:
        return []   # the cheap gate
    found = []
    for match in MART_RE.finditer(text):
        words = match.group("name").lower().split()[:-1]
        if len(words) == 2 and words[1] == "mini":
            words = words[:1]   # "ravens mini mart": a name before "mini mart" ("the mini mart" alone is none)
        if any(word in stop_words() or word in PLAIN_WORDS for word in words if len(word) > 1):
            continue
        after = place_after.match(text, match.end()) or COMMA_RE.match(text, match.end())
        if after is not None and after.end() in place_starts:
            found.append((match.start("name"), match.end()))
    return found

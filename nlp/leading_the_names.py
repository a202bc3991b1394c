"""Names that open a text or a clause with "the" and a capital, before a place preposition and a place: "the
Dolphin at thorpeness has had its back door jimmied", "miles city, the Spigot Saloon on n 2nd". find_the_names
needs a place cue before "the" ("outside the Red Lion"); at the head of a clause there is none, but a capitalised
name in a lower-case text, placed "at"/"in"/"on" a place the rules found, is a pub, shop or building by its name.
ANNOTATION.md keeps "the" before a one-word name ("the Boot") and drops it before a longer one ("Herring Lass").
"""
from __future__ import annotations

import re

from .brands import PLACE_AFTER_RE
from .named_places import THE_CAPITAL_RE, place_name_words

# The head of the text or of a clause (after a comma, a full stop or a spaced dash), "the", then one to three
# capitalised words (joined by "and"/"of"/"&": "the Dog and Duck").
LEADING_RE = re.compile(
    r"(?:^|[.!?,;:]\s+|\s-\s)(?P<span>[Tt]he\s+(?P<name>[A-Z][a-z][\w'’-]+(?:\s+(?:(?:and|of|&)\s+)?[A-Z][a-z][\w'’-]*){0,2}))")


def find_leading_the_names(text: str, place_starts: set[int]) -> list[tuple[int, int]]:
    """"the <Capitalised name>" at the head of a clause, followed by a place preposition and one of
    `place_starts` (where the rules' places begin). A text in capitals says nothing by its capitals."""
    if text.isupper() or not THE_CAPITAL_RE.search(text):
        return []
    found = []
    for match in LEADING_RE.finditer(text):
        after = PLACE_AFTER_RE.match(text, match.end("span"))
        if after is None or after.end() not in place_starts:
            continue
        words = match.group("name").split()
        if not place_name_words(words):
            continue   # "the Police in bath", "the Sun at": an organisation or a paper, no place
        found.append((match.start("span") if len(words) == 1 else match.start("name"), match.end("span")))
    return found

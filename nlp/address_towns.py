"""The town after a numbered address: "2019 Jackson Blvd edgemont sometime sunday", "9 fore street, goldsithney
since sunday", "3 lewes road, barcombe cross, for weeks", "8 Cae Glas nantglyn", "2210 Rue Chenier arnaudville".

street_towns.py takes a town after a street only when the town's clause plainly ends after it ("hove for 3
days"), because after a bare street name ("on mill lane tryin doors") the next word is as often the tip going on.
A house number changes that: a tipster who writes "2019 jackson blvd" is giving a postal address, and the word
after it that no dictionary or list knows is the address's town, whatever follows. The street word need not be
English either ("rue", "cae", "glan": the address is found by the other rules).
"""
from __future__ import annotations

import re

from .street_towns import SPANISH_WORDS, second_word, unknown_word

# a house number, then at least one more word: the span is an address
ADDRESS_RE = re.compile(r"\d{1,5}[a-z]?\s+\S", re.IGNORECASE)
# one or two lower-case words after the address, perhaps after a comma
AFTER_RE = re.compile(r",?\s([a-z][a-z'\-]+)(?:\s([a-z][a-z'\-]+))?")
# a span ending in "st" may end in a town's saint ("22 cromwell road st neots"): the word after it is no town
SAINT_END_RE = re.compile(r"\bst\.?$", re.IGNORECASE)
# the second word of a town's name: "barcombe cross", "pelton fell", "kings end"
SECOND_WORDS = frozenset("cross fell end green common heath hill vale wood woods moor marsh bridge bank".split())


def towns_after_addresses(text: str, spans: list[tuple]) -> list[tuple[int, int]]:
    """For each span (start, end, ...) that is a numbered address, the one word no dictionary or list knows right after it (and a
    town-name word after that: "barcombe cross", "llanbadarn fynydd", "tollard royal" at the end), as the address's town (a guess)."""
    found = []
    for start, end, *_ in spans:
        if not ADDRESS_RE.match(text, start) or SAINT_END_RE.search(text, start, end):
            continue
        match = AFTER_RE.match(text, end)
        if match is None or not unknown_word(match.group(1)):
            continue
        if len(set(text.lower().split()) & SPANISH_WORDS) >= 2:
            return []   # "del 4619 s wood st colgandose del barandal": a Spanish verb, unknown to English lists
        second = match.group(2)
        if second in SECOND_WORDS or (second and (unknown_word(second) or second_word(second, text, match.end(2)))):
            found.append((match.start(1), match.end(2)))
        else:
            found.append(match.span(1))
    return found


def ends_in_town(words: list[str], size: int, places: dict[str, bool], trailing_town, streets: frozenset[str]) -> bool:
    """Whether the last `size` words of a place span are a town after its street (places.split_trailing_towns):
    `trailing_town`'s listed or unknown name, never a lone street word ("12 saddlers| croft" is one street), and after
    a numbered address also a listed or unknown name and a town's second word ("12 kiln croft| basford bridge")."""
    tail = words[-size:]
    if size == 1 and tail[0].lower().rstrip(".") in streets:
        return False
    if trailing_town(tail, places):
        return True
    return size == 2 and words[0][:1].isdigit() and tail[1].lower() in SECOND_WORDS \
        and (places.get(tail[0].lower()) is not None or unknown_word(tail[0].lower()))

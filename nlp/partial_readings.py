"""What a tipster writes right after a plate fragment: another reading of it ("ended NKY or NKV", "4471 or 4417",
"FN 21 something maybe FN 71") and the next piece they saw ("KVL then maybe 77", "18 then a W", "TS something 67").

Read on from each fragment already found (partial_plates.py, or a cued partial in plates.py), never on its own: a
second reading must have the fragment's shape (letters and digits in the same places), and a next piece must hold a
digit, or be capitals in a text that is not all capitals, and never be a count of something ("then 2 lads").
"""
from __future__ import annotations

import re

from spacy.lang.en.stop_words import STOP_WORDS

from .plate_shapes import UNIT_RE, is_wordish, normalise
from .spans import overlaps

GROUP = r"(?P<group>[A-Za-z0-9]{1,5})(?:[ -](?P<more>[A-Za-z0-9]{1,4}))?(?![\w-])"
HEDGE = r"(?:(?:maybe|possibly|prob(?:ably)?|like|i\s+think)\s+)"
# "NKY or NKV", "FN 21 something maybe FN 71", "4471/4417"
OTHER_READING_RE = re.compile(
    rf"(?:\s*(?:\.\.\.|…|\bsomething\b))?[\s,]*(?:(?:or|/)\s*{HEDGE}?|(?:maybe|possibly)\s+)\s*{GROUP}", re.IGNORECASE)
# "KVL then maybe 77", "18 then a W", "TS something 67", "SK21 something then a B", "DA05 and then either U (or V)";
# "LM then something 4", "RT and it was a 66", "DF and there was a 3 in it", "HRT and then had 2 numbers then 55",
# "KT with a 4 somewhere in it", "BN plus a 9 somewhere" (with an article: "KT with 2 lads" is a count)
# (the pieces between that were not read are said, not given)
NEXT_PIECE_RE = re.compile(
    rf"(?:\s*(?:\.\.\.|…))?[\s,]*(?:and\s+)?(?:(?:then\s+)?had\s+(?:\d|a\s+few|some|two|three)\s+(?:numbers|letters|digits|more)"
    rf"(?:\s+in\s+between)?,?\s+(?:and\s+)?then|then(?:\s+something(?:\s+(?:and\s+)?then)?)?|something(?:\s+(?:and\s+)?then)?"
    rf"|(?:it|there)\s+(?:was|were|had)|(?:with|plus)(?=\s+an?\s))\s+(?:{HEDGE}|either\s+)*(?:(?:an?)\s+)?"
    r"(?P<group>[A-Za-z0-9]{1,4})(?![\w-])", re.IGNORECASE)
# after a piece of digits only, a lower-case word makes it a count ("then 2 lads"), bar these
FOLLOWERS = frozenset("or and then maybe something somewhere but i in on at".split())
NEXT_WORD_RE = re.compile(r"\s+([a-z]+)")


def shape(value: str) -> str:
    """"NKY" -> "AAA", "FN21" -> "AA99": where the letters and digits are."""
    return "".join("9" if ch.isdigit() else "A" for ch in value)


def piece_ok(group: str, text: str, end: int, text_is_upper: bool) -> bool:
    """A next piece: digits (not a count, a unit or a time) or capitals that are no word."""
    if any(ch.isdigit() for ch in group):
        if UNIT_RE.match(group):
            return False
        if group.isdigit():
            after = NEXT_WORD_RE.match(text, end)
            return after is None or after.group(1) in FOLLOWERS
        return True
    if text_is_upper:
        return not is_wordish(group, text_is_upper)
    return group.isupper() and group.lower() not in STOP_WORDS and group != "I"


def read_on(text: str, fragments: list[tuple[int, int, str]], text_is_upper: bool, taken: list[tuple[int, int]],
            blocked: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """The other readings and next pieces written after each of ``fragments`` ((start, end, value) facts), up to
    three in a row; ``taken`` grows with each one."""
    more = []
    for start, end, value in fragments:
        for _ in range(3):
            found = None
            other = OTHER_READING_RE.match(text, end)
            if other is not None:
                joined = normalise(other.group("group") + (other.group("more") or ""))
                if other.group("more") and shape(joined) == shape(value):
                    found = (other.start("group"), other.end("more"), joined)
                elif shape(normalise(other.group("group"))) == shape(value) and not (
                        other.group("group").isalpha() and is_wordish(other.group("group"), text_is_upper)) and not (
                        other.group("group").isdigit() and not piece_ok(other.group("group"), text, other.end("group"),
                                                                        text_is_upper)):  # "3 or 4 days"
                    found = (other.start("group"), other.end("group"), normalise(other.group("group")))
            if found is None:
                piece = NEXT_PIECE_RE.match(text, end)
                if piece is not None and piece_ok(piece.group("group"), text, piece.end(), text_is_upper):
                    found = (*piece.span("group"), normalise(piece.group("group")))
            if found is None or overlaps(found[0], found[1], taken) or overlaps(found[0], found[1], blocked):
                break
            taken.append(found[:2])
            more.append(found)
            end, value = found[1], found[2]
    return more

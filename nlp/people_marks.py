"""How far a person description reaches, beyond what its regex matched (nlp/people.py): the words before a
tattoo or scar that say what it shows ("spider web tattoo", "burn scar"), "group of" left off a counted noun
("group of about 8 lads" -> "about 8 lads"), the marks read after "with a"/"has a" ("limp"), and the words between
"in a"/"wearing his" and a garment ("in a celtic top", "wearing a faded ou cap")."""
from __future__ import annotations

import re

from .lexicon import stop_words
from .people_patterns import PREVIOUS_WORDS_RE, word_lists

# words that say nothing about what a garment or mark looks like ("his new jacket", "a fake tattoo")
NOT_MODIFIERS = frozenset("new old stolen same own spare other nice good fake clean dirty wet".split())

GROUP_OF_RE = re.compile(r"(?:a\s+)?group\s+of\s+", re.IGNORECASE)
MARKS = frozenset(("limp", "lisp", "stutter", "stammer"))


def counted_start(searched: str, match: re.Match) -> int:
    """Where a count starts: after "group of" when a count noun follows the number ("group of about 8 lads" ->
    "about 8 lads": the number and noun say how many), at "group of" when the number stands alone ("group of 5")."""
    group = GROUP_OF_RE.match(searched, match.start())
    if group is None or not searched[match.end() - 1].isalpha():
        return match.start()
    return group.end()


BODY_MARKS = frozenset(("tattoo", "tattoos", "scar", "scars"))
MARK_WORDS_BEFORE = 2
MARK_VERBS = frozenset("has had got have with wearing showing shows covered".split())


def marked_from(text: str, start: int, found: list[tuple[int, int]]) -> int:
    """The start of a tattoo or scar with the words before it that say what it is ("spider web tattoo", "burn
    scar", "big scar"): up to two words that are not a determiner, verb, possessive, number or person word,
    nor part of a description `found` already ("big arms tattoo sleeves": two descriptions)."""
    if text[start:start + 3].lower() not in ("tat", "sca"):
        return start
    for _ in range(MARK_WORDS_BEFORE):
        previous = PREVIOUS_WORDS_RE.search(text, 0, start)
        if previous is None or previous.end(1) != start - 1 or text[start - 1] != " ":
            break
        word = previous.group(1).lower()
        if any(s <= previous.start(1) < e for s, e in found) or word in stop_words() or word in NOT_MODIFIERS \
                or word in MARK_VERBS or word in word_lists()["person_nouns"]:
            break
        start = previous.start(1)
    return start



# "in a celtic top", "wearing his man utd shirt", "in a leopard print coat": after a worn-garment cue and a
# determiner, the words up to the garment say what it looks like (dev: 210 of 226 such phrases labelled whole; the
# rest join two garments with "and"/"n", which stop this)
WORN_BEFORE_RE = re.compile(r"(?<![\w'])(?:in|wearing|wearin|wears|wore)\s+(?:a|an|his|her|their)\s+"
                            r"(?P<words>(?:[a-z0-9]+\s+){1,2})$", re.IGNORECASE)
WORN_LOOKBACK = 60


def worn_from(text: str, start: int) -> int:
    """The start of the words between a worn-garment cue and the garment at `start`, or `start` itself."""
    worn = WORN_BEFORE_RE.search(text, max(0, start - WORN_LOOKBACK), start)
    if worn is None:
        return start
    words = worn.group("words").lower().split()
    if any(word in stop_words() or DECADE_RE.fullmatch(word) or word in NOT_WORN_WORDS or word in NOT_MODIFIERS for word in words):
        return start
    return worn.start("words")


NOT_WORN_WORDS = frozenset(("n", "&", "plus"))
DECADE_RE = re.compile(r"\d+|\d0'?s")  # a number or an age ("in his 30s blue cap": two descriptions)


# "hair" alone says nothing of it ("dragged by her hair"; dev labels it 0 times); "stubble" alone is as often a field
# ("burning stubble", "the stubble fields"; dev 0 labelled, 4 fields): it describes someone after "with"/"has" or a comma
BARE_HAIR_CUES = frozenset("with has had got w".split())


def bare_hair_says_nothing(text: str, start: int, end: int) -> bool:
    """A hair match that is the bare word "hair", or "stubble" with no cue before it."""
    word = text[start:end].lower()
    if word == "hair":
        return True
    if word != "stubble":
        return False
    previous = PREVIOUS_WORDS_RE.search(text, max(0, start - 20), start)
    return not (previous is not None and (previous.group(1).lower() in BARE_HAIR_CUES or "," in text[previous.end(1):start]))


PAIR_JOINER_RE = re.compile(r"\s+(?:and|&)\s+", re.IGNORECASE)


def worn_pair(text: str, start: int, end: int, garments: frozenset[str]) -> list[tuple[int, int]]:
    """"hi vis and hard hat": a garment that is also a colour word ("hi vis", "camo"), joined by "and" to the next
    garment, is two descriptions; "black and white hoodie" (two colours) stays one."""
    joiner = PAIR_JOINER_RE.search(text, start, end)
    if joiner is None or text[start:joiner.start()].lower() not in garments:
        return [(start, end)]
    return [(start, joiner.start()), (joiner.end(), end)]


# "70 odd", "6ft odd": "odd" after a number is a hedge on it; "15 maybe 16", "maybe 14 and 15", "11 and 13": two ages
# written as a range are one description (the second a little above the first, so "15 and 2 lads" stays apart)
ODD_AFTER_RE = re.compile(r"\s+odd(?![\w'])", re.IGNORECASE)
AGE_AFTER_RE = re.compile(r"\s+(?:and|&)\s+(\d{1,2})(?![\w'])(?![.,:/-]\d)(?!\s*(?:am|pm|yrs|years|mins|hours|of|more)\b)",
                          re.IGNORECASE)
AGE_BEFORE_RE = re.compile(r"(?<![\w'.,:/-])(\d{1,2})\s+(?:or\s+)?$", re.IGNORECASE)  # before "maybe 16"
LAST_NUMBER_RE = re.compile(r"(\d{1,2})\D*$")
AGE_PAIR_GAP = 10
HEIGHT_MARK_RE = re.compile(r"ft|foot|feet|'|’", re.IGNORECASE)


def close_above(first: int, second: int) -> bool:
    return first < second <= first + AGE_PAIR_GAP


def widened_numbers(text: str, candidates: list[tuple[int, int, int, str]],
                    number_priorities: frozenset[int]) -> list[tuple[int, int, int, str]]:
    """Age and height candidates (their priority in `number_priorities`, ending in a digit) widened over "odd"
    after them, and ages over the other end of a range written with "and" or "maybe"."""
    out = []
    for start, end, priority, value in candidates:
        last = LAST_NUMBER_RE.search(value)
        if priority in number_priorities and last is not None and (value[-1:].isdigit() or value.lower().endswith("ft")):
            odd = ODD_AFTER_RE.match(text, end)
            after = AGE_AFTER_RE.match(text, end)
            before = AGE_BEFORE_RE.search(text, max(0, start - 16), start)
            ages = HEIGHT_MARK_RE.search(value) is None
            if odd is not None:
                end = odd.end()
            elif ages and after is not None and close_above(int(last.group(1)), int(after.group(1))):
                end = after.end()
            elif ages and before is not None and value.lower().startswith("maybe") and close_above(int(before.group(1)), int(last.group(1))):
                start = before.start(1)
            value = text[start:end]
        out.append((start, end, priority, value))
    return out


# "my skirt", "my sons coat", "my checked bag", "im in a tshirt": the tipster's own things, or their family's, describe
# no one to look for (dev: no garment after "my"/"our" labelled, 5 read)
OWNED_BEFORE_RE = re.compile(r"(?<![\w'])(?:(?:my|our)(?:\s+[a-z]+s)?|(?:im|i'm|i\s+am|i\s+was)\s+(?:in|wearing)\s+(?:a|an|my))\s+$",
                             re.IGNORECASE)
OWNED_LOOKBACK = 24


def owned_by_tipster(text: str, start: int) -> bool:
    """The garment at `start` is the tipster's or their family's ("my skirt", "my mums coat", "im in a tshirt")."""
    return OWNED_BEFORE_RE.search(text, max(0, start - OWNED_LOOKBACK), start) is not None

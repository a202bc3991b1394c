"""Street names, house-number addresses, "3100 block of ...", named places and intersections.

Everything is anchored on a word that says "street" (Road, St, Close, ...), "place"
(Park, School, ...) or on a junction word (and, &, n, at, x, @, /, +) and reads backwards /
forwards over name words: capitalised words, ordinals (49th), and, for unambiguous
street words only, up to two lower-case words that are not stop words ("8th n poplar",
"farrington road").
"""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.lang.en.stop_words import STOP_WORDS

from .lexicon import lexicon, stop_words, trie_pattern, vehicle_words

WORD_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9'’.\-]*|[^\sA-Za-z0-9]")
ORDINAL_RE = re.compile(r"^\d{1,3}(?:st|nd|rd|th)$", re.IGNORECASE)
HOUSE_NUMBER_RE = re.compile(r"^\d{1,5}[A-Za-z]?$")
BLOCK_RE = re.compile(r"(?:\b\d{1,5}\s+(?:hundred\s+)?block\s+(?:of\s+)?)$", re.IGNORECASE)
DIRECTIONS = frozenset("n s e w n. s. e. w. north south east west ne nw se sw upper lower old great little".split())
CONNECTOR_RE = re.compile(r"\s+(?:and|n|at|x)\s+|\s*(?:&|@|/|\+)\s*", re.IGNORECASE)
INTERSECTION_CUES = frozenset("at on of near by around off from to outside between corner behind in".split())


ALPHA_WORD_RE = re.compile(r"\b[A-Za-z]+\b")


@lru_cache(maxsize=None)
def anchor_words() -> tuple[frozenset[str], frozenset[str]]:
    """Street words ("road", "st") and place words ("park", "school"): all single alphabetic words."""
    streets = frozenset(w.rstrip(".") for w in lexicon()["street_suffixes"] | lexicon()["ambiguous_street_suffixes"])
    return streets, lexicon()["place_types"]


def alpha_words(text: str) -> list[tuple[int, int, str]]:
    """(start, end, lower) for the letters-only words of the text that are street or place words. A set
    lookup per word finds them: far quicker than a regex alternation of ~80 words tried everywhere."""
    streets, places = anchor_words()
    found = []
    for match in ALPHA_WORD_RE.finditer(text):  # not text.lower(): "İ" lower-cased is two characters
        word = match.group().lower()
        if word in streets or word in places:
            found.append((match.start(), match.end(), word))
    return found


def words_before(text: str, end: int, window: int = 60) -> list[tuple[int, int, str]]:
    start = max(0, end - window)
    return [(m.start(), m.end(), m.group()) for m in WORD_RE.finditer(text, start, end)][::-1]


def is_name_word(word: str, allow_lower: bool, text_is_upper: bool) -> bool:
    lowered = word.lower().rstrip(".")
    if ORDINAL_RE.match(word):
        return True
    if not word[0].isalpha() or lowered in STOP_WORDS or lowered in lexicon()["place_cues"]:
        return False
    if word[0].isupper() and not text_is_upper:
        return True  # capitalised: "Main", "Old", "North" are fine street words
    if lowered in stop_words() or lowered in lexicon()["generic_street_words"]:
        return False
    return allow_lower and len(word) >= 3 and word.isalpha() and lowered not in vehicle_words()


def name_start(text: str, anchor_start: int, allow_lower: bool, max_words: int, text_is_upper: bool) -> int | None:
    """Walk back from an anchor word over name words; return where the name starts (None: no name)."""
    start = None
    count = 0
    lower_count = 0
    for word_start, _, word in words_before(text, anchor_start):
        if count >= max_words or not is_name_word(word, allow_lower and lower_count < 2, text_is_upper):
            break
        if word.lower().rstrip(".") in DIRECTIONS and start is not None:
            start = word_start
            break
        lower_count += not word[0].isupper()
        start = word_start
        count += 1
    return start


def extend_with_number(text: str, start: int) -> int:
    """Include a house number ("2718 N Howard St") or a block ("3100 block of N Lawrence St")."""
    block = BLOCK_RE.search(text, max(0, start - 40), start)
    if block:
        return block.start()
    before = words_before(text, start, 12)
    if before and HOUSE_NUMBER_RE.match(before[0][2]) and before[0][1] in (start - 1, start):
        return before[0][0]
    return start


def find_streets(text: str, words: list[tuple[int, int, str]]) -> list[tuple[int, int]]:
    """Street names with their house number or block; `words` are the anchor words (`alpha_words`)."""
    street_words, _ = anchor_words()
    ambiguous = lexicon()["ambiguous_street_suffixes"]
    text_is_upper = text.isupper()
    found = []
    for anchor_start, end, suffix in words:
        if suffix not in street_words or (suffix in ambiguous and not text[anchor_start].isupper()):
            continue
        start = name_start(text, anchor_start, suffix not in ambiguous, 3, text_is_upper)
        if start is not None:  # "St." at a sentence end: keep "St"
            found.append((extend_with_number(text, start), end))
    return found


def find_named_places(text: str, words: list[tuple[int, int, str]]) -> list[tuple[int, int]]:
    """Named places ("Clifton Park", "St Mary's School") and chain stores after a place cue ("at Tesco")."""
    _, place_types = anchor_words()
    text_is_upper = text.isupper()
    found = []
    for anchor_start, anchor_end, lowered in words:
        if lowered not in place_types:
            continue
        start = name_start(text, anchor_start, False, 3, text_is_upper)
        if start is not None and text[anchor_start].islower() and \
                text[start:anchor_start].split()[-1].lower() in place_types:
            continue  # "Clifton Park playground": the name already ends in a place word
        if start is not None:
            found.append((start, anchor_end))
    chain_re = chains_regex()
    for match in chain_re.finditer(text):
        previous = words_before(text, match.start(), 16)
        if previous and previous[0][2].lower() == "the":
            previous = previous[1:]
        if previous and previous[0][2].lower() in lexicon()["place_cues"]:
            found.append(match.span())
    return found


@lru_cache(maxsize=None)
def chains_regex() -> re.Pattern:
    chains = lexicon()["chains"]
    first = re.escape("".join(sorted({c[0].lower() for c in chains} | {c[0].upper() for c in chains})))
    return re.compile(rf"(?<![\w-])(?=[{first}])(?:" + trie_pattern(chains) + r")(?![\w-])", re.IGNORECASE)


def side_words(text: str, start: int, forward: bool) -> list[tuple[int, int, str]]:
    if forward:
        return [(m.start(), m.end(), m.group()) for m in WORD_RE.finditer(text, start, min(len(text), start + 50))][:4]
    return words_before(text, start, 50)[:4]


def read_side(words, text_is_upper: bool, forward: bool) -> dict | None:
    """Parse one side of a junction, nearest word first ("Woodland", "5th St", "N Broad")."""
    suffixes = lexicon()["street_suffixes"] | lexicon()["ambiguous_street_suffixes"]
    taken = []
    side = {"ordinal": False, "suffix": False}
    names = 0
    for index, (_, _, word) in enumerate(words):
        lowered = word.lower().rstrip(".")
        following = words[index + 1][2].lower().rstrip(".") if index + 1 < len(words) else ""
        if lowered in suffixes and (not taken if not forward else names):
            taken.append(words[index])
            side["suffix"] = True
            if forward:
                break
            continue
        if names and (side["ordinal"] or not forward) and lowered not in DIRECTIONS:
            if forward or not side["suffix"]:
                break  # after "49th" (or, reading backwards, a bare name) only "N"/"North" may follow
        if ORDINAL_RE.match(word):
            taken.append(words[index])
            side["ordinal"] = True
            names += 1
            continue
        if not is_name_word(word, True, text_is_upper):
            break
        if lowered in vehicle_words() and not side["suffix"] and following not in suffixes:
            break  # "black and white", "Ford and Honda": vehicle words, not streets
        if forward and names and not (word[0].isupper() and taken[-1][2][0].isupper()):
            break
        taken.append(words[index])
        names += 1
        if names >= 2 and not forward:
            break
        if names >= 2 and forward and following not in suffixes:
            break
    if not names:
        return None
    side["start"] = min(w[0] for w in taken)
    side["end"] = max(w[1] for w in taken)
    side["capitalised"] = all(w[2][0].isupper() or w[2][0].isdigit() for w in taken) and not text_is_upper
    side["strong"] = side["ordinal"] or side["suffix"]
    return side


def find_intersections(text: str) -> list[tuple[int, int]]:
    text_is_upper = text.isupper()
    found = []
    for connector in CONNECTOR_RE.finditer(text):
        left = read_side(side_words(text, connector.start(), False), text_is_upper, False)
        if left is None:
            continue
        right = read_side(side_words(text, connector.end(), True), text_is_upper, True)
        if right is None:
            continue
        word = connector.group().strip().lower()
        before = words_before(text, left["start"], 24)
        cue = bool(before) and before[0][2].lower() in INTERSECTION_CUES
        if word in ("at", "@"):
            ok = left["strong"] and right["strong"]
        elif not (left["strong"] or right["strong"]):
            ok = left["capitalised"] and right["capitalised"] and (cue or word == "&" or text_is_upper)
        else:  # a bare lower-case name ("poplar") needs an ordinal on the other side ("8th n poplar")
            ok = all(side["strong"] or side["capitalised"] or other["ordinal"]
                     for side, other in ((left, right), (right, left)))
        if ok:
            found.append((left["start"], right["end"]))
    return found

"""The name words of a street or place: the shared reading every street, corner and named-place rule uses.

Street and place rules are anchored on a word that says "street" (Road, St, Close, ...) or "place"
(Park, School, ...), or on a junction word, and read backwards / forwards over name words:
capitalised words, ordinals (49th), and, for unambiguous street words only, up to two lower-case
words that are not stop words ("8th n poplar", "farrington road"). Kept apart from the rules
themselves (streets.py, intersections.py, named_places.py) because all of them read names this way.
"""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.lang.en.stop_words import STOP_WORDS

from .lexicon import lexicon, stop_words, vehicle_words

WORD_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9'’.\-]*|[^\sA-Za-z0-9]")
ORDINAL_RE = re.compile(r"^\d{1,3}(?:st|nd|rd|th)$", re.IGNORECASE)
HOUSE_NUMBER_RE = re.compile(r"^\d{1,5}[A-Za-z]?$")
COMPASS = frozenset("n s e w n. s. e. w. ne nw se sw".split())
DIRECTIONS = frozenset("n s e w n. s. e. w. north south east west ne nw se sw upper lower old great little".split())
SAINTS = frozenset(("st", "saint"))
# Negated auxiliaries typed without the apostrophe ("i cant drive", "he wont park"): a verb, never a street's name word.
NEGATED_AUXILIARIES = frozenset(
    "cant dont wont didnt doesnt couldnt wouldnt shouldnt isnt wasnt arent werent aint hasnt havent hadnt mustnt".split())


ALPHA_WORD_RE = re.compile(r"\b[A-Za-z]+\b")


@lru_cache(maxsize=None)
def anchor_words() -> tuple[frozenset[str], frozenset[str]]:
    """Street words ("road", "st") and place words ("park", "school"): all single alphabetic words."""
    streets = frozenset(w.rstrip(".") for w in lexicon()["street_suffixes"] | lexicon()["ambiguous_street_suffixes"])
    return streets, lexicon()["place_types"]


@lru_cache(maxsize=None)
def anchor_set() -> frozenset[str]:
    """Every street and place word: a text whose words (spans.lower_words) hold none has no anchor."""
    streets, places = anchor_words()
    return streets | places


def alpha_words(text: str, present: frozenset[str] | None = None) -> list[tuple[int, int, str]]:
    """(start, end, lower) for the letters-only words of the text that are street or place words. A set
    lookup per word finds them: far quicker than a regex alternation of ~80 words tried everywhere. `present`:
    the text's lower-case words (spans.lower_words); in an ASCII text only those that are anchors are looked for."""
    if present is not None and text.isascii():
        return anchors_found(text.lower(), present & anchor_set())
    streets, places = anchor_words()
    found = []
    for match in ALPHA_WORD_RE.finditer(text):  # not text.lower(): "İ" lower-cased is two characters
        word = match.group().lower()
        if word in streets or word in places:
            found.append((match.start(), match.end(), word))
    return found


def anchors_found(lowered: str, wanted: frozenset[str]) -> list[tuple[int, int, str]]:
    """Where each of `wanted` (runs of a-z) stands as a whole word in the lower-cased ASCII text, in text order:
    what ALPHA_WORD_RE finds of them (a run of letters with no letter, digit or "_" either side)."""
    found = []
    size = len(lowered)
    for word in wanted:
        start = lowered.find(word)
        while start >= 0:
            end = start + len(word)
            if (start == 0 or not is_word_char(lowered[start - 1])) and (end == size or not is_word_char(lowered[end])):
                found.append((start, end, word))
            start = lowered.find(word, end)  # a whole word cannot start inside the letters just read
    found.sort()
    return found


def is_word_char(char: str) -> bool:
    return char.isalnum() or char == "_"


def words_before(text: str, end: int, window: int = 60) -> list[tuple[int, int, str]]:
    start = max(0, end - window)
    return [(m.start(), m.end(), m.group()) for m in WORD_RE.finditer(text, start, end)][::-1]


def is_name_word(word: str, allow_lower: bool, text_is_upper: bool) -> bool:
    lowered = word.lower().rstrip(".")
    if ORDINAL_RE.match(word):
        return True
    if word[0].isupper() and not text_is_upper and lowered in lexicon()["capitalised_name_words"]:
        return True  # "Ashley Down Road", "Two Mile Hill"
    if not word[0].isalpha() or lowered in STOP_WORDS or lowered in lexicon()["place_cues"]:
        return False
    if word[0].isupper() and not text_is_upper:
        return True  # capitalised: "Main", "Old", "North" are fine street words
    if lowered in stop_words() or lowered in lexicon()["generic_street_words"] or lowered in NEGATED_AUXILIARIES:
        return False
    return allow_lower and len(word) >= 3 and word.isalpha() and lowered not in vehicle_words()


def name_start(text: str, anchor_start: int, allow_lower: bool, max_words: int, text_is_upper: bool) -> int | None:
    """Walk back from an anchor word over name words; return where the name starts (None: no name)."""
    start = None
    count = 0
    lower_count = 0
    capital_seen = False
    for word_start, _, word in words_before(text, anchor_start):
        if count >= max_words or not is_name_word(word, allow_lower and lower_count < 2, text_is_upper):
            if start is not None and (word.lower() in COMPASS or (word.lower() in DIRECTIONS and HOUSE_NUMBER_RE.match(
                    text[max(0, word_start - 7):word_start].split()[-1] if text[max(0, word_start - 7):word_start].split() else ""))):
                start = word_start  # "w allegheny ave", "1933 e hagert st", "1187 old mill rd"
            elif start is not None and word.lower().rstrip(".") in SAINTS and word.isalpha():
                start = word_start  # "on st marys street": the saint starts the name
            elif start is None and count < max_words and word[0].isupper() and not text_is_upper \
                    and word.lower() in STOP_WORDS and word.isalpha():
                start = word_start  # a capitalised stop word right before the street word: "Front St", "Back Lane"
                count += 1
                capital_seen = True
                continue
            break
        if count and not word[0].isupper() and not ORDINAL_RE.match(word) and capital_seen and not text_is_upper:
            break  # "keeps circling Pine St": a capitalised name does not start with lower-case words
        if word.lower().rstrip(".") in DIRECTIONS and start is not None:
            start = word_start
            break
        lower_count += not word[0].isupper()
        capital_seen = capital_seen or word[0].isupper()
        start = word_start
        count += 1
    return start

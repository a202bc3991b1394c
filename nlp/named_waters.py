"""Lakes, bayous, lochs and rivers written in lower case, as texters write them: "lake wabana", "bayou lafourche",
"upper lough erne", and a river named by "the" and its one-word name before a place ("the arun at pulborough",
"along the wyre at thornton"). features.py reads capitalised "Lake Tahoe" and lower-case "river" + a name.

Both need a name no dictionary knows (or a gazetteer name after a water word: "lake bemidji"): "the lake near",
"lake view", "the path at" stay what they are. ANNOTATION.md keeps "the" before a one-word name that is not a shop.
"""
from __future__ import annotations

import re

from spacy.lang.en.stop_words import STOP_WORDS

from .lexicon import gazetteer
from .lowered import caseless_finditer, lower_twin
from .regional_features import regional_feature_word
from .spanish_rules import common_spanish
from .villages import known_words

VOWEL_RE = re.compile(r"[aeiouy]")
WATER_WORDS = frozenset(("lake", "bayou", "loch", "lough"))
WATER_RE = re.compile(r"\b(?:(?:upper|lower)\s+)?(?:lake|bayou|loch|lough)\s+([a-z][a-z'\-]{2,})\b")
# a place cue, "the", one lower-case word, then "at"/"near"/"below"/"above" and a place
THE_RIVER_RE = re.compile(r"\b(?:by|over|into|in|on|along|across|under|off|from|beside|near|up|down|of)\s+"
                          r"(the\s+([a-z]{3,}))\s+(?:at|near|below|above)\s+(?:the\s+)?[a-z0-9]", re.IGNORECASE)
THE_RIVER_LOWER_RE = lower_twin(THE_RIVER_RE)   # for an ASCII text (lowered.py): its groups read by their spans
# every THE_RIVER_RE match in an ASCII text holds one of these as a whole letter run (lower_words)
AFTER_THE_RIVER = frozenset(("at", "near", "below", "above"))


def name_word(word: str) -> bool:
    """A word no dictionary or word list knows, nor its singular: a name."""
    known = known_words()
    return word not in known and word not in STOP_WORDS and not (word.endswith("s") and word[:-1] in known)


def run_together(word: str) -> bool:
    """"layby", "slipway", "seafront", "cctv": two known words written as one, or letters with no vowel (an initialism),
    not a river's name ("stour", "wyre": a two-letter first part is no word)."""
    known = known_words()
    return not VOWEL_RE.search(word) or any(word[:cut] in known and (word[cut:] in known or word[cut:] in STOP_WORDS)
                                            for cut in range(3, len(word) - 1))


def find_named_waters(text: str, present: frozenset[str]) -> list[tuple[int, int]]:
    found = []
    if not present.isdisjoint(WATER_WORDS):
        for match in WATER_RE.finditer(text):
            name = match.group(1)
            if (name_word(name) or gazetteer().get(name) is not None) and not common_spanish(name):   # "al bayou cada"
                found.append(match.span())
    if "the" in present and not (text.isascii() and present.isdisjoint(AFTER_THE_RIVER)):
        for match in caseless_finditer(THE_RIVER_RE, THE_RIVER_LOWER_RE, text):
            word = text[match.start(2):match.end(2)]
            if word.islower() and name_word(word) and not run_together(word) and word not in gazetteer() \
                    and not regional_feature_word(word):   # "the lough at belcoo", "the byre at dounby": no name
                found.append(match.span(1))
    return found

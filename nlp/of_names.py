"""Scottish place names of the shape "<head> of <name>": "bridge of cally", "Bridge of Tilt", "mains of dalgety",
"in the water of luce", "near toll of birness". The head is a common word ("bridge", "water", "mains") and the name
after "of" is in no list, so neither the gazetteer nor the tagger finds the whole: they give "cally" or "Bridge"
alone, or nothing. ANNOTATION.md labels the place as written, one span (a leading "the" left out).

The head is one of nlp/data/en/of_name_heads.txt; the name is one word that no list or dictionary knows ("cally",
"dalgety"), or any name word when head and name are both capitalised in a text not written in capitals ("Bridge of
Tilt"): "the bridge of the boat", "water of life", "mill of doom" stay out. Gate: "of" and a head among the text's
words.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import stop_words, word_list
from .villages import TIME_WORDS, unknown_lowered


def heads() -> frozenset[str]:
    return word_list("en/of_name_heads.txt")


@lru_cache(maxsize=1)
def of_name_re() -> re.Pattern:
    return re.compile(r"\b(" + "|".join(sorted(heads())) + r") of ([A-Za-z]{3,})\b(?!['’-])", re.IGNORECASE)


def find_of_names(text: str, present: frozenset[str]) -> list[tuple[int, int]]:
    """(start, end) of each "<head> of <name>" place."""
    if "of" not in present or present.isdisjoint(heads()):
        return []   # the cheap gate
    found = []
    for match in of_name_re().finditer(text):
        head, name = match.group(1), match.group(2)
        lowered = name.lower()
        if lowered in stop_words() or lowered in TIME_WORDS:
            continue
        capitalised = head[0].isupper() and name[0].isupper() and not text.isupper()
        if capitalised or (name.islower() and len(name) >= 4 and unknown_lowered(lowered)):
            found.append(match.span())
    return found

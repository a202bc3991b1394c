"""Is a lower-case word glued from two dictionary words a place name rather than two words run together? It is
when its second half is a place name's ending (nlp/data/en/place_name_endings.txt, glued_name_endings.txt:
"yellow|craig", "rose|isle", "pine|creek") or a saint's name, as in Scots, Irish and Cornish names ("kirk|oswald",
"cross|michael", "desert|martin"; nlp/data/en/saints.txt). villages.compound asks this before it takes a word apart.
"""
from __future__ import annotations

from functools import lru_cache

from .lexicon import word_list


@lru_cache(maxsize=1)
def name_endings() -> frozenset[str]:
    return word_list("en/place_name_endings.txt") | word_list("en/glued_name_endings.txt") \
        | frozenset(saint for saint in word_list("en/saints.txt") if len(saint) >= 4)


def ends_like_a_name(word: str) -> bool:
    """The word's last 3+ letters, after a first part of 3+ letters, are a place name's ending or a saint."""
    endings = name_endings()
    return any(word[cut:] in endings for cut in range(3, len(word) - 2))

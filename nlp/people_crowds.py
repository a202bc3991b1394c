"""A crowd counted "N of them" with no people noun in the text (nlp/people.py): "mass brawl outside the pub, 6 or 7
of em", "ppl raving in the quarry, 200 of em", "a big scrap, 30 of them organisin it". The count regex reads "of
them" only where a count noun is in the text ("lads ... about 8 of them"); here a crowd word before the count
(people.json "crowd_words": a fight, a rave, a gang) says "them" are people, not the "40 of them" shells or "14 of
em" reviews that "of them" counts as often (dev: 9 such texts name a thing and no crowd word)."""
from __future__ import annotations

import re
from functools import lru_cache

from .people_patterns import alternation, word_lists

CROWD_PRONOUNS = frozenset(("them", "em"))
WORDS_RE = re.compile(r"[a-z]+(?:-[a-z]+)?")


@lru_cache(maxsize=None)
def crowd_count_regex() -> re.Pattern:
    lists = word_lists()
    approx = alternation(lists["approx"])
    numbers = alternation(lists["number_words"])
    return re.compile(rf"(?<![\w'])(?:(?:{approx})\s+)?(?:{numbers}|[2-9]|[1-9]\d{{1,2}})(?:\s*(?:or|to|-)\s*\d{{1,3}})?"
                      r"\s+o(?:f)?\s+(?:them|em)(?![\w'])")  # Scots "6 o them"


def crowd_counts(searched: str, present: frozenset[str]) -> list[tuple[int, int, int, str]]:
    """"N of them/em" after a crowd word in the lower-cased text `searched`, as count candidates (priority 0)."""
    if present.isdisjoint(CROWD_PRONOUNS) or present.isdisjoint(word_lists()["crowd_words"]):
        return []
    crowd = word_lists()["crowd_words"]
    found = []
    for match in crowd_count_regex().finditer(searched):
        if not crowd.isdisjoint(WORDS_RE.findall(searched[:match.start()])):
            found.append((match.start(), match.end(), 0, match.group()))
    return found

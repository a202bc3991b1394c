"""A hedged age written as a clause of its own in a description: "red hoodie, skateboard, maybe 17", "both about 30,
one in a leopard coat", "theyre about 17 and one has a mullet" (nlp/devset/ANNOTATION.md keeps the hedge).

nlp/people.py takes a bare "about 25" only next to a person word or another description, which misses it when an
object or a place sits between ("apartment, about 30", "skateboard, maybe 17"). Here the clause itself is the cue:
a hedge and a number with a comma, a full stop or the text's end on both sides, in a text that names a person or
describes one. "or" after it is a count of things ("like 6 or 7 pops"), so it is not a clause end. Gated on a hedge
word and a digit, so most texts pay one set test.

An age said of a group with "they're" is a clause age too, hedged or not, and needs no person word ("they're 12, i
dont think its real", "theyre only 12", "they're all 15 or 16"): after "they're" the number is the group's age as
surely as after "hes" (dev: 6 such rows labelled and missed, none left out). What follows must end the clause:
"theyre 5 mins away", "theyre 2 doors down" count other things.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import word_sets
from .people_ages import stated_ages
from .people_ceiling_ages import ceiling_ages  # noqa: F401  (nlp/people.py reads both from here)

DIGIT_RE = re.compile(r"\d")
THEY_WORDS = frozenset(("theyre", "they're", "they"))
THEY_AGE_RE = re.compile(
    r"(?<![\w'])(?:they'?re|they\s+are)\s+(?:(?:only|just|all|both|prob|probably|barely)\s+)?"
    r"(?P<age>(?:[2-9]|1\d)(?:\s*(?:or|to|-)\s*(?:[2-9]|1\d)|\s+(?:[2-9]|1\d)(?![\w']))?)"
    r"(?=\s*(?:$|[,.;!?)]|(?:and|n|but|so|i|its|it's|it|with|yrs?|years?\s+old)(?![\w'])))", re.IGNORECASE)


@lru_cache(maxsize=None)
def words() -> dict[str, frozenset[str]]:
    return word_sets("en/people_clause_ages.json")


@lru_cache(maxsize=None)
def clause_age_re() -> re.Pattern:
    w = words()
    alt = "|".join(sorted(map(re.escape, w["hedges"]), key=len, reverse=True))
    lead = "|".join(sorted(map(re.escape, w["lead_words"]), key=len, reverse=True))
    follow = "|".join(sorted(map(re.escape, w["follow_words"]), key=len, reverse=True))
    return re.compile(
        rf"(?:^|(?<=[,.;!?(])\s*|\b(?:{lead})\s+)(?P<age>(?:{alt})\s+(?P<n>\d{{1,2}})(?:\s+or\s+\d{{1,2}})?)"
        rf"(?=\s*(?:[,.;!?)]|$)|\s+(?:{follow})\b)", re.IGNORECASE)


def clause_ages(text: str, present: frozenset[str], described: bool,
                times: list[tuple[int, int]]) -> list[tuple[int, int, int, str]]:
    """Candidates (start, end, priority 4 as a bare age, value) for the clause ages of `text`. `described`: the text
    names a person or another description was found in it; `times`: spans of other facts, times among them."""
    if DIGIT_RE.search(text) is None:
        return []
    found = [(*match.span("age"), 4, match["age"]) for match in THEY_AGE_RE.finditer(text)
             ] if not present.isdisjoint(THEY_WORDS) else []   # "they're 12,"
    found += stated_ages(text, present)  # "she was only 17", "my brother 23" (nlp/people_ages.py)
    if not described or present.isdisjoint(words()["hedges"]):
        return found
    for match in clause_age_re().finditer(text):
        n = int(match["n"])
        if not 5 <= n <= 90:
            continue   # "like 3," is as often a count; no one is described as 95
        before = text[:match.start("age")].rstrip(" ,;").rsplit(None, 1)[-1:]
        if n <= 12 and (any(0 <= match.start("age") - end <= 3 for _, end in times)
                        or (before and before[0].lower() in words()["time_words"])):
            continue   # "sat night, about 11", "since memorial day, around 11": the hour of the time before it
        found.append((match.start("age"), match.end("age"), 4, match["age"]))
    return found

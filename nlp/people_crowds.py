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


# A clause of its own ("..., 3 of them, one has a crowbar", "theres 4 of them kickin the door") after a group the
# texter cannot name ("theyre back", "poachers", "yobs") counts them too (labelled since stop 36: "of them" for
# people 75 rows vs 20). Only after a plural: after "someone" or "the bloke" them are things ("someone dumped
# kittens, 6 of them", dev 5 rows); never after shots, bangs or fireworks, which "of them" counts as often.
CLAUSE_START_RE = re.compile(r"(?:^|[,.;!?]\s*|\b(?:theres|there's|there\s+(?:is|are|were|was)|now|and|n)\s+)$")
PEOPLE_WORDS = frozenset("they theyre poachers coursers burglars".split())
NOT_PEOPLE = frozenset("shot shots gunshots gunshot bangs bang fireworks firework rounds pops explosions".split())


def crowd_counts(searched: str, present: frozenset[str]) -> list[tuple[int, int, int, str]]:
    """"N of them/em" after a crowd word, as a clause after someone (CLAUSE_START_RE), or as a clause described as
    people by what follows (described_after), in the lower-cased text `searched`, as count candidates (priority 0)."""
    if present.isdisjoint(CROWD_PRONOUNS):
        return []
    lists = word_lists()
    crowd = lists["crowd_words"]
    people = PEOPLE_WORDS | lists["count_nouns"] | lists["people_by_doing"] | {word for word in lists["person_insults"] if word.endswith("s")}
    calm = present.isdisjoint(NOT_PEOPLE)
    clauses = calm and not present.isdisjoint(people)
    described = calm and (not present.isdisjoint(lists["crowd_after_words"]) or "one" in present or "black" in present)
    if present.isdisjoint(crowd) and not clauses and not described:
        return []
    found = []
    for match in crowd_count_regex().finditer(searched):
        before = WORDS_RE.findall(searched[:match.start()])
        clause_start = CLAUSE_START_RE.search(searched, max(0, match.start() - 16), match.start())
        if not crowd.isdisjoint(before) or (clauses and not people.isdisjoint(before) and clause_start) \
                or (described and clause_start and described_after(searched, match.end(), lists["crowd_after_words"])):
            found.append((match.start(), match.end(), 0, match.group()))
    return found


# "N of them" opening a clause counts people when what follows in that clause is what only people wear, ride or do
# ("2 of them on a moped", "3 of them in balaclavas", "5 of them kicking a lad"; people.json "crowd_after_words"), or
# the next clause describes one of them ("2 of them, one had a hammer"). Stop 38: such clauses with no people word
# before them were missed in 17 English dev rows of 11 files.
DESCRIBED_ONE_RE = re.compile(r"\s*,\s*(?:and\s+)?one\s+(?:of\s+(?:them|em)\s+)?(?:had|has|in|with|wearing|wore|was|is)\b")
CLAUSE_WORDS_RE = re.compile(r"[^,.;!?]*")
ALL_IN_BLACK_RE = re.compile(r"\s+all\s+in\s+black\b")   # "6 of em all in black": dressed, so people
AFTER_WORDS = 6   # words of the clause after the count in which a crowd_after_words word says who "them" are


def described_after(searched: str, end: int, words: frozenset[str]) -> bool:
    """Whether the clause after a count at ``end`` names what only people do, or the next clause describes one."""
    if DESCRIBED_ONE_RE.match(searched, end):
        return True
    clause = CLAUSE_WORDS_RE.match(searched, end).group()
    return not words.isdisjoint(WORDS_RE.findall(clause)[:AFTER_WORDS]) or ALL_IN_BLACK_RE.match(clause) is not None

"""A person's size in words (nlp/people.py): "huge bloke", "massive guy", "big dude", "one is massive", "hes big",
"one real big in an orange vest", and a build word with its intensifier, "real tall", "really skinny".

"big", "huge" and "massive" describe anything ("big fight", "massive dog"), so they are a build only where the
grammar says they are said of a person: just before a person noun ("huge bloke", not "my big boy"), or after a
person and "is"/"was" ("other is massive"), or after "one"/"hes"/"shes" ("one big with a beard", "hes big, black hoodie"), and then only
before a pause or a word that goes on describing ("with", "and", "in", "like 6ft"). An intensifier before a build
word stays in the span: dev labels "real tall", "real skinny", "really tall" with it 7 times in 10.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .people_patterns import PREVIOUS_WORDS_RE, alternation, word_lists

SIZE_WORDS = frozenset(("big", "huge", "massive"))
INTENSIFIERS = frozenset(("real", "really", "very", "proper", "super"))
POSSESSIVES = frozenset("my our his her their your".split())
INTENSIFIER = r"(?:(?:real|really|very|proper|super)\s+)?"


@lru_cache(maxsize=None)
def size_regexes() -> tuple[re.Pattern, re.Pattern, re.Pattern, re.Pattern]:
    nouns = alternation(word_lists()["aged_nouns"] | {"dude"})
    before_noun = re.compile(rf"(?<![\w']){INTENSIFIER}(?:big|huge|massive)\s+(?:{nouns})(?![\w'])", re.IGNORECASE)
    said_of = re.compile(
        rf"(?<![\w'])(?:one|hes|shes|he's|she's|(?:one|other|he|she|{nouns}|driver)\s+(?:is|was))\s+"
        rf"(?P<size>{INTENSIFIER}(?:big|huge|massive))(?=\s*(?:[,.;!?]|$)|\s+(?:and|with|w|in|wearing|like|about)(?![\w']))",
        re.IGNORECASE)
    # an item of a comma list of descriptions ("hes about 40, massive, sleeve tattoos"), in a text with a person noun
    listed = re.compile(r"(?<=,\s)(?P<size>big|huge|massive)(?=\s*,)", re.IGNORECASE)
    person = re.compile(rf"(?<![\w'])(?:{nouns})(?![\w'])", re.IGNORECASE)
    return before_noun, said_of, listed, person


def sized_people(text: str, present: frozenset[str]) -> list[tuple[int, int, int, str]]:
    """Size words said of a person, as build candidates (priority 2, as people.py gives a build)."""
    if present.isdisjoint(SIZE_WORDS):
        return []
    before_noun, said_of, listed, person = size_regexes()
    found = []
    for match in before_noun.finditer(text):
        previous = PREVIOUS_WORDS_RE.search(text, 0, match.start())
        if previous is not None and previous.end(1) >= match.start() - 1 and previous.group(1).lower() in POSSESSIVES:
            continue  # "my big boy": whose child, not what someone looks like
        found.append((match.start(), match.end(), 2, match.group(0)))
    for match in said_of.finditer(text):
        found.append((match.start("size"), match.end("size"), 2, match.group("size")))
    if "," in text and (person.search(text) or not present.isdisjoint(word_lists()["person_insults"])):  # "some nutter"
        found.extend((match.start(), match.end(), 2, match.group()) for match in listed.finditer(text))
    return found


def intensified(text: str, candidates: list[tuple[int, int, int, str]], builds: frozenset[str]) -> list[tuple[int, int, int, str]]:
    """Build candidates (their text in `builds`) widened over an intensifier just before them ("real tall")."""
    out = []
    for start, end, priority, value in candidates:
        previous = PREVIOUS_WORDS_RE.search(text, max(0, start - 12), start)
        if value.lower() in builds and previous is not None and previous.end(1) == start - 1 \
                and previous.group(1).lower() in INTENSIFIERS:
            start = previous.start(1)
            value = text[start:end]
        out.append((start, end, priority, value))
    return out

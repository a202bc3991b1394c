"""Whether a word after a name cue ("called", "named") names a person (nlp/people.py).

"called" and "named" also name things and start verbs: "a company called zippy", "a snapchat group called
crk_boyz_04", "my mates band is called Shotgun Wedding" name an organisation; "a user named xx_teddybear_xx" is a
handle, not a name an officer can use; "she just called saying someone is in" is the verb "call" and a verb in
-ing. The noun before the cue says what is named (nlp/data/en/people.json "named_things"); the word's own shape
says it is a verb (-ing, or -in for -ing: "sayin") or a handle (an underscore or a digit inside).
"""
from __future__ import annotations

import re

from .lexicon import common_words, stop_words
from .people_patterns import word_lists

# the noun (and an optional "is"/"was") just before the cue: "company called", "band is called"
NOUN_BEFORE_CUE_RE = re.compile(r"([A-Za-z]+)(?:'s)?(?:\s+(?:is|was))?\s+$")
HANDLE_RE = re.compile(r"[A-Za-z]+(?:_|\d)|_")
NOUN_LOOKBACK = 30


def names_a_thing(text: str, cue_start: int) -> bool:
    """The noun just before the cue at `cue_start` is an organisation, place of trade, group or handle owner."""
    before = NOUN_BEFORE_CUE_RE.search(text, max(0, cue_start - NOUN_LOOKBACK), cue_start)
    noun = before.group(1).lower() if before is not None else ""
    return noun in word_lists()["named_things"] or noun in word_lists()["animal_words"]  # "spaniel called Meg"


def verb_form(word: str) -> bool:
    """A lower-case verb in -ing ("saying", "crying") or written -in for it ("sayin", "cryin")."""
    if not word.islower():
        return False
    return word.endswith("ing") or (word.endswith("in") and word + "g" in common_words())


def not_a_person_name(text: str, cue_start: int, name: str) -> bool:
    """The name after a cue at `cue_start` is a thing's name, a verb or an online handle, not a person's."""
    first = name.split()[0]
    return verb_form(first) or HANDLE_RE.search(first) is not None or names_a_thing(text, cue_start)


# A name set off by commas just after the person it names: "one lad, Callum, drives", "a girl off my daughter's
# class, Kayleigh, 13", "the guy who got fired on monday, Travis". No cue word says it is a name; the person noun a
# few words before and the commas either side do (dev: 10 of 11 such spans are labelled names; the other is a
# house name, "Rose Cottage", which the places claim first). At most two capitalised words, then a comma or the end.
APPOSED_NAME_RE = re.compile(
    r"(?<![\w'])(?P<lead>[A-Za-z][^,.!?;:]{0,30}?),\s+(?P<name>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s*(?=,|$)")
LEAD_WORD_RE = re.compile(r"[a-z]+")


def apposed_names(text: str, present: frozenset[str]) -> list[tuple[int, int, int, str]]:
    """Names in apposition after a person noun, as name candidates (priority 0). Gated on a capital after a comma
    and a person noun in the text, so most texts pay a set test and one regex search."""
    nouns = word_lists()["person_nouns"] | word_lists()["relation_nouns"]
    if present.isdisjoint(nouns) or re.search(r",\s+[A-Z][a-z]", text) is None:
        return []
    skip = word_lists()["not_name_words"] | nouns | stop_words()
    out = []
    for match in APPOSED_NAME_RE.finditer(text):
        lead = LEAD_WORD_RE.findall(match.group("lead").lower())
        name = match.group("name")
        if nouns.isdisjoint(lead) or name.split()[0].lower() in skip:
            continue
        out.append((*match.span("name"), 0, name))
    return out

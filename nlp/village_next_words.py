"""What may follow a lower-case village name no list knows besides a stop word or punctuation
(villages.name_ends_here): a time word or its texting spelling ("in lumphinnans earlier", "from seacombe yday", "at
deerness twice", nlp/data/en/village_end_words.txt), a number or clock time ("in waunarlwydd 3am", "near wapanucka
11pm"), or a verb's past tense ("in tweedmouth turned into a brawl"). A typo before a noun ("outside thier house")
still ends nowhere: nouns are none of these.
"""
from __future__ import annotations

from .lexicon import word_list


def end_words() -> frozenset[str]:
    return word_list("en/village_end_words.txt")


def past_tense(word: str, known: frozenset[str]) -> bool:
    """"turned", "smashed", "kicked": a known word of 6+ letters ending in -ed (shorter ones are nouns: "shed", "bed")."""
    return len(word) >= 6 and word.endswith("ed") and word in known


def ends_village_name(token, known: frozenset[str]) -> bool:
    """The token after a village name starts what is said about it: a time word, a number or time, a past tense."""
    word = token.lower_
    return word in end_words() or token.text[:1].isdigit() or past_tense(word, known)

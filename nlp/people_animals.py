"""Pets described like people (nlp/people.py): "lost dog, 4 yr old blue heeler named Biscuit", "shes a 3 yr old
collie", "brown pit mix 4 yrs old", "springer spaniel called Meg". An age beside a breed or animal word
(people.json "animal_words") is the animal's, and a name just after one names the animal (people_names.py): neither
is a person an officer looks for (dev: 8 such ages and names, none labelled)."""
from __future__ import annotations

import re

from .lexicon import stop_words
from .people_patterns import word_lists

WORDS_RE = re.compile(r"[a-z]+")
AGE_PRIORITIES = frozenset((1, 4))  # ages (1) and bare ages (4), as find_people adds them
WORDS_AFTER = 3   # "4 yr old blue heeler": the breed within three words after the age
WORDS_BEFORE = 3  # "brown pit mix 4 yrs old": or within three words before it


def animal_next(words: list[str]) -> bool:
    """An animal word among `words` (read outward from the age) before any stop word or verb: "blue heeler", never
    "in his 60s walking a staffy", "about 10 on a pony", "shes 88 and her dog"."""
    for word in words:
        if word in word_lists()["animal_words"]:
            return True
        if word in stop_words() or word.endswith(("ing", "in")):
            return False
    return False


def not_animal_ages(text: str, candidates: list[tuple[int, int, int, str]], present: frozenset[str]):
    """`candidates` without the ages written beside an animal word."""
    if present.isdisjoint(word_lists()["animal_words"]):
        return candidates
    lower = text.lower()
    kept = []
    for candidate in candidates:
        start, end, priority, _ = candidate
        after = WORDS_RE.findall(lower[end:end + 40])[:WORDS_AFTER]
        before = WORDS_RE.findall(lower[max(0, start - 40):start])[-WORDS_BEFORE:]
        if priority in AGE_PRIORITIES and (animal_next(after) or animal_next(before[::-1])):
            continue
        kept.append(candidate)
    return kept

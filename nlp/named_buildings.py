"""Farms and schools named in lower case, as texters write them: "the barn at 2 pear tree farm hognaston", "behind
skylark farm near great tew", "outside kinver high school", "across from harding middle school".

A farm or school is a place only with a name (ANNOTATION.md: "the school" is none), so the words before the kind
word must hold a name: words that only say which kind ("a dairy farm", "the primary school", "my nans farm") are no
name. The name must follow a place cue ("at", "near", "behind", ... and an optional "the" or house number), so "pig
farm" in a sentence about pigs is no place; and what comes after can make it another place ("rowes farm shop",
"hoo farm industrial estate" are found as shops and estates).
"""
from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

from spacy.lang.en.stop_words import STOP_WORDS

KIND_WORDS = frozenset(("farm", "school"))
KIND_RE = re.compile(r"\b(?:(?:high|middle|primary|elementary|junior|infant|infants|grammar|secondary)\s+)?(?:farm|school)\b",
                     re.IGNORECASE)
WORD_RE = re.compile(r"[A-Za-z][A-Za-z']*|\d{1,4}")
PUNCT_RE = re.compile(r"[,.;:!?()]")
NEXT_WORD_RE = re.compile(r"\s+([a-z]+)", re.IGNORECASE)
MAX_NAME = 3   # "greater new hope baptist" is longer, but longer runs mostly swallow a clause


@lru_cache(maxsize=1)
def _words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    raw = json.loads((Path(__file__).parent / "data" / "en" / "named_buildings.json").read_text(encoding="utf-8"))
    return frozenset(raw["cues"]), frozenset(raw["not_name"]), frozenset(raw["not_after"])


def name_start(text: str, end: int, not_name: frozenset[str] | None = None,
               more_cues: frozenset[str] = frozenset()) -> int | None:
    """Where the name before `end` starts: up to MAX_NAME name words back from the kind word, after a place cue
    (and an optional "the" or house number, the number kept); None when no cue comes first. Another kind of place
    (named_features.py) brings its own words that are no name and its own cues ("under chain bridge")."""
    cues, farm_not_name, _ = _words()
    cues = cues | more_cues
    not_name = farm_not_name if not_name is None else not_name
    before = list(WORD_RE.finditer(text, max(0, end - 80), end))
    if before and before[0].start() > 0 and end - 80 > 0:
        before = before[1:]   # a word cut by the window
    names = 0
    index = len(before) - 1
    while index >= 0 and names < MAX_NAME:
        word = before[index].group().lower()
        if PUNCT_RE.search(text, before[index].end(), end):
            break   # "by the boat ramp, james river": a name runs on within its clause only
        if word in cues or word in not_name or word in STOP_WORDS or word.isdigit():   # "after school"
            break
        names += 1
        index -= 1
    if names == 0 or index < 0:
        return None
    start = before[index + 1].start()
    word = before[index].group().lower()
    if word.isdigit():   # "at 2 pear tree farm": the house number belongs to the address
        start = before[index].start()
        index -= 1
        word = before[index].group().lower() if index >= 0 else ""
    if word == "the":
        index -= 1
        word = before[index].group().lower() if index >= 0 else ""
    return start if word in cues else None


def find_named_buildings(text: str, present: frozenset[str]) -> list[tuple[int, int]]:
    if present.isdisjoint(KIND_WORDS):
        return []   # the common text pays nothing
    not_after = _words()[2]
    found = []
    for match in KIND_RE.finditer(text):
        after = NEXT_WORD_RE.match(text, match.end())
        if after and after.group(1).lower() in not_after:
            continue
        start = name_start(text, match.start())
        if start is not None:
            found.append((start, match.end()))
    return found

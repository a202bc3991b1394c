"""Plate fragments spelled out in words after a fragment cue: "starts with bravo kilo" (BK), "ends in seven two"
(72). Tipsters who read a plate aloud, or were told it on the phone, write the phonetic alphabet or digit words;
two to four of them after "starts/ends/begins with" or "first/last letters", in a text with a plate word, are a
piece of it when a plate word comes just before the cue. One word alone is not read ("ends in one" is prose). Gated on a plate word and a cue word.
"""
from __future__ import annotations

import re

from .spans import overlaps

NATO = ("alpha alfa bravo charlie delta echo foxtrot golf hotel india juliet juliett kilo lima mike november oscar papa "
        "quebec romeo sierra tango uniform victor whiskey whisky xray x-ray yankee zulu").split()
DIGITS = {"zero": "0", "oh": "0", "one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6",
          "seven": "7", "eight": "8", "nine": "9"}
SPOKEN = {**{word: word[0].upper() for word in NATO}, **DIGITS}
WORD = "(?:" + "|".join(sorted(map(re.escape, SPOKEN), key=len, reverse=True)) + ")"
SPELLED_RE = re.compile(
    r"\b(?:start(?:s|ed|ing)?|beg[ia]n(?:s|ning)?|end(?:s|ed|ing)?|finish(?:es|ed)?)\s+(?:with|in|on)\s+|"
    r"\b(?:first|last)\s+(?:\w+\s+)?(?:letters?|digits?|numbers?|characters?|bit)\s+(?:of\s+the\s+(?:reg|plate|tag)\s+)?"
    r"(?:were|was|are|is)?\s*[:,]?\s*", re.IGNORECASE)
RUN_RE = re.compile(rf"(?P<run>{WORD}(?:[\s,-]+{WORD}){{1,3}})\b", re.IGNORECASE)
PLATE_WORD_RE = re.compile(r"\b(?:plates?|tags?|reg|registration)\b", re.IGNORECASE)


def spelled_partials(text: str, taken: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """Spelled fragments after SPELLED_RE's cues, as (start, end, value), in a text with a plate word; taken grows."""
    found = []
    if PLATE_WORD_RE.search(text) is None:
        return found
    for cue in SPELLED_RE.finditer(text):
        run = RUN_RE.match(text, cue.end())
        if run is None or overlaps(*run.span("run"), taken) or not (
                "of the" in cue.group() or PLATE_WORD_RE.search(re.split(r"[,.;!?]", text[max(0, cue.start() - 40):cue.start()])[-1])):
            continue   # "the plate, the film ends with one two three": the cue is about a plate named in its own clause
        value = "".join(SPOKEN[word.lower()] for word in re.split(r"[\s,]+|-(?!ray)", run.group("run")) if word)
        taken.append(run.span("run"))
        found.append((*run.span("run"), value))
    return found

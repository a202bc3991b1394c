"""How often trains or traffic come, said beside a danger now: not the past (stop 37; used by nlp/urgency.py).

"trains come thru every half hour and there are kids on the line", "a woman is standing on the tracks at the level
crossing, trains go past every half hour", "trains usually run every half hour, theres a boy on the rails": the habit
("every half hour", "usually") belongs to the trains, told to say how soon the danger comes, not to the danger clause.
So the PAST cues and the times inside such a clause (split at punctuation, "and", "but") do not put the text in the
past. The habit of the danger itself ("kids play on the tracks every summer") is no aside: its clause does not open
with a train, a bus or traffic. Also: "on the line" next to a railway word is the railway line (a KID_DANGER place).
Data `urgency_routine_aside.json`. Gate: a subject word in the text.
"""
from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data" / "urgency_routine_aside.json"
CLAUSE_RE = re.compile(r"[^.,;!?\n]+")
CLAUSE_BREAK_RE = re.compile(r"\b(?:and|but|n|&)\b")
ON_THE_LINE_RE = re.compile(r"\b(?:on|across|along|walking down|down) the line\b(?! (?:with|to|for|now to)\b)")  # not the phone line


def _words(items: list[str]) -> re.Pattern:
    return re.compile(r"\b(?:" + "|".join(re.escape(item) for item in sorted(items, key=len, reverse=True)) + r")\b")


@lru_cache(maxsize=1)
def _data() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    data = json.loads(DATA.read_text(encoding="utf-8"))
    return _words(data["subjects"]), _words(data["often"]), _words(data["railway"])


@lru_cache(maxsize=8)  # read by urgency.judge and by past_time, often twice for one text
def aside_ranges(lowered: str) -> tuple[tuple[int, int], ...]:
    """The character ranges of the clauses that tell how often a train, a bus or traffic comes (module docstring)."""
    subjects, often, _ = _data()
    if not often.search(lowered) or not subjects.search(lowered):
        return ()
    found = []
    for match in CLAUSE_RE.finditer(lowered):
        cuts = [match.start()] + [match.start() + m.start() for m in CLAUSE_BREAK_RE.finditer(match.group())] + [match.end()]
        for start, end in zip(cuts, cuts[1:]):
            part = lowered[start:end]
            first = subjects.search(part)
            # the subject opens the clause ("trains come", "the express comes", "and buses run"), then a habit word
            if first and len(part[:first.start()].split()) <= 2 and often.search(part, first.end()):
                found.append((start, end))
    return tuple(found)


def inside_aside(start: int, end: int, ranges: tuple[tuple[int, int], ...]) -> bool:
    """Whether the characters start..end lie inside one of the `aside_ranges`."""
    return any(s <= start and end <= e for s, e in ranges)


def on_the_railway_line(lowered: str) -> bool:
    """"on the line" in a text with a railway word: the railway line ("kids on the line, trains every 30 mins")."""
    return bool(ON_THE_LINE_RE.search(lowered)) and bool(_data()[2].search(lowered))

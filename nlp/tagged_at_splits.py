"""A tagged span that runs from a capitalised name over "at" to a place in lower case is a venue and its place:
"the Gate Hangs Well at cheslyn hay" (a pub and its village). ANNOTATION.md labels each on its own, so the span is
cut at "at". A corner is written in one case ("bellfort at mlk", "s 24th st at q st", "Main St at Oak Ave") and is
one span: it stays whole.
"""
from __future__ import annotations

import re
from collections.abc import Callable

AT_RE = re.compile(r"\s+at\s+", re.IGNORECASE)


def split_at(text: str, pieces: list[tuple[int, int]], named: Callable[[int, int], bool]) -> list[tuple[int, int]]:
    out = []
    for start, end in pieces:
        joins = list(AT_RE.finditer(text, start, end))
        if len(joins) != 1:
            out.append((start, end))
            continue
        join = joins[0]
        left, right = text[start:join.start()], text[join.end():end]
        if left == left.lower() or right != right.lower() or text.isupper():
            out.append((start, end))   # one case on both sides: a corner, or no sign of a venue name
            continue
        if named(start, join.start()):
            out.append((start, join.start()))
        out.append((join.end(), end))
    return out

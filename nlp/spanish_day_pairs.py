"""Two days joined by "y"/"o" are one Spanish time: "el jueves y el viernes", "cada lunes y miercoles",
"entre el sabado y el domingo" (dev: every such pair is labelled whole, as "los martes y jueves" already was).
"entre" before the pair belongs to it, as "between" does in English.
"""
from __future__ import annotations

import re

DAY = r"(?:lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bados?|domingos?)"
ENDS_ON_DAY_RE = re.compile(rf"\b{DAY}$", re.IGNORECASE)
SECOND_DAY_RE = re.compile(rf"\s+(?:y|o)\s+(?:(?:el|los)\s+)?{DAY}\b", re.IGNORECASE)
BETWEEN_RE = re.compile(r"\bentre\s+$", re.IGNORECASE)


def day_pairs(text: str, times: list) -> list:
    """`times` with each day that another day follows after "y"/"o" widened over it (see the module doc)."""
    if " y " not in text and " o " not in text:   # the cheap gate
        return times
    out = []
    for start, end, _ in times:
        if ENDS_ON_DAY_RE.search(text, start, end) and (second := SECOND_DAY_RE.match(text, end)):
            end = second.end()
            between = BETWEEN_RE.search(text, max(0, start - 7), start)
            start = between.start() if between else start
        out.append((start, end, text[start:end]))
    # the second day, found on its own, now sits inside the pair
    return [t for t in out if not any(o != t and o[0] <= t[0] and t[1] <= o[1] for o in out)]

"""The rest of a Spanish clock time written after it, and a clock range after a day: "a las 2 y pico", "desde las 7 y
pico", "a las 2 o 3 de la mañana", "desde las 10 hasta la 1", "hasta como las 3", "cada martes entre las 11 y la 1",
"todas las noches entre 8 y 9", "cada jueves a partir de las 8", "desde la 1 hasta las 5". A day, part of the day or
frequency written with its clock time or range is one span (nlp/devset/ANNOTATION.md "Times", stop 36), and "desde"
and "hasta" stay in the span (stop 34). The time finders stop at "la 1" (the one hour written with "la") and at the
vague minutes; this widens their spans.
"""
from __future__ import annotations

import re

HOUR = r"(?:1[0-2]|0?[1-9]|1[3-9]|2[0-4])(?::[0-5]\d)?"
# "la 1" is the one hour written with "la"; "la 4" is a street ("desde la 4 y el parque")
ARTICLED = rf"(?:la\s+1(?::[0-5]\d)?(?!\d)|las\s+{HOUR})"
PART = r"(?:\s+(?:de\s+la\s+(?:mañana|manana|tarde|noche|madrugada)|de\s+la\s+mañana|am|pm|a\.m\.|p\.m\.|hrs|horas))?"
# after a clock time: vague minutes, a second hour ("o 3"), the range's end ("hasta la 1", "a las 5", "hasta como las 3")
VAGUE_RE = re.compile(rf"\s+y\s+(?:pico|algo|tantos|poquito){PART}\b", re.IGNORECASE)   # "y pico de la madrugada"
OR_HOUR_RE = re.compile(rf"\s+o\s+(?:las?\s+)?{HOUR}{PART}\b", re.IGNORECASE)
RANGE_END_RE = re.compile(rf"\s+(?:hasta|a)\s+(?:como\s+|eso\s+de\s+|cerca\s+de\s+)?{ARTICLED}(?:\s+y\s+(?:pico|media|cuarto))?{PART}\b",
                          re.IGNORECASE)
# after a day or a frequency: a clock range or a start hour ("entre las 11 y la 1", "entre 8 y 9", "a partir de las 8")
DAY_RANGE_RE = re.compile(rf"\s+(?:entre\s+(?:{ARTICLED}|{HOUR})\s+y\s+(?:{ARTICLED}|{HOUR})|a\s+partir\s+de\s+{ARTICLED}){PART}\b",
                          re.IGNORECASE)
DAY_END_RE = re.compile(r"(?:noches?|tardes?|mañanas?|madrugadas?|d[ií]as?|lunes|martes|mi[eé]rcoles|jueves|viernes|"
                        r"s[aá]bados?|domingos?|findes?|semana|semanas)$", re.IGNORECASE)
CLOCK_END_RE = re.compile(r"(?:\d|[ap]\.?m\.?|mañana|manana|tarde|noche|madrugada)$", re.IGNORECASE)
CLOCK_START_RE = re.compile(r"(?:(?:desde|hasta|a|de|como\s+a|sobre)\s+)?(?:la\s+1(?!\d)|las\s+\d)", re.IGNORECASE)
# "desde la 1 hasta las 5", "a partir de las 10 de la noche": a start the finders do not read
LA_UNA_RE = re.compile(rf"\b(?:desde|a\s+partir\s+de)\s+{ARTICLED}{PART}\b", re.IGNORECASE)
GATE_RE = re.compile(r"\b(?:pico|algo|tantos|poquito|hasta|entre|partir|o|desde|a)\b", re.IGNORECASE)


def with_clock_tails(text: str, times: list) -> list:
    """Each (start, end, value) Spanish time widened over the rest of its clock time or range (see the module's doc)."""
    if not any(ch.isdigit() for ch in text) or GATE_RE.search(text) is None:   # the cheap gate
        return times
    found = list(times)
    for match in LA_UNA_RE.finditer(text):   # "desde la 1", "a partir de las 8": a clock start of its own
        if not any(s <= match.start() < e or match.start() <= s < match.end() for s, e, _ in found):
            found.append((match.start(), match.end(), match.group()))
    out = []
    for start, end, _ in sorted(found):
        value = text[start:end]
        if CLOCK_END_RE.search(value) and re.search(r"\d", value):
            for regex in (VAGUE_RE, OR_HOUR_RE, RANGE_END_RE):
                step = regex.match(text, end)
                end = step.end() if step else end
        elif DAY_END_RE.search(value):
            step = DAY_RANGE_RE.match(text, end)
            end = step.end() if step else end
        before = re.search(r"\ba\s+partir\s+de\s+$", text[max(0, start - 12):start])
        if before and CLOCK_START_RE.match(text, start):
            start -= len(before.group())
        out.append((start, end, text[start:end]))
    # a widened span now holds a later one ("hasta las 5" inside "desde la 1 hasta las 5"): the longer stays
    return [t for t in out if not any(o != t and o[0] <= t[0] and t[1] <= o[1] for o in out)]

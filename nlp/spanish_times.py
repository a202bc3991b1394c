"""Spanish times: clock times ("a las 3 de la mañana", "como a las 10 y media"), relative ones ("hace 10
minutos") and dates ("el 12 de octubre", "los martes y jueves"); "desde"/"hasta" before one belongs to it.
"""
from __future__ import annotations

from .spanish_bare_days import bare_days
from .spanish_frequencies import frequencies
from .spanish_month_days import month_days
from .spanish_repeat_counts import repeat_counts
from .spanish_rules import rules, stem_tests
from .spanish_spans_of_time import spans_of_time
from .spanish_time_words import time_words
from .spanish_tomorrow import tomorrow
from .spanish_years import years


def find_times(text: str) -> list[tuple[int, int]]:
    r = rules()
    lower = text.lower()
    stems = stem_tests()
    return [m.span() for kind in ("clock", "ago", "date") if stems[kind].search(lower) for m in r[kind].finditer(text)] \
        + spans_of_time(text) + month_days(text) + bare_days(text) + time_words(text) \
        + repeat_counts(text) + tomorrow(text) + frequencies(text) + years(text)   # "3 noches seguidas", "4 veces este año", "mañana" (tomorrow), "en 2019"


def with_since(text: str, times: list) -> list:
    """"desde el viernes", "hasta el lunes": the word before a time belongs to it."""
    r = rules()
    out = []
    for s, e, _ in times:
        before = r["since"].search(text, max(0, s - 7), s)
        s = before.start() if before else s
        out.append((s, e, text[s:e]))
    return out

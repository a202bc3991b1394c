"""Spanish times written as a span or tied to a clock: ranges ("de 9 a 12", "de 11pm a 6am", "entre las 3 y las 5 de
la tarde", "de lunes a viernes", "entre el 10 y el 12 de noviembre"), "las 3 de la madrugada" with no "a" before it,
a day of the month or "mañana" right before a clock time ("el 22 a las 10:30", "mañana a las 9"), a month or
year after "en"/"desde" ("desde agosto", "en el 2024"), and the next day, week or month ("el lunes que viene"). Read by spanish_times.find_times; the words are the Spanish
lexicon's (months, days, clock parts) and `not_after_time_range` (what "de 2 a 3" counts when it is no time).
"""
from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import spanish_lexicon

CLOCK = r"\d{1,2}(?::\d\d)?(?:\s*(?:am|pm|a\.\s?m\.|p\.\s?m\.))?"
BARE_NUMBER_RE = re.compile(r"(?<![\d:])(\d{1,2})(?![\d:]|\s*(?:am|pm|a\.|p\.))", re.IGNORECASE)
GATE_RE = re.compile(r"\d|lunes|martes|rcoles|jueves|viernes|bado|domingo|enero|febrero|marzo|abril|mayo|junio|julio|"
                     r"agosto|septiembre|setiembre|octubre|noviembre|diciembre|viene", re.IGNORECASE)


def _alt(words) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(set(words), key=len, reverse=True))


@lru_cache(maxsize=1)
def _regexes() -> tuple[re.Pattern, ...]:
    lex = spanish_lexicon()
    parts, days, months = _alt(lex["clock_parts"]), _alt(lex["days"]), _alt(lex["months"])
    part = rf"(?:\s+de\s+la\s+(?:{parts}))?"
    not_after = rf"(?!\s*(?:%|(?:{_alt(lex['not_after_time_range'])})\b))"
    flags = re.UNICODE | re.IGNORECASE
    ranges = re.compile(
        rf"\b(?:(?:de|desde)\s+(?:las\s+)?{CLOCK}\s+(?:a|hasta)\s+(?:las\s+)?{CLOCK}{part}(?![\w:]){not_after}"
        rf"|entre\s+(?:las\s+{CLOCK}|la\s+1(?::\d\d)?)\s+y\s+las\s+{CLOCK}{part}(?![\w:])"   # "entre la 1 y las 3": one o'clock is singular
        rf"|entre\s+el\s+\d{{1,2}}\s+y\s+el\s+\d{{1,2}}\s+de\s+(?:{months})\b"
        rf"|de\s+(?:{days})\s+a\s+(?:{days})\b)", flags)
    # "las 3 de la madrugada", "las 4 de la tarde": a clock time with its part of the day needs no "a" before it
    with_part = re.compile(rf"\blas?\s+\d{{1,2}}(?::\d\d)?\s+de\s+la\s+(?:{parts})\b", flags)
    # "el 22 a las 10:30", "el dia 28 a las 11:40", "mañana a las 9": the day before the clock is part of the time
    before_clock = re.compile(r"\b(?:el\s+(?:d[ií]a\s+)?\d{1,2}|ma[nñ]ana)(?=\s+(?:como\s+|sobre\s+)?(?:a|entre)\s+las?\s+\d)",
                              flags)
    # "desde agosto", "en octubre", "en el 2024": not "en el 2010 de la calle ..." (an address)
    month_year = re.compile(rf"\b(?:en|desde|hasta)\s+(?:(?:{months})\b|el\s+(?:19|20)\d\d\b(?!\s+(?:de|del|en)\s))", flags)
    # "el lunes que viene", "la semana que viene": the next one
    coming = re.compile(rf"\b(?:(?:el|este)\s+(?:{days})|la\s+semana|el\s+mes|el\s+a[nñ]o)\s+que\s+viene\b", flags)
    return ranges, with_part, before_clock, month_year, coming


MONTH_RE = re.compile(r"enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|"
                      r"diciembre|el\s+(?:19|20)\d\d")


def spans_of_time(text: str) -> list[tuple[int, int]]:
    """The spans this module's rules read in ``text`` (see the module's doc); each regex only where the words it needs
    are (a substring test: the five regexes over every Spanish text cost ~40 us, the tests ~2 us)."""
    if GATE_RE.search(text) is None:
        return []
    lower = text.lower()
    ranges, with_part, before_clock, month_year, coming = _regexes()
    found = []
    digit = any(ch.isdigit() for ch in text)
    if (" a " in lower or "entre " in lower or "hasta " in lower) and (digit or " de " in lower):
        found += [m.span() for m in ranges.finditer(text)
                  if all(int(n) <= 24 for n in BARE_NUMBER_RE.findall(m.group()))]   # "de 20 a 30" is no clock
    if digit and "la" in lower:
        if " de la " in lower:
            found += [m.span() for m in with_part.finditer(text)]
        found += [m.span() for m in before_clock.finditer(text)]
    if MONTH_RE.search(lower):
        found += [m.span() for m in month_year.finditer(text)]
    if "que viene" in lower:
        found += [m.span() for m in coming.finditer(text)]
    return found

"""A day of the month written without its month: "el dia 14", "la noche del 3", "fue el 28" (and a part of a day named
by its name: "la noche del viernes"). The date regex of
spanish_rules.py needs the month ("el 12 de octubre") and spanish_spans_of_time.py a clock after the day ("el 22 a las
10:30"); a tipster who means this month writes the day alone. A bare "el 22" is often no date ("salio el 22" in a bingo,
"el 19" of a lottery), so it needs a cue: the word "dia", a part of the day before "del", or a verb of happening
before it ("fue el 28", "paso el 3")."""
from __future__ import annotations

import re

DAY = r"(?:0?[1-9]|[12]\d|3[01])"
# "la noche del viernes": a part of a day named by its name, as "la noche del 3" by its number
WEEKDAY = r"(?:lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado|domingo)"
# what a number after the cue may not run into: a clock's ":", a floor's "º", a count ("el 3 de la calle", "el 14%")
NOT_AFTER = r"(?![\d:.,/%ºª°]\d|[\d%ºª°\w])(?!\s+de\s+(?:la|el|los|las)\b)"
MONTH_DAY_RE = re.compile(
    rf"\b(?:(?:el|del)\s+d[ií]a\s+{DAY}"
    rf"|(?:la|esa)\s+(?:noche|tarde|mañana|manana|madrugada)\s+del\s+(?:(?:d[ií]a\s+)?{DAY}|{WEEKDAY}\b)"
    rf"|(?:(?<=\bfue )|(?<=\bpas[oó] )|(?<=\bocurri[oó] )|(?<=\bsucedi[oó] ))el\s+{DAY}){NOT_AFTER}", re.IGNORECASE)
GATE_RE = re.compile(rf"d[ií]a\s+\d|del\s+(?:\d|{WEEKDAY})|(?:fue|pas[oó]|ocurri[oó]|sucedi[oó])\s+el\s+\d", re.IGNORECASE)


def month_days(text: str) -> list[tuple[int, int]]:
    """Days of the month named without the month (see the module docstring)."""
    if not GATE_RE.search(text):
        return []
    return [m.span() for m in MONTH_DAY_RE.finditer(text)]

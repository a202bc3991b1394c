"""A Spanish count of times belongs to the time it counts in, as in English ("3 times this week"): "3 veces este mes",
"dos veces esta semana", "9 veces hoy", "la tercera vez este año", "2da vez este mes", "3 veces en 1 semana" (decided at
stop 36: the count is kept, 15 rows). The period is found by the time rules; this widens it over the count before it,
and reads "N veces en una semana", whose period alone ("una semana") is no time. A count with no period ("lo bloquee
4 veces", "dos veces en la tarjeta") is none, and "otra vez" counts nothing ("la vi otra vez hoy" gives "hoy").
"""
from __future__ import annotations

import re

COUNT = (r"(?:\d{1,2}|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|varias|muchas|un\s+par\s+de)\s+veces"
         r"|(?:la\s+)?(?:\d{1,2}\s?(?:a|da|ra|ta|va|ma|na|ª)|primera|segunda|tercera|cuarta|quinta|sexta)\s+vez")
# the count right before a time that is a period ("este mes", "esta semana", "hoy", "en lo que va del año")
COUNT_BEFORE_RE = re.compile(rf"(?<![\w])(?i:{COUNT})\s+$")
# and a part of the day ("tres veces esta tarde", "6 veces anoche"), as the English "4 times tonight" (es/heldout19)
PERIOD_RE = re.compile(r"(?i:est[ea]\s+(?:mes|semana|año|ano|verano|invierno|finde|fin\s+de\s+semana|tarde|noche|mañana|"
                       r"manana|madrugada)|hoy|anoche|ayer|en\s+lo\s+que\s+va)\b")
# "3 veces en 1 semana", "dos veces en un mes": the count in a span of time
IN_A_PERIOD_RE = re.compile(rf"(?<![\w])(?i:(?:{COUNT})\s+en\s+(?:1|una?|el\s+mismo|la\s+misma|menos\s+de\s+una?)\s+"
                            r"(?:semana|mes|año|dia|día|noche|hora))\b")


def with_counts(text: str, times: list, blocked: list) -> list:
    """``times`` ((start, end, value) facts) with each period widened over the count of times before it, and the
    counts in a span of time ("3 veces en 1 semana") outside ``blocked`` added."""
    if "vez" not in text and "veces" not in text:   # the cheap gate
        return times
    out = []
    for start, end, value in times:
        count = COUNT_BEFORE_RE.search(text, max(0, start - 24), start)
        if count and PERIOD_RE.match(text, start, end):
            start, value = count.start(), text[count.start():end]
        out.append((start, end, value))
    for match in IN_A_PERIOD_RE.finditer(text):
        span = match.span()
        if not any(s < span[1] and span[0] < e for s, e, _ in out) and \
                not any(s < span[1] and span[0] < e for s, e in blocked):
            out.append((*span, match.group()))
    return sorted(out)

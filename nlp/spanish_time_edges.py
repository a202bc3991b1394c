"""The words at a Spanish time's edges that belong to it: a hedge before it ("casi todos los findes", as the annotation
keeps "about 2am"), "temprano" or a hedged "diario" after it ("cada domingo temprano", "el sabado temprano", "a las 10
de la noche casi diario"), and the day a part of the day or a clock belongs to ("toda la noche del sabado", "a las 9 de
la noche de ayer", "las 4 de la mañana del domingo", "a las 23:47 del domingo", "cada madrugada de sabado"). The phrase
lists and regexes find the time itself; these words alone are no time."""
from __future__ import annotations

import re

# "siempre de 4 a 7 de la tarde", "siempre los viernes a eso de las 7": how often, kept as "every" is
HEDGE_BEFORE_RE = re.compile(r"\b(?i:casi|siempre)\s+$")
AFTER_RE = re.compile(r"\s+(?i:temprano|casi\s+(?:a\s+)?diario)\b")
# a time that ends on a part of the day or a clock ("a las 23:47 del domingo"), then the day it is of; "de" with no
# article too ("cada madrugada de sabado")
DAY_PART_END_RE = re.compile(r"(?i:noches?|tarde|mañana|manana|madrugada|\d|[ap]\.?\s?m\.?)$")
OF_DAY_AFTER_RE = re.compile(r"\s+(?i:del?\s+(?:lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bados?|domingos?|finde|fin\s+de\s+semana)"
                             r"|de\s+(?:ayer|hoy|anoche|antier|anteayer))\b")


def with_edges(text: str, times: list) -> list:
    """Each (start, end, value) time widened over the hedge before it and "temprano" after it (see the module doc)."""
    if "casi" not in text and "siempre" not in text and "temprano" not in text and " de" not in text:   # the cheap gate
        return times
    out = []
    for start, end, _ in times:
        before = HEDGE_BEFORE_RE.search(text, max(0, start - 9), start)
        start = before.start() if before else start
        of_day = OF_DAY_AFTER_RE.match(text, end) if DAY_PART_END_RE.search(text, start, end) else None
        end = of_day.end() if of_day else end
        after = AFTER_RE.match(text, end)
        end = after.end() if after else end
        out.append((start, end, text[start:end]))
    # "a las 9 de la noche de ayer" now holds "ayer", found on its own: the longer time stays
    return [t for t in out if not any(o != t and o[0] <= t[0] and t[1] <= o[1] for o in out)]

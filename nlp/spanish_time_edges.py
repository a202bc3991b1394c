"""The words at a Spanish time's edges that belong to it: a hedge before it ("casi todos los findes", as the annotation
keeps "about 2am") and "temprano" or a hedged "diario" after it ("cada domingo temprano", "el sabado temprano", "a las 10
de la noche casi diario"). The phrase lists and regexes find the time itself; these words alone are no time."""
from __future__ import annotations

import re

HEDGE_BEFORE_RE = re.compile(r"\b(?i:casi)\s+$")
AFTER_RE = re.compile(r"\s+(?i:temprano|casi\s+(?:a\s+)?diario)\b")


def with_edges(text: str, times: list) -> list:
    """Each (start, end, value) time widened over the hedge before it and "temprano" after it (see the module doc)."""
    if "casi" not in text and "temprano" not in text:   # the cheap gate: most texts hold neither
        return times
    out = []
    for start, end, _ in times:
        before = HEDGE_BEFORE_RE.search(text, max(0, start - 6), start)
        after = AFTER_RE.match(text, end)
        start = before.start() if before else start
        end = after.end() if after else end
        out.append((start, end, text[start:end]))
    return out

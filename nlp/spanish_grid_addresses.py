"""US grid addresses in a Spanish tip: a house number, a compass letter, the grid line's number and its compass
letter ("vive en el 418 de la s 900 w", "en la 2400 de la s 500 e", "1530 s 700 e"), as Utah's and Idaho's cities
number their streets; or a lettered avenue after the compass letter ("la 6700 de la s avenue h"). The street rules
read "s" or "w" as no street word and cut the address at the grid number or lose it, so it is found here whole
before them. The "de la" is Spanish's way to write a house number on a street ("el 88 de la main st").
"""
from __future__ import annotations

import re

from .spans import overlaps

# A digit and a lone compass letter between spaces: the common text pays nothing
GATE_RE = re.compile(r"\d\s+(?:de\s+la\s+)?[nsewNSEW]\.?\s")
GRID_RE = re.compile(
    r"(?<![\w.,:/-])\d{2,5}\s+(?:de\s+la\s+)?[nsewNSEW]\.?\s+"
    r"(?:\d{2,5}\s+[nsewNSEW]|(?i:avenue|ave)\s+[a-zA-Z])(?![\w'-])")


def grid_addresses(text: str, blocked) -> list[tuple[int, int]]:
    """The grid addresses of the text that overlap no span found before (a plate, a time, a phone)."""
    if not GATE_RE.search(text):
        return []
    return [m.span() for m in GRID_RE.finditer(text) if not overlaps(*m.span(), blocked)]

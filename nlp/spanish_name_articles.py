"""A Spanish article that is a name's own: US streets and areas named in Spanish ("Del Paso Blvd", "El Camino Ave",
"La Brea Ave", "Del Paso Heights"). A Spanish sentence puts its own article before them, so the name's shows up as a
second article where the grammar has room for one only: "por la del paso blvd", "hacia el el camino ave", "la la brea
ave", and "en del ..." / "de el ..." (Spanish contracts these to "del": an uncontracted or doubled one is the name's).
A single article stays the sentence's ("en la watt ave" is "watt ave").
"""
from __future__ import annotations

import re

from .spanish_areas import AREA_WORDS

NAME_ARTICLE_BEFORE_RE = re.compile(r"(?:\b(?i:la|el|los|las)\s+((?i:el|la|los|las|del))|\b(?i:en|por|hacia|desde)\s+((?i:del))"
                                    r"|\b(?i:de)\s+((?i:el)))\s+$")
# "en del paso heights": an area word ends the name (the streets are read by the street rules)
ARTICLE_AREA_RE = re.compile(rf"\b(?i:en|por|hacia|desde)\s+((?i:del)\s+[a-zñ][a-zñ'\-]{{2,}}\s+(?:{'|'.join(sorted(AREA_WORDS))}))\b")


def name_article_start(text: str, start: int) -> int:
    """Where a name found at `start` starts once its own article is in (see NAME_ARTICLE_BEFORE_RE)."""
    if start < 3 or not text[start - 1].isspace():
        return start
    match = NAME_ARTICLE_BEFORE_RE.search(text, max(0, start - 12), start)
    if not match:
        return start
    return match.start(next(g for g in (1, 2, 3) if match.group(g)))


def article_areas(text: str) -> list[tuple[int, int]]:
    """Areas whose name opens with "del" after a place cue: "en del paso heights"."""
    if "del " not in text.lower():
        return []
    return [m.span(1) for m in ARTICLE_AREA_RE.finditer(text)]

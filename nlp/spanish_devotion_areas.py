"""Barrios named for a devotion or a saint's title, with their article, after a place cue: "en la merced", "por el
carmen", "cerca de la florida", "vivo en la purisima" (nlp/data/es/devotion_area_names.txt). The general rule for a
bare "el X" / "la X" (spanish_areas, only at the text's start) cannot tell a barrio from a room or a thing mid-text ("en
la troca", "en el sotano"); these names are no thing, so they are taken anywhere after the cue. Not before "de"/"del"
("en la esperanza de ...", "la soledad del campo" are the words).
"""
from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import word_list
from .spans import overlaps


@lru_cache(maxsize=1)
def devotion_area_names() -> frozenset[str]:
    return word_list("es/devotion_area_names.txt")


@lru_cache(maxsize=1)
def _area_re() -> re.Pattern:
    names = "|".join(sorted(devotion_area_names(), key=len, reverse=True))
    return re.compile(rf"\b(?:en|por|desde|hacia|cerca\s+de|rumbo\s+a|a\s+la\s+altura\s+de)\s+((?:el|la)\s+(?:{names}))"
                      r"(?![\w'\-])(?!\s+(?:de|del)\b)", re.IGNORECASE)


def devotion_areas(text: str, blocked) -> list[tuple[int, int]]:
    """The barrios _area_re finds outside ``blocked``. Cheap gate: a listed name's first letters in the text."""
    lowered = text.lower()
    if not any(name in lowered for name in devotion_area_names()):
        return []
    return [m.span(1) for m in _area_re().finditer(text) if not overlaps(*m.span(1), blocked)]

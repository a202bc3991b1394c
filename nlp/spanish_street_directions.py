"""A Mexican street's name ends with the side of town it runs on: "avenida madero poniente", "calle hidalgo sur",
"av. juarez ote. 300", "calzada zaragoza nte". The name rules stop at the last name word when the sentence goes on
("avenida cuauhtemoc sur hace rato"), so the side word, and a door number after it, are put back. Cheap gate: one of
the side words in the text.
"""
from __future__ import annotations

import re

SIDE_WORD_RE = re.compile(r"\b(?:norte|sur|oriente|poniente|nte|pte|ote)\b")
# the side right after the street span, then a door number that ends the clause or comes before the rest of it
SIDE_AFTER_RE = re.compile(r"\s+(?:norte|sur|oriente|poniente|nte\.?|pte\.?|ote\.?)(?![\w'\-])"
                           r"(?:\s+\d{1,5}(?=\s*(?:[,.;:!?)]|$)|\s+(?:y|en|de|del|cerca|junto|frente|esquina)\s))?")
STREET_START_RE = re.compile(r"(?i:calle|avenida|av|avda|blvd|bulevar|boulevard|calzada|calz|paseo|privada|cerrada|"
                             r"prolongaci[oó]n|andador|carretera|eje)\.?\s")


def with_sides(text: str, locations: list) -> list:
    """The (start, end, value) locations with a street's side word after it taken into the street."""
    if not SIDE_WORD_RE.search(text.lower()):
        return locations
    out = []
    for start, end, value in locations:
        side = SIDE_AFTER_RE.match(text.lower(), end) if STREET_START_RE.match(text, start) else None
        if side and not any(s < side.end() and side.end() <= e or end <= s < side.end() for s, e, _ in locations):
            end = side.end()
            value = text[start:end]
        out.append((start, end, value))
    return out

"""A plate's piece after a count of its characters: "ohio plates, first three HRW", "the last 4 7719", "los ultimos 3
de la placa son 8WD". partial_plates.PARTIAL_RE wants a noun after the count ("first 3 letters") or a verb ("last 4
were"); with neither, the count alone says a piece follows only when the piece has that many characters, so "first
three HRW" is one and "last 2 nights" or "first 3 of them" are not.
"""
from __future__ import annotations

import re

from .literal_gates import gate_open, stems_of
from .plate_shapes import normalise
from .spans import overlaps

COUNTS = {"2": 2, "3": 3, "4": 4, "5": 5, "two": 2, "three": 3, "four": 4, "five": 5,
          "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5}
COUNTED_RE = re.compile(
    r"\b(?:first|last|primer[oa]s|[uú]ltim[oa]s|the\s+last|the\s+first)\s+(?P<n>[2-5]|two|three|four|five|dos|tres|cuatro|cinco)"
    r"(?:\s+(?:of|on|de|del)\s+(?:the\s+|la\s+|el\s+)?(?:number\s*plate|plate|reg|tag|placa|matr[ií]cula|chapa))?"
    r"\s*(?:(?:were|was|are|is|son|eran|era|es)\b)?\s*[:,\-]?\s*[\"']?(?P<frag>[A-Za-z0-9]{2,5})(?![\w-])",
    re.IGNORECASE)
# cheap gate before the regex: a count word's neighbour
GATE_RE = re.compile(r"first|last|primer|ltim", re.IGNORECASE)
GATE_STEMS = stems_of(GATE_RE)   # tested with `in` on an ASCII text (literal_gates.py)
# the text is about a plate: a plate word in either language
PLATE_WORD_RE = re.compile(r"\b(?:plates?|tags?|reg|registration|placas?|matr[ií]culas?|chapas?)\b", re.IGNORECASE)


def counted_pieces(text: str, text_is_upper: bool, taken: list[tuple[int, int]],
                   blocked: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """Pieces after "first three", "last 4", "ultimos 3" whose length is the count, in a text about a plate; ``taken`` grows."""
    if not gate_open(GATE_RE, GATE_STEMS, text) or PLATE_WORD_RE.search(text) is None:
        return []
    found = []
    for match in COUNTED_RE.finditer(text):
        start, end = match.span("frag")
        fragment = match.group("frag")
        if len(normalise(fragment)) != COUNTS[match.group("n").lower()]:
            continue   # "last 2 nights", "first 3 of them": the count is of something else
        if fragment.isalpha() and (text_is_upper or not fragment.isupper()):
            continue   # a word, not a piece: letters count only in capitals, in a text that is not all capitals
        if overlaps(start, end, taken) or overlaps(start, end, blocked):
            continue
        taken.append((start, end))
        found.append((start, end, normalise(fragment)))
    return found

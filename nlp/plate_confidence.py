"""How sure a plate is: 0.5 for each of two readings of one plate ("HVR 3321 or maybe HVR 3312"), 0.6 for
a plate the tipster hedges ("like 7 JDR", "S4 RAH or something"), else 0.95. Below
nlp.extraction.CONFIDENT the flow does not say the plate back as a fact.
"""
from __future__ import annotations

import re

from .hedges import HEDGED, hedged

# between two readings of one plate: "or maybe", "? maybe, or", "? not sure the order, maybe"
ALTERNATIVE = (
    r"[\s?,]*(?:(?:or|/|maybe|i\s+(?:think|reckon|guess|believe)|possibly|perhaps|prob(?:ably)?|(?:but\s+)?(?:it\s+)?(?:could|might|may)(?:\s+have)?\s+be(?:en)?|"
    r"not\s+sure(?:\s+(?:of|about))?"
    r"(?:\s+the\s+order)?)[\s?,]*)+")
ALTERNATIVE_RE = re.compile("^" + ALTERNATIVE + "$", re.IGNORECASE)  # all of the gap between two plates
ALTERNATIVE_AHEAD_RE = re.compile(ALTERNATIVE, re.IGNORECASE)  # the words after a plate, before another reading
CONFIDENT_PLATE, TWO_READINGS = 0.95, 0.5


def plate_confidence(text: str, plates: list[tuple[int, int, str]]) -> dict[str, float]:
    """0.5 for each of two readings of one plate ("HVR 3321 or maybe HVR 3312"), 0.6 for a plate the
    tipster hedges ("like 7 JDR", "S4 RAH or something"), else 0.95."""
    scores = {}
    ordered = sorted(plates)
    for index, (start, end, value) in enumerate(ordered):
        score = CONFIDENT_PLATE
        if hedged(text, start, end):
            score = HEDGED
        neighbours = ordered[index - 1:index] + ordered[index + 1:index + 2]
        for other_start, other_end, _ in neighbours:
            gap = text[end:other_start] if other_start >= end else text[other_end:start]
            if ALTERNATIVE_RE.match(gap):
                score = TWO_READINGS
        scores[value] = min(score, scores.get(value, 1.0))
    return scores

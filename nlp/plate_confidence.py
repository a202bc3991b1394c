"""How sure a plate is: 0.5 for each of two readings of one plate ("HVR 3321 or maybe HVR 3312"), 0.6 for
a plate the tipster hedges ("like 7 JDR", "S4 RAH or something"), else 0.95. Below
nlp.extraction.CONFIDENT the flow does not say the plate back as a fact.
"""
from __future__ import annotations

import re

# between two readings of one plate: "or maybe", "? maybe, or", "? not sure the order, maybe"
ALTERNATIVE = (
    r"[\s?,]*(?:(?:or|/|maybe|possibly|perhaps|prob(?:ably)?|(?:but\s+)?(?:it\s+)?(?:could|might|may)(?:\s+have)?\s+be(?:en)?|"
    r"not\s+sure(?:\s+(?:of|about))?"
    r"(?:\s+the\s+order)?)[\s?,]*)+")
ALTERNATIVE_RE = re.compile("^" + ALTERNATIVE + "$", re.IGNORECASE)  # all of the gap between two plates
ALTERNATIVE_AHEAD_RE = re.compile(ALTERNATIVE, re.IGNORECASE)  # the words after a plate, before another reading
HEDGE_BEFORE_RE = re.compile(r"\b(?:i\s+think|maybe|not\s+sure|something\s+like|possibly|like|can'?t\s+remember)\b[^.!?]*$",
                             re.IGNORECASE)
HEDGE_AFTER_RE = re.compile(r"^\s*(?:or\s+something|\?|i\s+think|maybe|not\s+sure|or\s+similar)", re.IGNORECASE)
CONFIDENT_PLATE, HEDGED_PLATE, TWO_READINGS = 0.95, 0.6, 0.5


def hedged(text: str, start: int, end: int, clause: bool = False) -> bool:
    """The tipster hedges the fact at text[start:end] ("i think", "maybe", "or something" next to it);
    `clause`: a hedge before it counts only after the last comma ("reg ends 4LX i think, white van")."""
    before = text[max(0, start - 30):start]
    if clause:
        before = before.rpartition(",")[2]
    return bool(HEDGE_BEFORE_RE.search(before) or HEDGE_AFTER_RE.match(text[end:end + 16]))


def hedged_scores(text: str, facts: list[tuple[int, int, str]], sure: float | None) -> dict[str, float]:
    """HEDGED_PLATE for each hedged fact ("reg ends 4LX i think", "a red fiesta maybe"), `sure` for the others
    (None: left unscored, which the flow reads as sure). The flow never says a hedged fact back as got."""
    scores: dict[str, float] = {}
    for start, end, value in facts:
        score = HEDGED_PLATE if hedged(text, start, end, clause=True) else sure
        if score is not None:
            scores[value] = min(score, scores.get(value, 1.0))
    return scores


def plate_confidence(text: str, plates: list[tuple[int, int, str]]) -> dict[str, float]:
    """0.5 for each of two readings of one plate ("HVR 3321 or maybe HVR 3312"), 0.6 for a plate the
    tipster hedges ("like 7 JDR", "S4 RAH or something"), else 0.95."""
    scores = {}
    ordered = sorted(plates)
    for index, (start, end, value) in enumerate(ordered):
        score = CONFIDENT_PLATE
        if hedged(text, start, end):
            score = HEDGED_PLATE
        neighbours = ordered[index - 1:index] + ordered[index + 1:index + 2]
        for other_start, other_end, _ in neighbours:
            gap = text[end:other_start] if other_start >= end else text[other_end:start]
            if ALTERNATIVE_RE.match(gap):
                score = TWO_READINGS
        scores[value] = min(score, scores.get(value, 1.0))
    return scores

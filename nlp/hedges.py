"""A fact the tipster hedges: "reg ends 4LX i think", "a red fiesta maybe", "like 7 JDR", "S4 RAH or something".

Plates, partial plates and vehicles share it (plate_confidence.py, plates.py, vehicles.py): a hedged fact scores
HEDGED, below nlp.extraction.CONFIDENT, so it is kept for officers but the tip flow never says it back as got.
"""
from __future__ import annotations

import re

HEDGE_BEFORE_RE = re.compile(r"\b(?:i\s+think|maybe|not\s+sure|something\s+like|possibly|like|can'?t\s+remember)\b[^.!?]*$",
                             re.IGNORECASE)
HEDGE_AFTER_RE = re.compile(r"^\s*(?:or\s+something|\?|i\s+think|maybe|not\s+sure|or\s+similar)", re.IGNORECASE)
HEDGED = 0.6


def hedged(text: str, start: int, end: int, clause: bool = False) -> bool:
    """The tipster hedges the fact at text[start:end] ("i think", "maybe", "or something" next to it);
    `clause`: a hedge before it counts only after the last comma ("reg ends 4LX i think, white van")."""
    before = text[max(0, start - 30):start]
    if clause:
        before = before.rpartition(",")[2]
    return bool(HEDGE_BEFORE_RE.search(before) or HEDGE_AFTER_RE.match(text[end:end + 16]))


def hedged_scores(text: str, facts: list[tuple[int, int, str]], sure: float | None) -> dict[str, float]:
    """HEDGED for each hedged fact ("reg ends 4LX i think", "a red fiesta maybe"), `sure` for the others
    (None: left unscored, which the flow reads as sure). The flow never says a hedged fact back as got."""
    scores: dict[str, float] = {}
    for start, end, value in facts:
        score = HEDGED if hedged(text, start, end, clause=True) else sure
        if score is not None:
            scores[value] = min(score, scores.get(value, 1.0))
    return scores

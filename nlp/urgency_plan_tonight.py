"""A stated plan of suicide for tonight, today or now (stop 37 round 2; used by nlp/urgency.py).

"my mate keeps saying hes gonna kill himself tonight", "keeps sayin hes gonna top hisself tonight", "my son keeps
saying he will hang himself today": "keeps" is a PAST cue (a habit) and the rules read "today" as a time in the past,
so these read calm. A habit word does not make a plan for tonight a habit: words of suicide about the self, said as a
plan ("gonna", "will", "wants to") with tonight, today or now in the same sentence, are a suicide risk now. Not with a
condition or a joke after the words ("kill himself if city lose lol"), the past ("last year") or a habit ("always",
"every time"), nor about someone else ("kill the cat": no reflexive). Data `urgency_plan_tonight.json`. Gate: a
reflexive or a few words of suicide in the text.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from .urgency_gated import read_gated_patterns

PLAN_NOW = "suicide risk"  # the reason of the SUICIDE cues: the model does not veto it (urgency.UNVETOED_REASONS)
DATA = Path(__file__).resolve().parent / "data" / "urgency_plan_tonight.json"
SENTENCE_SPLIT_RE = re.compile(r"[.!?\n]+")


@lru_cache(maxsize=1)
def _data() -> dict:
    return read_gated_patterns(DATA)


def plan_tonight(lowered: str) -> str | None:
    """PLAN_NOW when a sentence of the lower-cased text states a plan of suicide for tonight, today or now."""
    data = _data()
    if not any(word in lowered for word in data["gate"]):
        return None
    for sentence in SENTENCE_SPLIT_RE.split(lowered):
        harm = data["self_harm"].search(sentence)
        if harm is None or not data["soon"].search(sentence) or data["not"].search(sentence):
            continue
        if data["plan"].search(sentence, 0, harm.start()) and not data["after_if"].search(sentence[harm.end():]):
            return PLAN_NOW
    return None

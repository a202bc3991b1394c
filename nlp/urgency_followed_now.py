"""Someone followed or chased now: the tipster is followed as they write (stop 30; used by nlp/urgency.py).

"white jeep been on my bumper since i left work, its still there", "car tailgatin me on the a24, he still there", "una
pickup sigue pegada atras de mi": a FOLLOWED cue, or a TAILED one ("on my bumper", "tailgating me": alone a driving
report, often told after the fact, so no trigger), aimed at the tipster (me, my, mi, us, nos) with a NOW cue or a
"still" / "sigue" in the cue itself. A reading of several signs (the cue, the tipster as the one followed, the present), so the
learned model does not veto it (urgency.UNVETOED_REASONS): the words it weighs against these texts are the car's and the
road's ("turned", "plate", "blvd"), which say nothing against the danger. A FOLLOWED cue alone stays vetoable ("being
followed on insta by a creepy account", "been following my daughter home for 3 days": no now). Not with talk or a calm.
Round 2 of stop 38: a vehicle after the tipster, or someone they name, told as going on without a NOW cue ("on ma bumper
since kilwinning, im feart tae stop", "keeps tailing my daughter since she left school, shes on the a40", "made every
turn with me"): data `urgency_tailed_now.json` (the following aimed at them, a sign it goes on, nothing of before).
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from .spans import text_of
from .urgency_gated import read_gated_patterns

FOLLOWED_NOW = "someone followed or chased now"
TIPSTER = frozenset(("me", "my", "mi", "mí", "us", "nos"))
STILL_STARTS = ("still ", "sigue ", "me sigue siguiendo")
DATA = Path(__file__).resolve().parent / "data" / "urgency_tailed_now.json"


@lru_cache(maxsize=1)
def _data() -> dict:
    return read_gated_patterns(DATA)


def tailed_now(lowered: str) -> bool:
    """Whether the lower-cased text tells of a vehicle after the tipster, or someone they name, as they write."""
    data = _data()
    if not any(word in lowered for word in data["gate"]) or data["over"].search(lowered):
        return False
    return bool(data["tailed"].search(lowered)) and bool(data["ongoing"].search(lowered))


def followed_now(doc, labels: dict) -> str | None:
    """FOLLOWED_NOW when a FOLLOWED cue names the tipster and the text says it goes on now, or a vehicle is after the
    tipster as they write (`tailed_now`; module docstring)."""
    if "TALK" in labels or "RESOLVED" in labels:
        return None
    spans = labels.get("FOLLOWED", []) + labels.get("TAILED", [])
    tipster = any(not TIPSTER.isdisjoint(span.text.lower().split()) or
                  (span.end < len(doc) and doc[span.end].lower_ in TIPSTER) for span in spans)
    still = any(span.text.lower().startswith(STILL_STARTS) for span in spans)  # "sigue pegada atras de mi": two cues
    if spans and tipster and ("NOW" in labels or still):
        return FOLLOWED_NOW
    return FOLLOWED_NOW if tailed_now(text_of(doc).lower()) else None

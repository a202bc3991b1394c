"""Someone followed or chased now: the tipster is followed as they write (stop 30; used by nlp/urgency.py).

"white jeep been on my bumper since i left work, its still there", "car tailgatin me on the a24, he still there", "una
pickup sigue pegada atras de mi": a FOLLOWED cue, or a TAILED one ("on my bumper", "tailgating me": alone a driving
report, often told after the fact, so no trigger), aimed at the tipster (me, my, mi, us, nos) with a NOW cue or a
"still" / "sigue" in the cue itself. A reading of several signs (the cue, the tipster as the one followed, the present), so the
learned model does not veto it (urgency.UNVETOED_REASONS): the words it weighs against these texts are the car's and the
road's ("turned", "plate", "blvd"), which say nothing against the danger. A FOLLOWED cue alone stays vetoable ("being
followed on insta by a creepy account", "been following my daughter home for 3 days": no now). Not with talk or a calm.
"""
from __future__ import annotations

FOLLOWED_NOW = "someone followed or chased now"
TIPSTER = frozenset(("me", "my", "mi", "mí", "us", "nos"))
STILL_STARTS = ("still ", "sigue ", "me sigue siguiendo")


def followed_now(doc, labels: dict) -> str | None:
    """FOLLOWED_NOW when a FOLLOWED cue names the tipster and the text says it goes on now (module docstring)."""
    if ("FOLLOWED" not in labels and "TAILED" not in labels) or "TALK" in labels or "RESOLVED" in labels:
        return None
    spans = labels.get("FOLLOWED", []) + labels.get("TAILED", [])
    tipster = any(not TIPSTER.isdisjoint(span.text.lower().split()) or
                  (span.end < len(doc) and doc[span.end].lower_ in TIPSTER) for span in spans)
    still = any(span.text.lower().startswith(STILL_STARTS) for span in spans)  # "sigue pegada atras de mi": two cues
    return FOLLOWED_NOW if tipster and ("NOW" in labels or still) else None

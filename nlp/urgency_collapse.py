"""Someone collapsing now, told by the body's signs (stop 32; used by nlp/urgency_kinds.py as a clause kind).

"bloke inside is slumped over sideways dribblin, doors locked", "went down clutchin his chest, gone a funny colour, a
nurse has started compressions", "tiene los labios azules": no cue phrase says "unconscious" or "not breathing", but
the signs are those of a heart attack, an overdose or a stroke happening in front of the tipster. The cue phrases held a
few fixed forms ("slumped over the wheel", "doing compressions"); the expressions here read the sign in any of its
forms, as a HURT cue, so the past, a calm and the rule of order treat it as any other (a past time: "he was slumped on
the bench last night" stays a report). Data: data/urgency_collapse.json. Gate: one of its words, so other texts pay
nothing.
"""
from __future__ import annotations

import json
import re

from .lexicon import DATA_DIR

WORDS = json.loads((DATA_DIR / "urgency_collapse.json").read_text(encoding="utf-8"))

COLLAPSE_RE = re.compile(
    r"\b(?:" + "|".join(sign.replace(" ", r"\s+") for sign in WORDS["signs"]) + r")\b", re.IGNORECASE)

# (regex, label, gate words, needed cue labels) as in urgency_kinds.CLAUSE_KINDS, which adds it
COLLAPSE_CLAUSES = ((COLLAPSE_RE, "HURT", tuple(WORDS["gate"]), None),)

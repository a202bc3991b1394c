"""Someone in the water taken away from shore now: adrift, carried out by a rip or the tide (stop 37; used by
nlp/urgency_kinds.py).

"two kids adrift on a lilo off the north beach", "lad being carried out by the current off the groyne", "my son got
caught in a rip": whoever is taken out can tire and go under in minutes. The cue phrases held fixed forms ("swept out
to sea", "adrift with"); the expressions here read any verb of being taken out with a rip, current, tide or undertow,
as an IN_DANGER cue (so a past time or a calm still clears it: "last summer a guy got carried out by a rip here").
Data: data/urgency_adrift.json. Gate: a word of drifting or of moving water. The sibling kind of someone holding on to
stay up is urgency_clinging.py.
"""
from __future__ import annotations

import json
import re

from .lexicon import DATA_DIR

WORDS = json.loads((DATA_DIR / "urgency_adrift.json").read_text(encoding="utf-8"))
ADRIFT_RE = re.compile("|".join(WORDS["in_water"]), re.IGNORECASE)

# (regex, label, gate words, needed cue labels) as in urgency_kinds.CLAUSE_KINDS, which adds it through
# urgency_clinging.CLINGING_CLAUSES (urgency_kinds.py is at its 350 lines)
ADRIFT_CLAUSES = ((ADRIFT_RE, "IN_DANGER", tuple(WORDS["gate"]), None),)


def in_water_now(span, cues: list) -> bool:
    """Whether a PAST cue lies inside one read here ("rip current took a kid out": "rip" is no "rest in peace", "took
    my" no past theft); urgency.judge then drops it."""
    return any(cue.label_ == "IN_DANGER" and cue.start <= span.start and span.end <= cue.end
               and ADRIFT_RE.fullmatch(cue.text.lower()) for cue in cues)

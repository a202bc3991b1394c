"""Spanish "seguir" + a gerund of contact: "keeps on", not "follows" (stop 32; used by nlp/urgency_kinds.py).

"tengo una orden de proteccion y mi ex me sigue mandando mensajes desde otro numero", "me sigue escribiendo desde otros
numeros, no viene a la casa": the cue phrase "me sigue" (someone follows me) read these as being followed now. With a
gerund of texting, calling or paperwork after it, "sigue" says the contact goes on (harassment to report, not an
emergency in progress). A NEGATION span over "me sigue" and the gerund hides the FOLLOWED cue inside it and nothing
else: a danger told in the same text ("y ahora esta afuera con un cuchillo") still flags. Gerunds of chasing, hitting or
threatening are not listed ("me sigue persiguiendo" is news). Data: data/urgency_keeps_on.json. Gate: a FOLLOWED cue
and "sigue" in the text.
"""
from __future__ import annotations

import json
import re

from .lexicon import DATA_DIR

WORDS = json.loads((DATA_DIR / "urgency_keeps_on.json").read_text(encoding="utf-8"))

KEEPS_ON_RE = re.compile(
    r"\b(?:" + "|".join(WORDS["persons"]) + r")\s+siguen?\s+(?:" + "|".join(WORDS["gerunds"]) + r")\b", re.IGNORECASE)

# (regex, label, gate words, needed cue labels) as in urgency_kinds.CLAUSE_KINDS, which adds it
KEEPS_ON_CLAUSES = ((KEEPS_ON_RE, "NEGATION", ("sigue",), frozenset(("FOLLOWED",))),)

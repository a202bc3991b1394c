"""Someone holding on to stay up in the water, on ice or at a drop (stop 32; used by nlp/urgency_kinds.py).

"un barco pequeño volcado en el rio tinto y dos personas agarradas al casco", "un chico agarrado a las ramas", "2 lads
clinging to the upturned hull": whoever holds on is in the water now and can let go. The cue phrases held fixed forms
("agarrado de una rama"); the expression here reads any verb of holding on, a linking word and a thing held in the water
or at an edge, as an IN_DANGER cue (so a past time or a calm still clears it: "se agarro a la boya y lo sacaron").
"agarrada del pelo" (held by someone) is not read: hair, arms and necks are not things held to stay up. Data:
data/urgency_clinging.json. Gate: a verb stem of holding on.
"""
from __future__ import annotations

import json
import re

from .lexicon import DATA_DIR
from .urgency_adrift import ADRIFT_CLAUSES

WORDS = json.loads((DATA_DIR / "urgency_clinging.json").read_text(encoding="utf-8"))


def _alt(items: list[str]) -> str:
    return "(?:" + "|".join(re.escape(item).replace(r"\ ", r"\s+") for item in sorted(items, key=len, reverse=True)) + ")"


CLINGING_RE = re.compile(rf"\b{_alt(WORDS['holding'])}\s+{_alt(WORDS['links'])}\s+{_alt(WORDS['things'])}\b", re.IGNORECASE)

# (regex, label, gate words, needed cue labels) as in urgency_kinds.CLAUSE_KINDS, which adds it (with urgency_adrift.py's)
CLINGING_CLAUSES = ((CLINGING_RE, "IN_DANGER", ("agarrad", "aferrad", "sujet", "colgad", "cling", "clung", "hang", "hold"), None),) \
    + ADRIFT_CLAUSES  # someone taken out by a rip or the tide: the same danger of the water

"""Going off "it" where "it" is a drop: words of suicide in slang (stop 37; used by nlp/urgency_kinds.py).

"my mate is on the bridge sayin he'll go off it", "shes on the roof of the car park and says shes gonna go off there":
"go off it" alone says nothing ("the alarm will go off"), but after a bridge, a roof or a ledge in the same text it is
going off the drop. Read as a SUICIDE cue, so a past time or a calm still clears it. The fixed slang ("top himself",
"done with everything", "go off the bridge") is cue phrases in patterns/urgency.jsonl. Data:
data/urgency_suicide_slang.json. Gate: "off" in the text.
"""
from __future__ import annotations

import json
import re

from .lexicon import DATA_DIR

WORDS = json.loads((DATA_DIR / "urgency_suicide_slang.json").read_text(encoding="utf-8"))


def _alt(items: list[str]) -> str:
    return "(?:" + "|".join(re.escape(item).replace(r"\ ", r"\s+") for item in sorted(items, key=len, reverse=True)) + ")"


# a drop, then within a sentence or two a verb of going and "off it"/"off there": the span is the going
OFF_THE_DROP_RE = re.compile(rf"\b{_alt(WORDS['heights'])}\b.{{0,120}}?\b(?P<span>{_alt(WORDS['going'])}\s+off\s+(?:it|there|that|of it))\b",
                             re.IGNORECASE | re.DOTALL)

# (regex, label, gate words, needed cue labels) as in urgency_kinds.CLAUSE_KINDS, which adds it
SUICIDE_SLANG_CLAUSES = ((OFF_THE_DROP_RE, "SUICIDE", ("off",), None),)

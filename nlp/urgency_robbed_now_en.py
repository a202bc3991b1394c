"""English: someone robbed or mugged moments ago (stop 37; used by nlp/urgency.py).

"just got mugged 5 mins ago", "my nan was robbed outside tesco 2 minutes ago", "i just got held up at the atm": the
robbers are still close and the victim may be hurt, so dev labels these urgent, the English twin of the Spanish kind
(urgency_robbed_now.py) and of a snatch minutes ago (urgency_snatched.py). A robbery told an hour or days after, or
with no time ("got mugged near the station on friday"), is a report; an active "just robbed the tuck shop" is not read.
A passive robbery ("got / was / been mugged") and a recent time (data `urgency_robbed_now_en.json`) are needed; not
with talk or a calm. Gate: a robbery stem in the text.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from .urgency_gated import gated_text, read_phrase_lists
from .urgency_robbed_now import ROBBED_NOW

DATA = Path(__file__).resolve().parent / "data" / "urgency_robbed_now_en.json"


@lru_cache(maxsize=1)
def _data() -> tuple[tuple[str, ...], re.Pattern, re.Pattern]:
    return read_phrase_lists(DATA, "robbed", "recent")


def robbed_now_en(doc, labels: dict, lowered: str | None = None) -> str | None:
    """ROBBED_NOW when the text tells of a robbery and a time minutes ago or just now (module docstring)."""
    gate, robbed, recent = _data()
    text = gated_text(doc, labels, gate, lowered)   # lowered: the lower-cased text, when the caller has it
    if text is None:
        return None
    return ROBBED_NOW if robbed.search(text) and recent.search(text) else None

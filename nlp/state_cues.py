"""A US state's name right before a number is a plate cue: "tag was wisconsin 881-LRX", "maryland 2CX4471".

Every state in nlp/data/en/us_states.json counts, written whole ("new hampshire", "rhode island"); a name
that is also a common street, town or person's name in tips ("washington" street, "district of columbia") does
not. A multi-word name is written with any run of spaces; "carolina", "dakota", "virginia" and "jersey" alone
already name one state (or two with one plate word).
"""
from __future__ import annotations

import json
import re

from .lexicon import DATA_DIR, trie_pattern

NOT_CUES = frozenset(("washington", "district of columbia"))
# The word a tipster may write alone for a two-word state: "carolina tag", "dakota plates"
SHORT_FORMS = ("carolina", "dakota", "virginia", "jersey")


def _names() -> list[str]:
    names = json.loads((DATA_DIR / "en" / "us_states.json").read_text(encoding="utf-8"))
    return sorted({name for name in names if not name.startswith("_") and name not in NOT_CUES} | set(SHORT_FORMS))


STATE_NAMES = _names()
# Cheap gate: a single-word state or the last word of a multi-word one; every STATE_CUE_RE match holds one
STATE_LAST_WORDS = frozenset(name.split()[-1] for name in STATE_NAMES)
STATE_SUBSTRINGS_RE = re.compile(trie_pattern(sorted(STATE_LAST_WORDS)))
STATE_CUE_RE = re.compile(
    r"\b(?:" + trie_pattern(STATE_NAMES).replace(r"\ ", r"\s+") + r")\s+(?=\w*\d)", re.IGNORECASE)

"""The shared shape of the urgency kinds told by a gate word and two phrase lists in one data file.

urgency_snatched.py (a snatch and a recent time), urgency_robbed_now.py (a robbery and a recent time) and
urgency_cannot_move.py (someone down, and none of the words that say otherwise) each read a JSON file with a "gate"
list and two regex lists, and each stays silent when no gate word is in the text or the rules read talk or a calm.
Each module keeps its own zero-argument cached `_data()` so nlp/warm.py fills it when the pipeline is built.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

from .spans import text_of


def read_phrase_lists(path: Path, first: str, second: str) -> tuple[tuple[str, ...], re.Pattern, re.Pattern]:
    """(gate words, the `first` list as one pattern, the `second` list as one pattern) from a data file."""
    data = json.loads(path.read_text(encoding="utf-8"))
    return tuple(data["gate"]), re.compile("|".join(data[first])), re.compile("|".join(data[second]))


def read_gated_patterns(path: Path) -> dict:
    """A data file of a "gate" word list and named regexes (a "_why" note aside): the gate as a tuple, each regex
    compiled. Read by the urgency kinds of stop 37 (aimed_now, hurt_now, weapon_brought, plan_tonight,
    coming_tonight), each through its own cached `_data()`."""
    data = json.loads(path.read_text(encoding="utf-8"))
    return {key: tuple(value) if key == "gate" else re.compile(value) for key, value in data.items() if key != "_why"}


def gated_text(doc, labels: dict, gate: tuple[str, ...], lowered: str | None = None) -> str | None:
    """The lower-cased text when a gate word is in it and no talk or calm was read; None otherwise. `lowered`: the
    text lower-cased, when the caller has it (urgency.judge lowers it once for all the gated checks)."""
    if "TALK" in labels or "RESOLVED" in labels:
        return None
    text = text_of(doc).lower() if lowered is None else lowered
    return text if any(word in text for word in gate) else None

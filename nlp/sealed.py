"""The held-out files sealed until the lead scores them once, at the end of the stop after they were written.

They are named here and nowhere else: every script that reads the dev sets (the taggers' and the urgency model's
training, the fair test, the dumps, the label-review loader) refuses them through `is_sealed`, so a stop that scores
them and seals the next ones edits one line. Names are relative to `nlp/devset`, with the language folder for a
language other than English. After its one score a file is folded into dev (HELDOUT*.md says how).
"""
from __future__ import annotations

from pathlib import Path

SEALED_ENGLISH = "heldout23.jsonl"
SEALED_SPANISH = "es/heldout22.jsonl"
SEALED_FILES = (SEALED_ENGLISH, SEALED_SPANISH)
SEALED_NOTES = ("HELDOUT23.md", "es/HELDOUT22.md")  # a note may describe its texts: sealed as well


def devset_name(path) -> str:
    """A path's name relative to nlp/devset: the file name, after its language folder ("es/...") when in one."""
    parts = Path(str(path).replace("\\", "/")).parts
    if not parts:
        return ""
    folder = parts[-2] if len(parts) >= 2 else ""
    if len(folder) == 2 and folder.isalpha() and folder.islower():
        return f"{folder}/{parts[-1]}"
    return parts[-1]


def is_sealed(path) -> bool:
    """Whether a path or a name (as written in nlp/devset) is a sealed held-out file or its note."""
    return devset_name(path) in SEALED_FILES + SEALED_NOTES

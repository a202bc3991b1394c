"""A state code that is also an English word ("ok", "la", "me", "oh", "id") read after a town in the middle of a
clause: "in blackwell ok been going", "by cecilia la every night", "in camden me and hit". At the end of a clause
the code is always the state (town_states.py); in mid-clause it is the state only when the town came after a place
word ("in", "by", "near") and what follows the code cannot go on with the code as a word: not a determiner or
pronoun, a number, a time or another place. "in" stays a clause-end code: "by llanellen in just a nappy",
"askham in full spate" (4 dev texts worse against 1 better when it was read mid-clause), and so do "or" ("roswell
or is that a fine"), "ma", "hi", "de". "ne" is read mid-clause ("in tecumseh ne last night"): as north-east it comes
before "of" or a place, which stop it.
"""
from __future__ import annotations

import json
import re
from functools import lru_cache

from .lexicon import DATA_DIR
from .villages import TIME_WORDS


@lru_cache(maxsize=None)
def words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(the codes read mid-clause, the words before a town that say where ("in salmon id got broke into"), the
    words after a code that make it a word of the sentence) from data/en/town_state_words.json."""
    data = json.loads((DATA_DIR / "en" / "town_state_words.json").read_text(encoding="utf-8"))
    return frozenset(data["mid_clause_codes"]), frozenset(data["mid_clause_place_cues"]), \
        frozenset(data["mid_clause_not_after"])


WORD_BEFORE_RE = re.compile(r"([A-Za-z]+)\s+$")
NEXT_RE = re.compile(r"\s+([A-Za-z0-9]+)")


def code_mid_clause(text: str, town_start: int, code_end: int, code: str, starts: frozenset[int]) -> bool:
    """Whether the word-like `code` ending at `code_end` is the state of the town starting at `town_start`;
    `starts`: where the text's places start (a place after the code makes it a preposition: "spoons in hanley")."""
    codes, place_cues, not_after = words()
    if code not in codes:
        return False
    before = WORD_BEFORE_RE.search(text, max(0, town_start - 20), town_start)
    if not before or before.group(1).lower() not in place_cues:
        return False
    following = NEXT_RE.match(text, code_end)
    if not following:
        return False
    word = following.group(1).lower()
    if following.start(1) in starts:
        return False
    if word.isdigit() or word in TIME_WORDS or word in not_after:
        return False
    return True

"""A gait or walking aid as a bare item of a description list (nlp/people.py): "60s, flat cap, walking stick",
"about 60, limps, nice fella", "two lads wi balaclavas ..., one limpin, then off".

Dev labels it whenever it stands between commas (8 rows of 8, none read before): it is how the tipster would pick
the person out. After "with a" the rows disagree ("man about 70 with a walking stick": 2 labelled, 4 not), and a
"limp" after "with a"/"has a" is people_marks' (MARK_RE), so only the list form is read for gaits. A walking aid
after "with a", "uses a", "pushing a" is read too (decided at stop 34: "walking stick", "cane", "walker", without
the lead). Gated on the gait and aid words, so most texts pay one set test.
"""
from __future__ import annotations

import json
import re
from functools import lru_cache

from .lexicon import DATA_DIR
from .people_patterns import alternation

GATE_WORDS = frozenset(("limp", "limps", "limping", "limpin", "stick", "cane", "walker", "crutches"))


@lru_cache(maxsize=None)
def gait_regex() -> re.Pattern:
    raw = json.loads((DATA_DIR / "en" / "people_gaits.json").read_text(encoding="utf-8"))
    # a list item: after the start or a comma (and an optional "one" that picks one of a group), before a comma,
    # a stop, "and"/"n" or the end ("flat cap, walking stick and a dog" still lists it)
    return re.compile(rf"(?:^|,\s*)(?:(?:{alternation(raw['list_leads'])})\s+)?(?P<gait>{alternation(raw['gaits'])})"
                      r"(?=\s*(?:$|[,.;!?)]|(?:and|n)\b))")


@lru_cache(maxsize=None)
def aid_regex() -> re.Pattern:
    raw = json.loads((DATA_DIR / "en" / "people_gaits.json").read_text(encoding="utf-8"))
    # "with a walking stick", "uses a cane", "one with crutches": the lead says the person has it ("dog walker" is no aid)
    return re.compile(rf"(?<![\w'])(?:{alternation(raw['aid_leads'])})\s+(?:(?:a|an|his|her)\s+)?"
                      rf"(?P<gait>{alternation(raw['aids'])})(?![\w'])")


def listed_gaits(searched: str, present: frozenset[str]) -> list[tuple[int, int, int, str]]:
    """Gaits listed as a description in the lower-cased text `searched`, as candidates (priority 2, as MARK_RE's)."""
    if present.isdisjoint(GATE_WORDS):
        return []
    return [(*match.span("gait"), 2, match.group("gait"))
            for regex in (gait_regex(), aid_regex()) for match in regex.finditer(searched)]

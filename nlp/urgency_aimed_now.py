"""A weapon aimed, fired or swung at people now: danger to people outranks every calm (stop 37; used by nlp/urgency.py).

"man pointing a rifle at hikers right now, its deer season but hes aiming at people", "range is open today but one
guy is pointing his rifle at the other shooters", "usually nothing happens here but tonight a man is threatening
people with a machete": a season, a range, game or "usually nothing" explains shots at game, never a weapon aimed at
a person now. The calm cues (RESOLVED, WEAPON_TALK, NEGATION, PAST "usually") stay as they are for texts without such
a clause ("shots on the hill, its deer season" stays calm); this reading runs before them and its reason is not
vetoed by the learned model. Each clause (split at punctuation and "but") is read alone, so the past or a habit in
another clause ("its usually just kids messing about but ...") does not calm the danger clause, and a clause told in
the past, as a habit, a question or with a toy ("was pointing", "last week", "what if", "nerf") is no match.
Data `urgency_aimed_now.json`. Gate: " at ", " on ", "toward" or "threaten" and a verb stem of aiming, firing or
threatening in the text.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from .urgency_gated import read_gated_patterns

AIMED_NOW = "weapon aimed at people now"
DATA = Path(__file__).resolve().parent / "data" / "urgency_aimed_now.json"
CLAUSE_SPLIT_RE = re.compile(r"[.,;!?\n]+|\bbut\b|\bbt\b")


@lru_cache(maxsize=1)
def _data() -> dict:
    return read_gated_patterns(DATA)


def _aimed_clause(clause: str, armed_text: bool, data: dict) -> bool:
    """The clause tells of a weapon aimed, fired or swung at someone now (module docstring)."""
    if data["not_now"].search(clause):
        return False
    verbs = ("fire", "aim") if armed_text else ("fire",)  # "waving at me" with no weapon in the text is a greeting
    for verb in verbs:
        for match in data[verb].finditer(clause):
            target = match.group("target") or match.groupdict().get("target2") or ""  # target2: "opened fire on ..."
            if data["lawful_target"].search(target):
                continue
            if data["people_target"].search(target) or data["where_people"].search(clause[match.start("target"):]):
                return True  # a person, or a place where people are ("toward the ramp where my kids are swimmin")
    return bool(data["threaten"].search(clause)) and bool(data["weapon"].search(clause))


def aimed_now(lowered: str) -> str | None:
    """AIMED_NOW when a clause of the lower-cased text tells of a weapon aimed or fired at people now."""
    data = _data()
    if not any(word in lowered for word in data["gate"]) or not data["verbs"].search(lowered):
        return None
    if data["not_real"].search(lowered) and not data["really_real"].search(lowered):
        return None  # a toy, a film, a game or a debunk, unless the weapon is said to be real
    armed_text = bool(data["weapon"].search(lowered))
    clauses = CLAUSE_SPLIT_RE.split(lowered)
    return AIMED_NOW if any(_aimed_clause(" " + clause.strip() + " ", armed_text, data) for clause in clauses) else None

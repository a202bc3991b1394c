"""A bare "now" that describes a state, closes a count or a duration, or gives an age places nothing
(nlp/devset/ANNOTATION.md "Times": "shes home now" is no time; a bare count with no period, an age and a duration
without "for" are not times). So "3 times this week now" gives "3 times this week", "5 nights now" and "im 30 now"
give none, "its pitch dark now" none; "on hwy 285 now", "screaming for help now" stay. The words before such a "now" are data: nlp/data/en/now_states.json.
"""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc

from .lexicon import word_sets


@lru_cache(maxsize=None)
def now_state_words() -> dict[str, frozenset[str]]:
    return word_sets("en/now_states.json")


def state_now(doc: Doc, start: int) -> bool:
    """True when the "now" at token `start` only describes a state, a count, a duration or an age."""
    if not start:
        return False
    w = now_state_words()
    before = doc[start - 1].lower_
    if before in w["states"] or before in w["units"] or before in w["joiners"]:
        return True
    two_back = doc[start - 2].lower_ if start >= 2 else ""
    if before == "help":   # "hes getting help now"; "screaming for help now" places the event
        return two_back in w["getting_help"]
    # "im 30 now", "shes 15 now": an age; "on hwy 285 now", "doin 40 rn" place the event
    return before.isdigit() and len(before) <= 3 and two_back in w["age_leads"]


@lru_cache(maxsize=None)
def hoy_state_words() -> dict[str, frozenset[str]]:
    return word_sets("es/hoy_states.json")


def state_hoy(doc: Doc, end: int) -> bool:
    """True when the Spanish "hoy" ending at token `end` only describes a state: "hoy esta tranquilo", "hoy ya no
    esta", "hoy anda calmada la calle"; "hoy esta el carro otra vez" and "hoy no se ha movido" place the event."""
    w = hoy_state_words()
    after = [token.lower_ for token in doc[end:end + 2]]
    if not after:
        return False
    if after[0] == "ya":
        return len(after) > 1 and after[1] in w["after_ya"]
    return after[0] in w["be_verbs"] and len(after) > 1 and after[1] in w["states"]

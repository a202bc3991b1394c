"""A US state written after a vehicle's model and before its plate belongs to the plate: "dark blue audi a4 colorado
plate BQK-H44", "silver toyota tacoma colorado plate 422-WNB". Some states are also models ("chevy colorado", "vw
california"), so the cue matcher reads the state as a second model; a model does not follow another model, and a
plate word after it says it is the plate's state.
"""
from __future__ import annotations

from spacy.tokens import Doc

from .plate_states import state_codes

PLATE_WORDS = frozenset("plate plates tag tags reg registration licence license".split())


def without_plate_state(doc: Doc, group: list) -> list:
    """group, the runs of vehicle parts, without a last model that is a state written before a plate word."""
    if len(group) < 3 or group[-1].label_ != "MODEL" or group[-2].label_ != "MODEL":
        return group   # "chevy colorado plate ...": the make's model, which the tip may well mean
    last = group[-1]
    if last.end < len(doc) and doc[last.end].lower_ in PLATE_WORDS and last.text.lower() in state_codes() \
            and len(last.text) > 2:
        return group[:-1]
    return group

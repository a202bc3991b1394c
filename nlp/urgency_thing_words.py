"""A violence verb that tells damage to a vehicle, not an act on a person (stop 32; used by nlp/urgency_shapes.score_words).

When no cue phrase decides, score_words counts violence verbs: "smashed" with a present cue ("20 min ago") reads as an
attack. The verb in the past right after a vehicle noun is damage to the vehicle ("rental jeep smashed at the lookout
..., they got our bags": a car broken into, no one hurt). A crash into something ("the van smashed into the bus stop") stays harm; so does glass or a window
smashed (the sound of a break-in: "glass smashed at the back and she can hear him"). Data: data/urgency_thing_words.json.
"""
from __future__ import annotations

import json

from spacy.tokens import Doc

from .lexicon import DATA_DIR

WORDS = json.loads((DATA_DIR / "urgency_thing_words.json").read_text(encoding="utf-8"))
VEHICLES = frozenset(WORDS["vehicles"])
BETWEEN = frozenset(WORDS["between"])
ONTO = frozenset(WORDS["onto_someone"])


def _tokens(doc: Doc, word: str) -> list:
    """The tokens of the word as written, g-dropped too ("fightin" for "fighting")."""
    forms = {word, word[:-1]} if word.endswith("ing") else {word}
    return [token for token in doc if token.lower_ in forms]


def damage_to_a_vehicle(doc: Doc, word: str) -> bool:
    """Every use of the past verb follows a vehicle noun (a few auxiliaries between) and is no crash into something."""
    found = _tokens(doc, word)
    if not found:
        return False
    for token in found:
        i = token.i - 1
        while i >= 0 and doc[i].lower_ in BETWEEN:
            i -= 1
        if i < 0 or doc[i].lower_ not in VEHICLES or (token.i + 1 < len(doc) and doc[token.i + 1].lower_ in ONTO):
            return False
    return True

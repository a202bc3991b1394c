"""Someone forced into a vehicle, in any form (stop 32, round 2; used by nlp/urgency_kinds.py as a clause kind).

"metieron a un chaval a empujones dentro de una furgoneta", "me quieren meter a un carro 2 hombres", "2 guys tried to
grab my sister into it": an abduction told by what the hands do, not by the word "kidnap". The cue phrases held a few
fixed forms ("dragged her into", "forced into a van"); the expressions here read a verb of forcing, a person (never a
thing: "threw the bags in the van" is a move), and a vehicle or, in Spanish, a word of force ("a empujones", "a la
fuerza"), as a KIDNAP cue, so a past time, a calm and the rule of order treat it as any other abduction ("se la
llevaron a la fuerza ayer" is a report, "they dragged her in the car but she got away and shes safe now" clears).
Data: data/urgency_forced_in.json. Gate: a verb stem of forcing, so other texts pay nothing.
"""
from __future__ import annotations

import json
import re

from .lexicon import DATA_DIR

WORDS = json.loads((DATA_DIR / "urgency_forced_in.json").read_text(encoding="utf-8"))


def _alt(items: list[str]) -> str:
    return "(?:" + "|".join(item.replace(" ", r"\s+") for item in items) + ")"


VEHICLE = _alt(WORDS["vehicles"])
# verb, a person, at most two words ("tried to grab my sister hard into it"), into, at most three words
# ("the back of a", "a white"), a vehicle
EN_FORCED_RE = re.compile(
    rf"\b{_alt(WORDS['en_verbs'])}\s+{_alt(WORDS['en_people'])}(?:\s+\w+){{0,2}}?\s+{_alt(WORDS['en_into'])}"
    rf"(?:\s+\w+){{0,3}}?\s+{VEHICLE}\b", re.IGNORECASE)
# a Spanish person: the personal "a" ("metieron a un chaval") or a pronoun before the verb ("me quieren meter",
# "la metieron") or after it ("meterla", "metiendolo"); then, within a few words, a vehicle or a word of force
ES_PERSON = r"(?:a\s+(?:un|una|el|la|mi|su|sus|los|las|unos|unas|dos|tres)\s+\w+|a\s+(?:mi|su)\s+\w+)"
ES_CLITIC = r"\b(?:me|la|lo|le|los|las|nos)\s+(?:\w+\s+)?"
ES_TARGET = rf"(?:{_alt(WORDS['es_force'])}|dentro|(?:a|al|en|dentro\s+de)\s+(?:un|una|el|la|su|mi)?\s*{VEHICLE})"
ES_FORCED_RE = re.compile(
    rf"(?:\b{_alt(WORDS['es_verbs'])}\s+{ES_PERSON}|{ES_CLITIC}{_alt(WORDS['es_verbs'])})(?:\s+\S+){{0,4}}?\s+{ES_TARGET}\b",
    re.IGNORECASE)

FORCED_IN = "forced into a vehicle"  # its reason: person + force + vehicle together, which the model does not veto
# (regex, label, gate words, needed cue labels) as in urgency_kinds.CLAUSE_KINDS, which adds it
FORCED_IN_CLAUSES = ((EN_FORCED_RE, "KIDNAP", tuple(WORDS["gate"]), None),
                     (ES_FORCED_RE, "KIDNAP", tuple(WORDS["gate"]), None))

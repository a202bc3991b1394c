"""Things named by a make that the dev labels keep out of vehicles (nlp/data/en/equipment.json has the counts):
machines ("stole my generator, blue honda eu2200", "outboard pinched, yamaha 40hp", "a john deere z335e mower"; a
riding mower is driven, so it stays) and pedal bikes ("trek marlin 7", "red specialized rockhopper"). A quad,
motorbike, dirt bike or jet ski named by a make is a vehicle.
"""
from __future__ import annotations

import json
import re
from functools import lru_cache

from .lexicon import DATA_DIR, trie_pattern

# how far (characters) the equipment word may be from the make: the same clause or the next one
NEAR = 60


@lru_cache(maxsize=1)
def _raw() -> dict:
    return json.loads((DATA_DIR / "en" / "equipment.json").read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def _bicycles() -> tuple[re.Pattern, frozenset[str]]:
    data = _raw()
    return re.compile(r"\b(?:" + trie_pattern(data["bicycle_words"]) + r")\b"), frozenset(data["bicycle_makes"])


def about_a_bicycle(lowered: str) -> bool:
    """The text speaks of a pedal bike ("bike", "bicycle", "mtb")."""
    return _bicycles()[0].search(lowered) is not None


def only_bicycle_makes(names: list[str]) -> bool:
    """Every make or model named in the vehicle is a pedal-bike make ("trek", "specialized"): no car's make with it."""
    return bool(names) and all(name.lower() in _bicycles()[1] for name in names)


@lru_cache(maxsize=1)
def _data() -> tuple[re.Pattern, re.Pattern, frozenset[str]]:
    data = _raw()
    words = re.compile(r"\b(?:" + trie_pattern(data["equipment_words"]) + r")\b")
    driven = re.compile(r"\b(?:" + trie_pattern(data["driven_before"]) + r")[\s-]*$")
    return words, driven, frozenset(data["travel_before"])


def equipment_words_at(lowered: str) -> list[tuple[int, int]]:
    """Where the text names a machine that is not driven ("generator", "mower" but not "riding mower")."""
    words, driven, _ = _data()
    return [m.span() for m in words.finditer(lowered)
            if not driven.search(lowered, max(0, m.start() - 12), m.start())]


def is_equipment(lowered: str, start: int, end: int, labels: list[str], places: list[tuple[int, int]]) -> bool:
    """A vehicle made of a make (and a colour, a model code or trim), no listed model and no body type, with a
    machine word within NEAR characters and no word before it that says someone travels in it."""
    if "MAKE" not in labels or "MODEL" in labels or "VTYPE" in labels or not places:
        return False
    if not any(s - end <= NEAR and start - e <= NEAR for s, e in places):
        return False
    before = lowered[max(0, start - 20):start].split()
    travel = _data()[2]
    return not any(word in travel for word in before[-2:])

"""Whose tag: a tag owned by a thing that is no vehicle is no number plate, in the wordings `other_tag_before`
(plate_shapes.py, the word right before the cue) does not read. US tipsters call a plate a "tag" ("fl tag", "the
truck's tag"), but laptops, dogs, hunting licences, bags and cattle have tags too:

- a possessive owner: "the dog's tag reads 4418", "my laptop's tag number is 8HX2K21" (but "the truck's tag");
- a tag named beside its owner: "hunting license and tag #2209-14", "lost my gym bag and tag 4481B" (but
  "driver's license and tag": a driver's licence goes with the car's plate);
- a tag said to sit on the thing: "a tag 7721 on its collar", "tag 4471 on the suitcase" (but "on the van").

The owners are lexicon "not_plate_tags" (the same list the word right before the cue is read against).
"""
from __future__ import annotations

import re

from .lexicon import lexicon

POSSESSIVE_RE = re.compile(r"([A-Za-z]+)['\u2019]s\s+$")
# "hunting license and ", "gym bag & ", "fishing licence and a ": the owner, a licence-like word, then "and"
JOINED_OWNER_RE = re.compile(r"([A-Za-z'\u2019]+)\s+(?:(?:licen[cs]e|permit|card|stamp)\s+)?(?:and|&|\+|plus|n)\s+"
                             r"(?:(?:a|an|the|my|his|her|its|their)\s+)?$", re.IGNORECASE)
# "... 7721 on its collar", "4471 off the suitcase": the thing the tag sits on, a word or two after the number
SITS_ON_RE = re.compile(r"[\s,]*(?:on|off|from|of)\s+(?:the|its|his|her|their|my|our|your|a|an)\s+"
                        r"(?:([A-Za-z]+)\s+)?([A-Za-z]+)", re.IGNORECASE)
# a driver's licence named beside a tag goes with the car: "his driver's license and tag"
DRIVING_WORDS = frozenset("driving drivers driver's driver\u2019s personal".split())


def owned_by_other_thing(text: str, cue_start: int) -> bool:
    """The tag cue at ``cue_start`` belongs to a thing that is no vehicle: "the dog's tag", "hunting license and
    tag"."""
    before = text[max(0, cue_start - 50):cue_start]
    owners = lexicon()["not_plate_tags"] - lexicon()["vehicle_tag_owners"]
    possessive = POSSESSIVE_RE.search(before)
    if possessive is not None:
        return possessive.group(1).lower() in owners
    joined = JOINED_OWNER_RE.search(before)
    if joined is not None:
        owner = joined.group(1).lower()
        return owner in owners and owner not in DRIVING_WORDS
    return False


def sits_on_other_thing(text: str, end: int) -> bool:
    """Right after a tag's number, it is said to be on a thing that is no vehicle: "tag 7721 on its collar"."""
    place = SITS_ON_RE.match(text, end)
    if place is None:
        return False
    owners = lexicon()["not_plate_tags"] - lexicon()["vehicle_tag_owners"]
    return any(word is not None and word.lower() in owners for word in place.groups())

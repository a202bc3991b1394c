"""A tag owned by a thing that is no vehicle is no plate (nlp/tag_owners.py, lexicon "not_plate_tags"): a possessive
owner ("the dog's tag"), a tag named beside its owner ("hunting license and tag"), a tag said to sit on the thing
("tag 7721 on its collar"), and the owner word right before the cue ("service tag", "deer tag"). "the truck's tag",
"tag number ABC1234", "fl tag" stay plates. Texts invented for these tests (stop 38, round 2)."""
from __future__ import annotations

import pytest

import nlp

NOT_PLATES = [
    "my hp elitebook got nicked from the library, service tag 5CD14X7, please ring me",
    "stolen laptop, the service tag is 9JR4KL2 if that helps",
    "lost my fishing licence and tag 4471-22 at the lake",
    "lost my deer tag #3391-18 and my hunting license near the check station",
    "my suitcase was taken at the station, the luggage tag says KLM 44812",
    "the asset tag on the stolen projector was IT-0442",
    "found a cat with a tag 7721 on its collar by the church",
    "the dog's tag reads 4418, he answers to max",
    "someone swapped the price tag, it said 4499 instead of 9999",
    "the ear tag on the missing heifer was UK 344 221",
    "my laptop's tag number is 8HX2K21, it was stolen from my desk",
    "missing my backpack, it had a name tag with 07 881 on it",
    "lost my gym bag and tag 4481B near the pool",
    "the tag on my bike lock key says 4471",
]
PLATES = [
    ("the truck's tag was ABC 1234 and it ran the light", ["ABC1234"]),
    ("tag number ABC1234, black charger, doing donuts", ["ABC1234"]),
    ("fl tag JKR 441, red pickup, hit my mailbox", ["JKR441"]),
    ("blue honda, tag GHT 4471, parked outside my house with a dog in it", ["GHT4471"]),
    ("the car that hit the dog had tag RKL 2290", ["RKL2290"]),
    ("the car that hit the cat had tag RKL 2290", ["RKL2290"]),
    ("white van with a ladder, tag 7KLM229, was casing houses", ["7KLM229"]),
    ("grey sedan tag HJK-2210 stole my laptop from the front seat", ["HJK2210"]),
    ("they put my laptop in a red ford, tag KJH 4410", ["KJH4410"]),
    ("saw the car with tag TRK 4410 drop a bag by the river", ["TRK4410"]),
    ("the suv's tag is 5GHT218 and the bag was in the back", ["5GHT218"]),
    ("cop asked for his drivers license and tag ABC 1234", ["ABC1234"]),
    ("tag ABC1234 on the back of the truck", ["ABC1234"]),
    ("horse trailer tag 4KLM221 pulled by a silver f150", ["4KLM221"]),
    ("his truck and tag KJH 4410 were gone", ["KJH4410"]),
]


@pytest.mark.parametrize("text", NOT_PLATES)
def test_a_tag_of_no_vehicle_is_no_plate(text):
    assert nlp.extract(text).plates == []


@pytest.mark.parametrize("text,plates", PLATES)
def test_a_vehicles_tag_stays_a_plate(text, plates):
    assert nlp.extract(text).plates == plates

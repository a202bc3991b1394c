"""Urgency kinds added in the second round of stop 26 (nlp/urgency_kinds.py, patterns/urgency.jsonl; texts written
for these tests, not taken from the dev files)."""
import pytest

from nlp import extract


def urgent(text: str) -> bool:
    return extract(text).urgent


def reason(text: str) -> str | None:
    return extract(text).urgent_reason


@pytest.mark.parametrize("text, expected", [
    # a fight word as the subject of "is/was over": dealt with, like a fire that is out
    ("the fight in the car park at the leisure centre is over, the lad with the cut lip got a taxi, no need to come", False),
    ("that fight outside the chippy was all over before i finished typing, nobody stayed", False),
    # "over" meaning a place: still danger
    ("the fight is over there by the bins, one is bleeding", True),
])
def test_fight_over(text, expected):
    assert urgent(text) is expected, reason(text)


@pytest.mark.parametrize("text", [
    # "the rip" is the sea's current, not "rest in peace": the rules read the danger, not only the model
    "a kid got pulled out by the rip at the north beach and hes not moving in the water",
    "swimmer stuck in the rip off the point, hes not moving, no lifeguard on",
])
def test_rip_current(text):
    assert (reason(text) or "").startswith("someone hurt or attacked"), reason(text)


def test_rip_said_of_the_dead_stays_past():
    assert not urgent("rip to the lad who drowned at the weir last summer, they never put a fence up")


@pytest.mark.parametrize("text", [
    # someone lying face down: a person who may be unconscious
    "theres a woman lying face down on the grass verge by the petrol station on kings road",
    "bloke facedown in the underpass on station rd",
])
def test_face_down(text):
    assert (reason(text) or "").startswith("someone hurt or attacked"), reason(text)


@pytest.mark.parametrize("text, expected", [
    # not replying is missing, with a sign the person cannot look after themselves (age, living alone, the cold)
    ("my mum hasnt replied since lunch, shes 81 and lives alone", True),
    ("my uncle went fishing at the reservoir at dawn and hasnt come back, his car is there and its gonna freeze tonight", True),
    # no sign of risk: an unanswered email is no emergency; a van that has not moved is no person
    ("my landlord hasnt replied to my emails about the boiler for a week", False),
    ("the van across the road hasnt moved in 3 weeks, flat tyre", False),
])
def test_missing_not_replying(text, expected):
    assert urgent(text) is expected, reason(text)



@pytest.mark.parametrize("text, expected", [
    # Spanish: the age after a word for a child with "de" ("mi hija de 14")
    ("mi hija de 14 no ha llegado de la prepa y ya son las 9", True),
    # "se ha perdido" is missing; "hace un frio" is the cold
    ("mi papa se ha perdido en el cerro, es diabetico y no trae su insulina", True),
    ("mi abuelo salio a caminar y creo que se ha perdido, hace un frio horrible", True),
    # a pet lost is no person missing
    ("mi tio salio a pasear al perro y se ha perdido, es diabetico", False),
])
def test_spanish_missing_at_risk(text, expected):
    assert urgent(text) is expected, reason(text)


@pytest.mark.parametrize("text", [
    # the tipster says sorry for the alarm: the danger was not one
    "guy with a shotgun by the barns on the hill, oh wait its the gamekeeper doing pigeons, sorry i panicked",
    "theres a man with a knife in the garden next door, oh its a trowel hes weeding, sorry i overreacted",
])
def test_sorry_for_the_alarm(text):
    assert not urgent(text), reason(text)


@pytest.mark.parametrize("text, expected", [
    # a car named by its make and model, an animal named by its breed, the windows shut or the sun out
    ("someone has left a spaniel in a silver toyota corolla outside the gym, windows shut, its boiling", True),
    ("a blue ford fiesta in the retail park with a toddler inside, windows up, nobody around", True),
    ("white nissan qashqai by the vets, 2 puppies inside and its sunny, been ages", True),
    # told as the past, or no sign of heat or shut windows: no emergency
    ("last summer someone left a labrador in a grey vw golf at the beach car park", False),
    ("my neighbour keeps his terrier in a red kia picanto on the drive overnight", False),
])
def test_shut_in_a_named_car(text, expected):
    assert urgent(text) is expected, reason(text)


@pytest.mark.parametrize("text, expected", [
    # "desde las 3", "desde por la mañana": how long it has gone on, up to now (like "since 4"), not a time in the past
    ("hay un señor tirado en la banqueta de la farmacia desde las 3 y no se levanta", True),
    ("la niña de los vecinos esta sola en el balcon desde por la mañana, no se mueve", True),
    # a time in the past stays the past
    ("ayer a las 3 vi a un señor tirado en la banqueta, no se levantaba", False),
])
def test_spanish_since_a_clock_time(text, expected):
    assert urgent(text) is expected, reason(text)

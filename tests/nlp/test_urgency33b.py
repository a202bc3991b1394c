"""Stop 33 round 2: Spanish participles without their d ("apuñalao", "tirao"), and someone who will not wake told
in short forms ("breathing but won't wake", "cant keep him awake"). Texts invented for the test, none from the dev set."""
import pytest

import nlp
from nlp.dropped_d import dropped_d


@pytest.mark.parametrize("text", [
    "han apuñalao a un muchacho en la puerta del bar, esta sangrando mucho",
    "hay un señor tirao en la acera con la cabeza abierta, no se mueve",
    "tienen secuestrao a mi primo en una casa de la calle real",
    "mi tio esta desmayao en el patio y no reacciona",
])
def test_a_participle_without_its_d_still_flags(text):
    assert nlp.extract(text).urgent


@pytest.mark.parametrize("text", [
    "lo del tiroteo fue el año pasao en la plaza, solo queria saber si detuvieron a alguien",
    "el perro ya esta calmao, nadie herido, gracias",
])
def test_a_calm_participle_without_its_d_still_clears(text):
    assert not nlp.extract(text).urgent


def test_only_long_words_in_ado_lose_their_d():
    found = [p["pattern"] for p in dropped_d([{"pattern": "al lado de"}, {"pattern": "esta apuñalado"}, {"pattern": 3}])]
    assert found == ["esta apuñalao"]


@pytest.mark.parametrize("text", [
    "theres a woman on the bench at the bus station, shes breathing but won't wake, its freezing",
    "my dad took a load of his tablets and i cant keep him awake, hes going grey",
    "found my flatmate on the bathroom floor, still wont wake, please send someone",
])
def test_someone_who_will_not_wake_is_urgent(text):
    assert nlp.extract(text).urgent


@pytest.mark.parametrize("text", [
    "keep the music down so it won't wake the baby please, its every friday at number 12",
    "my toddler wont wake up before 9 on saturdays, is the park open early",
])
def test_waking_told_as_a_habit_or_a_wish_stays_calm(text):
    assert not nlp.extract(text).urgent


# Car doors tried with nobody in danger are not urgent (ANNOTATION.md, stop 33): a NEGATION, so a weapon or an attack
# told with them still flags (probe pairs).
@pytest.mark.parametrize("text", [
    "dos chavales intentando abrir coches en la calle mayor, miran por las ventanas",
    "a lad in a grey tracksuit trying car doors on willow lane",
])
def test_car_doors_tried_alone_stay_calm(text):
    assert not nlp.extract(text).urgent


@pytest.mark.parametrize("text", [
    "dos chavales intentando abrir coches en la calle mayor pero el hombre sigue afuera con la pistola",
    "a lad trying car doors on willow lane and he has a knife out",
    "lads trying car doors on willow lane and now theyre kicking my front door in",
])
def test_car_doors_tried_with_a_danger_still_flag(text):
    assert nlp.extract(text).urgent

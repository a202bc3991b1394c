"""Stop 34 round 2 urgency kinds: a noise of shots explained as a backfire, fireworks or an exhaust; an animal or a child
shut in a car with steamed or closed windows, or named "dentro" after a bare car noun. Texts invented for the test,
none from the dev set (the calm phrases' probe pairs are in test_urgency_reopened.py)."""
import pytest

import nlp


@pytest.mark.parametrize("text", [
    "the bangs behind the co-op were a car backfiring, my son went and had a look",
    "gunshots by the park was just a motorbike backfiring, sorry",
    "lo que parecian tiros en la plaza eran las tracas de la fiesta, aviso por si llama alguien",
    "los disparos que se oyen son los castillos del pueblo de al lado",
    "los balazos fueron el escape de una moto vieja, ya la vi pasar",
])
def test_a_noise_explained_is_not_urgent(text):
    assert not nlp.extract(text).urgent


@pytest.mark.parametrize("text", [
    # a likeness is no explanation: the shots stay shots
    "heard what sounded like a car backfiring, now theres a man on the ground bleeding outside the chemist",
    "se oyen tiros en la calle del pozo ahora mismo, hay un hombre sangrando en el suelo",
])
def test_shots_told_as_a_likeness_stay_urgent(text):
    assert nlp.extract(text).urgent


@pytest.mark.parametrize("text", [
    "3 labradors shut in a silver estate car at the garden centre, windows all steamed, one isnt moving",
    "someone has left a spaniel in a blue van outside the gym, glass is steamed up and hes panting",
    "hay una furgoneta aparcada en la calle real con un perro dentro y las ventanillas cerradas, 36 grados",
    "un carro estacionado frente al banco con un niño adentro y las ventanillas cerradas, hace mucho calor",
])
def test_shut_in_a_car_with_the_windows_steamed_or_shut_is_urgent(text):
    assert nlp.extract(text).urgent_reason.endswith("in danger: shut in a hot car")


@pytest.mark.parametrize("text", [
    # no heat and no shut windows: a car with a dog in it is no emergency
    "hay un coche aparcado en mi calle con un perro dentro desde ayer, ladra toda la noche",
    "van parked on our drive with 2 spaniels inside, the owner is visiting next door, just a bit annoying",
])
def test_a_pet_in_a_car_without_heat_is_not_urgent(text):
    assert not nlp.extract(text).urgent


@pytest.mark.parametrize("text", [
    "some lad just emptied a clip at a car outside the chippy on queen st, everyone ran",
    "someone dumped a whole mag on the corner of 5th and pine, folks are hiding in the store",
    "alguien vacio el cargador en la esquina de la 8 y main, la gente se tiro al suelo",
])
def test_a_clip_emptied_is_shots(text):
    assert nlp.extract(text).urgent_reason == "shots fired"


@pytest.mark.parametrize("text", [
    # at the range on a past day, or in a game: the shots are no news
    "emptied a whole mag at the range on saturday, new glock is sweet",
    "my son emptied the clip in call of duty and screamed the house down lol",
])
def test_a_clip_emptied_at_the_range_or_in_a_game_is_not_urgent(text):
    assert not nlp.extract(text).urgent

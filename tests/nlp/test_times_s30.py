"""Times (stop 30, round 2): the words before a time the guide keeps with it."""
from __future__ import annotations

import pytest

import nlp


@pytest.mark.parametrize("text,time", [
    ("some lad keeps revving a quad bike up and down the lane late at night", "late at night"),
    ("a van parks behind the chippy late every night and they unload boxes", "late every night"),
    ("theres a group smashing bottles by the war memorial and its gone 1am", "gone 1am"),
    ("its just gone midnight and someone is trying the back door", "just gone midnight"),
])
def test_a_lead_word_stays_with_the_time(text, time):
    assert nlp.extract(text).times == [time]


@pytest.mark.parametrize("text", [
    "my son has been gone 3 hours and hes not answering his phone",
    "she stayed late at work and someone keyed her car",
])
def test_no_time_is_made_from_the_lead_word(text):
    times = nlp.extract(text).times
    assert not any(t.startswith(("gone", "late")) for t in times)


@pytest.mark.parametrize("text,time", [
    ("kids on scramblers tear round the playing fields every evening round half 8", "every evening round half 8"),
    ("someone lets off rockets in the back lane most nights round midnight", "most nights round midnight"),
])
def test_a_day_part_and_its_clock_time_joined_by_round(text, time):
    assert nlp.extract(text).times == [time]


@pytest.mark.parametrize("text,time", [
    ("a grey astra clipped my wing mirror on the bypass and didnt stop, 7.50 this mornin", "7.50 this mornin"),
    ("bloke tried the handles on every car in the school car park, 9 this mornin", "9 this mornin"),
])
def test_a_clock_time_before_this_morning(text, time):
    assert nlp.extract(text).times == [time]


def test_a_price_before_this_is_no_time():
    assert nlp.extract("a pint in the square is 6.40 this is a rip off").times == []


@pytest.mark.parametrize("text", [
    "le pague 200 dolares por una moto en marketplace y ahora no me contesta el vendedor",
    "me vendieron un celular con el imei bloqueado y ahora la tienda dice que no es su problema",
])
def test_a_spanish_ahora_in_a_calm_report_is_no_time(text):
    assert "ahora" not in nlp.extract(text).times


def test_a_spanish_ahora_of_an_event_in_progress_stays():
    text = "un tipo con un cuchillo me siguio desde el metro y ahora esta parado en mi puerta"
    assert "ahora" in nlp.extract(text).times


@pytest.mark.parametrize("text,time", [
    ("me rompieron el vidrio del carro en el estacionamiento entre el viernes y el sabado", "entre el viernes y el sabado"),
    ("un tipo en una moto negra vende droga afuera de la escuela cada martes y jueves", "cada martes y jueves"),
    ("vi a los mismos dos tipos probando puertas de carros el lunes y el martes", "el lunes y el martes"),
])
def test_two_spanish_days_are_one_time(text, time):
    assert nlp.extract(text).times == [time]


def test_thanksgiving_is_a_day():
    text = "my uncle pulled a knife on my cousin at thanksgiving and now says hell do it again"
    assert "thanksgiving" in nlp.extract(text).times

"""Spanish places, stop 36: saints' towns with "del"/"de la" and a noun, streets named for a date after Mexico's
street words, Galician and Catalan place words, and a tagged place cut before the sentence's verb and its "y"."""
import pytest

import nlp
from nlp.spanish_saint_areas import longer_saint_towns, saint_areas


def places(text):
    return nlp.extract(text).to_dict()["locations"]


@pytest.mark.parametrize("text, place", [
    ("se estacionan en san pedro del monte cada noche", "san pedro del monte"),
    ("hay un incendio en santa maria de la sierra ahorita", "santa maria de la sierra"),
])
def test_saint_town_takes_a_noun_after_an_article(text, place):
    assert [text[s:e] for s, e in saint_areas(text, [])] == [place]


@pytest.mark.parametrize("text, place", [
    ("nos vemos en san jorge de noche", "san jorge"),
    ("en san pedro de la mañana hay mercado", "san pedro"),
])
def test_saint_town_leaves_a_time_of_day(text, place):
    assert [text[s:e] for s, e in saint_areas(text, [])] == [place]


@pytest.mark.parametrize("text, place", [
    ("asaltan a la gente en la parada de av hidalgo y 16 de septiembre casi diario", "av hidalgo y 16 de septiembre"),
    ("un choque en el blvd 5 de mayo hace rato", "blvd 5 de mayo"),
])
def test_date_named_street_after_mexican_street_word(text, place):
    assert place in places(text)


@pytest.mark.parametrize("text, place", [
    ("en la praia de lourido hay un chaval en apuros con la corriente", "praia de lourido"),
    ("hay una pelea en el barrio de os castros ahora mismo", "barrio de os castros"),
    ("un perro suelto en la playa de as sinas mordiendo a la gente", "playa de as sinas"),
    ("un incendio en el monte do galiñeiro, se ve el humo", "monte do galiñeiro"),
    ("me han robado la bici en la avinguda diagonal esta tarde", "avinguda diagonal"),
    ("hay un coche ardiendo en la avinguda jose i vidal, rapido", "avinguda jose i vidal"),
])
def test_galician_and_catalan_place_words(text, place):
    assert place in places(text)


def test_da_is_no_galician_joiner():
    # "da" (de la) is also Spanish "gives": "la playa da asco" names no beach
    assert not any("asco" in p for p in places("la playa da asco de lo sucia que esta"))


@pytest.mark.parametrize("text, place", [
    ("mi prima esta en la 3150 de la rosewood ave y dice que no la deja salir", "3150 de la rosewood ave"),
    ("un tipo robando carros en el lot de la fondren st rn, nada grave", "fondren st"),
])
def test_tagged_place_ends_before_joiner_and_verb(text, place):
    assert place in places(text)


@pytest.mark.parametrize("text, place", [
    ("se quema una casa en la colonia lomas de tarango y hay niños", "colonia lomas de tarango"),
    ("robaron dos carros en el fraccionamiento praderas del mar anoche", "fraccionamiento praderas del mar"),
    ("en la colonia valle de san isidro hay balazos", "colonia valle de san isidro"),
    ("asaltan en la colonia narvarte poniente a cada rato", "colonia narvarte poniente"),
    ("se metieron a robar en el fracc. las palmas ayer", "fracc. las palmas"),
])
def test_colonia_name_runs_on(text, place):
    assert place in places(text)


def test_colonia_name_stops_before_time_of_day():
    assert "colonia lomas" in places("en la colonia lomas de noche no se puede andar")


@pytest.mark.parametrize("text, place", [
    ("mi vecina no abre la puerta, calle honda 7 de alzira", "calle honda 7"),
    ("se oyen golpes en el piso de arriba, calle la higuera 23 1º", "calle la higuera 23"),
])
def test_street_of_common_words_with_house_number(text, place):
    assert place in places(text)


@pytest.mark.parametrize("text", [
    "estan tirando basura en la calle frente al 22 todos los dias",
    "la calle mayor estaba cortada a las 3 de la tarde",
])
def test_no_numbered_street_without_a_name(text):
    assert not any(p.endswith(("22", "3")) for p in places(text))


@pytest.mark.parametrize("text", [
    "si paso con mucho dinero por el puente tengo que declararlo?",
    "el rio ha crecido mucho esta semana",
])
def test_landmark_word_before_the_sentence_is_no_place(text):
    assert places(text) == []


@pytest.mark.parametrize("text, place", [
    ("un perro esta debajo del puente colgante tirado, no se mueve", "puente colgante"),
    ("vi a mi ex en el parque alameda aunque tiene orden de alejamiento", "parque alameda"),
])
def test_landmark_name_ends_before_the_sentence(text, place):
    assert place in places(text)


@pytest.mark.parametrize("text, place", [
    ("asaltaron la tienda de la colonia la paz anoche", "colonia la paz"),
    ("hay balazos en el barrio el sol ahorita", "barrio el sol"),
])
def test_articled_area_name_of_three_letters(text, place):
    assert place in places(text)


@pytest.mark.parametrize("text, place", [
    ("en san pedro tlaquepaque, cada noche roban carros", "san pedro tlaquepaque"),
    ("hay un choque en santa maria chimalhuacan ahorita", "santa maria chimalhuacan"),
])
def test_saint_town_longer_than_the_listed_one(text, place):
    assert place in places(text)


def test_longer_saint_town_replaces_the_listed_part():
    text = "en santa rosa jauregui robaron gallinas"
    assert longer_saint_towns(text, [(3, 13, "santa rosa")]) == [(3, 22, "santa rosa jauregui")]


@pytest.mark.parametrize("text, place", [
    ("hay balazos en la colonia lazaro cardenas, manden patrullas", "colonia lazaro cardenas"),
    ("asaltan en la colonia benito juarez cada noche", "colonia benito juarez"),
])
def test_colonia_named_for_a_person(text, place):
    assert place in places(text)

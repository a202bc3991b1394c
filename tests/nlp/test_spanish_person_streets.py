"""Streets named after people in a Spanish tip: the span runs to the end of the name (a surname joined by "de", a
pope's or king's number up to XXIII). Invented texts, one kind of writing each."""
import pytest

from nlp import extract


def places(text):
    return extract(text).to_dict()["locations"]


@pytest.mark.parametrize("text, place", [
    ("anoche le rompieron el vidrio a mi carro en la calle ruiz de alarcon, fue un chavo en bici", "calle ruiz de alarcon"),
    ("hay humo saliendo de un local de la avenida ponce de leon, vengan rapido", "avenida ponce de leon"),
    ("me siguieron desde la calle lopez de hoyos 40 hasta el portal", "calle lopez de hoyos 40"),
])
def test_a_surname_joined_by_de_stays_in_the_street(text, place):
    assert places(text) == [place]


@pytest.mark.parametrize("text, place", [
    ("el del segundo le grita a su mujer cada noche, calle benedicto xvi 12", "calle benedicto xvi 12"),
    ("roban retrovisores en la avenida juan xxiii, siempre de madrugada", "avenida juan xxiii"),
    ("hay un coche quemado en la calle pio xix 3 desde ayer", "calle pio xix 3"),
])
def test_a_popes_number_past_xv_ends_the_street(text, place):
    assert place in places(text)


@pytest.mark.parametrize("text, place", [
    ("en la calle kedzie de noche venden droga", "calle kedzie"),          # "de noche": when, no surname
    ("en la calle kedzie del otro lado venden droga", "calle kedzie"),     # "del otro": the sentence's words
])
def test_de_before_a_common_word_ends_the_street(text, place):
    assert place in places(text)


@pytest.mark.parametrize("text, place", [
    ("hay un portal en la calle antonio machado donde se pinchan", "calle antonio machado"),
    ("en la tienda de la calle joaquin costa venden alcohol a menores", "calle joaquin costa"),
])
def test_a_given_name_is_followed_by_the_surname(text, place):
    assert place in places(text)


@pytest.mark.parametrize("text, place", [
    ("hay una moto tirada en la calle san lamberto 9 con el motor encendido", "calle san lamberto 9"),
    ("un tipo grita en la avenida santa engracia toda la noche", "avenida santa engracia"),
    ("rompen los espejos en calle na burguera casi cada noche", "calle na burguera"),
    ("se pelean unos chavos en la av. adolfo quirarte ahorita", "av. adolfo quirarte"),
])
def test_a_saint_or_a_given_name_takes_the_name_after_it(text, place):
    # "san", "santa", the Balearic "na" and a given name are never a street's whole name: the next word is in it
    assert place in places(text)

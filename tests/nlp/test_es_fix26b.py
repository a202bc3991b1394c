"""Spanish location fixes of stop 26, round 2: kinds from the folded es/heldout8 rows, each with texts written here
(not copied from the dev files) and negatives that must stay as they were."""
import pytest

from nlp import extract


def got(text, field):
    return extract(text).to_dict()[field]


# A king's or pope's number ends a street named for him; the name's words before it are names, not plurals
@pytest.mark.parametrize("text, place", [
    ("los chavos que roban bolsos en la avenida juan carlos i, ayer otra vez", "avenida juan carlos i"),
    ("estan robando en la calle marcos i, vengan", "calle marcos i"),
    ("hay un accidente en la calle pio xii 8, dos coches", "calle pio xii 8"),
    ("un borracho rompe cristales en la calle sancho iii 21, ya", "calle sancho iii 21"),
])
def test_a_regnal_number_ends_the_street(text, place):
    assert got(text, "locations") == [place]


@pytest.mark.parametrize("text, place", [
    ("estoy en la calle alfonso x, ayuda", "calle alfonso"),          # a lone "x" is "por" in a text, never read
    ("en la calle kedzie roban carros, siempre", "calle kedzie"),     # a plural noun still ends the name
])
def test_no_regnal_number_no_change(text, place):
    assert got(text, "locations") == [place]


# A bare article after a street the rules found starts the sentence's next noun: the tagger's longer span is no name
# (a street's name links its words with "de (la)": "calle de la luz" stays whole)
@pytest.mark.parametrize("text, place", [
    ("en la calle molinos la luz se va cada noche y hay robos", "calle molinos"),
    ("en la avenida pinos la luz se fue otra vez y roban", "avenida pinos"),
    ("en la calle de la luz hay un incendio en un portal", "calle de la luz"),
])
def test_an_article_after_a_street_starts_the_sentence(text, place):
    assert got(text, "locations") == [place]


# A flight's number right before "de"/"a" names where the flight came from or went, past a question in the clause
@pytest.mark.parametrize("text", [
    "mi vuelo es el UA 1180? no, el UA 1108 de tucson, no ha llegado y nadie contesta",
    "el numero del vuelo es WN 330? o WN 303 de omaha, mi esposo viene ahi y no aterriza",
])
def test_a_flight_number_after_a_question_is_still_a_flight(text):
    assert got(text, "locations") == []


def test_a_place_after_a_question_without_a_flight_number_stays():
    assert got("en el vuelo no paso nada? ayer en tucson me robaron la maleta", "locations") == ["tucson"]


# A part of the street ("banqueta", "acera": lexicon "not_barrios") is no side of a corner after "a la"
def test_a_part_of_the_street_is_no_corner_side():
    assert got("un carro se subio a la banqueta y tumbo un poste frente a mi casa", "locations") == []


def test_a_corner_of_two_names_stays():
    assert got("en la kedzie y fullerton hay una pelea", "locations") == ["kedzie y fullerton"]


# Two initials before a suffixed street's name are the name's; a lone letter (a direction, a texter's "q") is not
@pytest.mark.parametrize("text, place", [
    ("vivo en la j c penney dr, ayuda, hay un tipo en mi patio", "j c penney dr"),
    ("un perro suelto mordio a un niño en la r j kemp rd ahorita", "r j kemp rd"),
    ("vi un choque en la s main st hoy", "s main st"),
])
def test_initials_before_a_street_name(text, place):
    assert got(text, "locations") == [place]

"""Spain's squares named by a common word after "de" ("plaza de regla", "plaza de mina", "plaza de la universidad"): the
word names the square, as after "avenida" or "paseo". Invented texts."""
import pytest

from nlp import extract


def places(text):
    return extract(text).to_dict()["locations"]


@pytest.mark.parametrize("text, place", [
    ("han roto el escaparate de la farmacia de la plaza de la paja, hay cristales por todos lados", "plaza de la paja"),
    ("los del bar de la plaza de la fruta venden coca los findes", "plaza de la fruta"),
    ("en la plaza del pino hay uno con un palo amenazando a la gente", "plaza del pino"),
])
def test_a_common_word_after_plaza_de_names_the_square(text, place):
    assert place in places(text)


@pytest.mark.parametrize("text", [
    "el vecino del tercero aparca su moto en mi plaza de garaje todos los dias y no me deja salir",
    "alguien me ha rayado el coche en mi plaza de aparcamiento esta noche",
])
def test_a_parking_space_is_no_square(text):
    assert places(text) == []

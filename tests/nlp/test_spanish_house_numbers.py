"""Spain's addresses written number first ("el 41 de la calle ...", nlp/spanish_street_tails.house_number_head) keep
the number; a floor and door after the street ("3ºB") is no part of the place (tagged_places_es.FLOOR_RE)."""
import pytest

from nlp import extract


@pytest.mark.parametrize("text, places", [
    ("hay una pelea a navajazos en el portal del 23 de la calle zurbaran ahora mismo", ["23 de la calle zurbaran"]),
    ("se oye gritar a una mujer en el 9 de la avenida de portugal, venid ya", ["9 de la avenida de portugal"]),
    ("mi padre se ha caido y no responde, estamos en el 12 de la calle toledo 2ºA", ["12 de la calle toledo"]),
    ("la del portal 14 de la calle goya pone la musica a tope", ["calle goya"]),
])
def test_number_before_spain_street(text, places):
    assert extract(text).to_dict()["locations"] == places

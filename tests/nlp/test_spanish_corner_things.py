"""A street followed by "con" and an article before a common noun is the street, then what it has; "con" before a
street word is not judged so (nlp/spanish_corners.with_a_thing)."""
import pytest

from nlp import extract


@pytest.mark.parametrize("text, places", [
    ("hay una furgoneta en la calle alondra con la puerta lateral abierta, no es urgente", ["calle alondra"]),
    ("lleva un mes en la calle gardenia con las ruedas pinchadas, nadie la mueve", ["calle gardenia"]),
])
def test_con_a_thing_is_no_second_street(text, places):
    assert extract(text).to_dict()["locations"] == places


def test_con_a_street_word_keeps_the_street():
    places = extract("hay una pelea en la calle alondra con la avenida del puerto ahora mismo").to_dict()["locations"]
    assert "avenida del puerto" in " ".join(places)

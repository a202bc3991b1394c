"""A street or colonia named for a person runs on over the person's whole name: more given names, a "de" surname, a
surname and the house number (nlp/spanish_person_streets.py). Invented texts."""
import pytest

from nlp import extract


def places(text):
    return extract(text).to_dict()["locations"]


@pytest.mark.parametrize("text, place", [
    ("hay un incendio en la calle jose antonio de armona 12 y nadie sale", "calle jose antonio de armona 12"),
    ("asaltaron a un señor en la colonia emiliano carranza hace rato", "colonia emiliano carranza"),
    ("un coche parado en la avenida timoteo barcala con las luces puestas", "avenida timoteo barcala"),
    ("hay pelea en la calle eugenia ortuño 40 y sigue", "calle eugenia ortuño 40"),
])
def test_a_person_named_street_takes_the_whole_name(text, place):
    assert place in places(text)


def test_a_count_after_the_name_is_no_house_number():
    assert "calle jose antonio de armona 3 tipos" not in " ".join(places(
        "en la calle jose antonio de armona 3 tipos le pegan a uno"))

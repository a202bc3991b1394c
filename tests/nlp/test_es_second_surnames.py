"""A street or colonia named for a person by both surnames keeps the second one, common word or not."""
import pytest

import nlp


@pytest.mark.parametrize("text, place", [
    ("chocaron dos carros en la av gonzalez ortega y hay un herido", "av gonzalez ortega"),
    ("asaltan a cada rato en la colonia perez palacios por las noches", "colonia perez palacios"),
    ("un bato armado en el bulevar hernandez moreno ahorita", "bulevar hernandez moreno"),
])
def test_second_surname_kept(text, place):
    assert place in nlp.extract(text).to_dict()["locations"]


def test_no_verb_taken_as_surname():
    places = nlp.extract("en la colonia ramirez roban carros cada noche").to_dict()["locations"]
    assert "colonia ramirez" in places

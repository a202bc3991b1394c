"""Towns after "hasta" (where a chase or a trip ends) and "esto es" (the tipster saying where all this is), read by
nlp/spanish_areas.find_towns from the town lists. Invented texts."""
import pytest

from nlp import extract


@pytest.mark.parametrize("text, place", [
    ("un coche gris me ha seguido desde la gasolinera hasta alcobendas, ya estoy en casa", "alcobendas"),
    ("le persiguieron con un palo hasta torre del mar y alli le pegaron", "torre del mar"),
    ("unos tios queman contenedores cada noche en la plaza, esto es carabanchel", "carabanchel"),
])
def test_town_after_hasta_or_esto_es(text, place):
    assert place in extract(text).locations


def test_hasta_before_a_common_word_is_no_town():
    assert extract("llevan de fiesta hasta mañana y no dejan dormir").locations == []

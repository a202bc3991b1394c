"""A street named with "de (la) X" ends before the word that carries the sentence on ("hay", a day, a gerund, a word of
nlp/data/es/run_on_words.txt), as it does before a comma (nlp/spanish_de_names.py)."""
import pytest

import nlp


@pytest.mark.parametrize("text, place", [
    ("en la calle virgen de la soledad hay un coche ardiendo", "calle virgen de la soledad"),
    ("me robaron la cartera en la calle puerta de moros el domingo por la mañana", "calle puerta de moros"),
    ("un hombre va por la calle cruz de la piedra corriendo con un cuchillo", "calle cruz de la piedra"),
])
def test_de_name_before_clause_word(text, place):
    assert place in nlp.extract(text).to_dict()["locations"]


def test_gerund_is_no_name():
    from nlp.spanish_run_on_words import gerund
    assert gerund("persiguiendo") and gerund("robando")
    assert not gerund("fernando") and not gerund("armando")

"""A plea, call or sign-off of the tipster's is no place in a Spanish tip (nlp/spanish_plea_words.py, es/plea_words.txt):
"92 n 6th st, apurense" is the address alone; after a place cue the word may be the town ("en socorro"). Invented texts."""
import pytest

from nlp import extract


def places(text):
    return [p.lower() for p in extract(text).to_dict()["locations"]]


@pytest.mark.parametrize("text, want", [
    ("se metieron a mi casa, estoy escondida en el baño, 340 w pine st, apurenle", ["340 w pine st"]),
    ("hay un hombre con un cuchillo en la puerta, 88 e main st, vengan", ["88 e main st"]),
    ("ayudenme, mi esposo se cayo y no respira, 1500 de la oak ave", ["1500 de la oak ave"]),
    ("oiga, hay un carro quemandose en la 12th st y el niño esta adentro", ["12th st"]),
    ("auxilio, me estan siguiendo por la 3rd ave", ["3rd ave"]),
    ("me quieren robar el carro ahorita en el 200 de la pine st, apurate", ["200 de la pine st"]),
    ("porfa manden a alguien, 77 n 5th st", ["77 n 5th st"]),
    ("socorro, hay fuego en la cocina, 41 s elm st", ["41 s elm st"]),
    ("oigan urge, mi vecino esta tirado en el patio y no contesta", []),
    ("me escondi detras de la lavadora, send help", []),
])
def test_a_plea_is_no_place(text, want):
    assert places(text) == want


def test_a_shouted_plea_is_no_place():
    assert "socorro" not in places("SOCORRO, me estan pegando en la 5th st")

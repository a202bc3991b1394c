"""A US town in a Spanish tip keeps the state code written after it ("laredo tx"), as English does; a code that is a
Spanish word ("al", "pa") is a state only at a clause end (nlp/spanish_town_states.py)."""
import pytest

from nlp import extract


@pytest.mark.parametrize("text, places", [
    ("una troca gris anda robando llantas en pharr tx cada noche", ["pharr tx"]),
    ("mcallen tx, un vato en bici se mete a los patios a robar", ["mcallen tx"]),
    ("vi al carro en el walmart de tucson al salir del trabajo", ["tucson"]),
])
def test_town_takes_its_state(text, places):
    assert extract(text).to_dict()["locations"] == places

"""Village second words that are ordinary words too ("power", "fell", "brook") join a village only when the next word
does not show the ordinary use ("didcot power station", "pelton fell off his bike")."""
import pytest

from nlp import extract
from nlp.village_tails import joined_end


@pytest.mark.parametrize("text, value, expected", [
    ("someone dumping fridges by the layby in ashby thorns most nights", "ashby", "ashby thorns"),
    ("kids on quads tearing round the rec in marston power, not urgent", "marston", "marston power"),
    ("a tarmac gang going door to door in hexley fell today", "hexley", "hexley fell"),
    ("bloke keeps parking on the verge in tolley brook", "tolley", "tolley brook"),
    ("shed broke into at the allotments in wolton herring", "wolton", "wolton herring"),
    ("lads racing on the green at stanway bishops every sunday", "stanway", "stanway bishops"),
])
def test_tail_word_joined(text, value, expected):
    start = text.index(value)
    assert text[start:joined_end(text, start + len(value), value)] == expected


@pytest.mark.parametrize("text, value", [
    ("black smoke pouring out of didcot power station right now", "didcot"),
    ("my nan in hexley fell over on the ice outside the shop", "hexley"),
    ("the lad at tolley brook street was selling weed", "tolley"),
])
def test_ordinary_use_left_alone(text, value):
    start = text.index(value)
    assert joined_end(text, start + len(value), value) == start + len(value)


def test_whole_text():
    assert "whaley thorns" in extract("fight outside the chippy in whaley thorns, 3 lads, one has a bat").locations

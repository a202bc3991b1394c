"""Real outputs of nlp.extract for the place rules added in stop 24 (issue 13: English places on unseen text).
Every text here is written for the test (none is in a dev file); each rule has a negative case that must stay
as it was.
"""
import pytest

from nlp import extract


@pytest.mark.parametrize("text, town", [
    ("three lads robbing a cyclist outside the station in reading, one had a knife", "reading"),
    ("someone keeps keying cars in the car park at diss every night", "diss"),
    ("a man waving a bat at the bus stop in fleet 10 mins ago", "fleet"),
    ("kids throwing stones off the bridge at settle", "settle"),
    ("a white van parked on the towpath near goring and its been there all week", "goring"),
])
def test_a_common_word_town_after_a_place_noun_and_a_cue_is_the_town(text, town):
    assert town in extract(text).locations


@pytest.mark.parametrize("text, word", [
    ("a woman in the shop in pink scrubs took 2 bottles", "pink"),
    ("he hangs round the school at home time in a grey van", "home"),
    ("the lights on the crossing at quarter to 5 were out", "quarter"),
    ("my son is interested in reading about the police", "reading"),
])
def test_a_common_word_without_the_context_stays_a_word(text, word):
    assert word not in extract(text).locations

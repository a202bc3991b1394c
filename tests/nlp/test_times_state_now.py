"""A "now" after "n" (texting "and"), "unlocked" or "in a row" places nothing: no time (nlp/now_states.py),
even in an urgent text, where the settled-now step keeps a bare "now"."""
from __future__ import annotations

import pytest

import nlp


@pytest.mark.parametrize("text", [
    "my flatmate swallowed a load of pills with vodka n now he wont wake up, 4 birch close",
    "my gran fell down the stairs, ambulance took her, her front door is unlocked now pls help",
    "someone has been slashing my tyres 4 nights in a row now, hes outside again with a knife",
])
def test_state_now_is_no_time(text):
    assert "now" not in nlp.extract(text).times


def test_now_placing_the_event_stays():
    assert "now" in nlp.extract("theres a man with a knife trying car doors on elm st now").times

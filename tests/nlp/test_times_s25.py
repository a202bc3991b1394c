"""Times (issue 13, session 25): kinds of text that fell on heldout7 (a state "now", dates, hedges, counts)."""
from __future__ import annotations

import pytest

import nlp


@pytest.mark.parametrize("text", [
    "someone nicked the mower from my shed last week, my dad has a new padlock on it now",
    "a van clipped my wing mirror on tuesday, my insurance says its on me now",
    "the lad who robbed my nan in 2019 is out of prison now, can i find out where he lives",
    "sold a phone online and the buyer reversed the payment, now he blocked me",
])
def test_a_now_in_a_calm_report_is_a_state_not_a_time(text):
    assert "now" not in nlp.extract(text).times


@pytest.mark.parametrize("text", [
    "a man is kicking my front door in now, he has a hammer",
    "2 lads with knives chasing a boy down vine street now",
])
def test_a_now_in_an_emergency_places_it(text):
    assert "now" in nlp.extract(text).times

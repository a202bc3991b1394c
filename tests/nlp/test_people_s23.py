"""People (issue 13, session 23): ages of the very old, after a kin word; data words for hair and clothing."""
from __future__ import annotations

import pytest

import nlp


@pytest.mark.parametrize("text,age", [
    ("my grandma has gone out in the snow, shes 93 and a bit confused", "93"),
    ("my nans 88 and someone rang her pretending to be the bank", "88"),
    ("my grandad is 96 and a man came round saying the roof needs doing", "96"),
])
def test_an_age_after_a_kin_word_or_is_counts_up_to_99(text, age):
    assert age in nlp.extract(text).people


@pytest.mark.parametrize("text", [
    "the bus was 95 minutes late again on the ring road",
    "my dads 2 streets away from the fire",
    "he owes me 95 quid and wont pay",
])
def test_a_number_that_is_no_age_stays_out(text):
    assert nlp.extract(text).people == []

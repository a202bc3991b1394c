"""Stop 34: an age said of a group with "they're" is an age with no person word (nlp/people_clause_ages.py)."""
from __future__ import annotations

import pytest

import nlp


@pytest.mark.parametrize("text,age", [
    ("some kids keep throwing stones at the trains from the bridge, they're 11, proper dangerous", "11"),
    ("the ones egging the houses on our road, theyre only 13 but they dont care", "13"),
    ("lot of youths drinking in the graveyard again, they're all 16 or 17 and very loud", "16 or 17"),
])
def test_a_they_age_is_an_age(text, age):
    assert age in nlp.extract(text).people


@pytest.mark.parametrize("text,absent", [
    ("the fire engines are on their way, theyre 5 mins away, the smoke is everywhere", "5"),
    ("the lads who did it live on our street, theyre 2 doors down from me", "2"),
])
def test_a_they_count_is_no_age(text, absent):
    assert absent not in nlp.extract(text).people

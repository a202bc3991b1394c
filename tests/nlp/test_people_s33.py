"""Stop 33: a school year ("hes year 10", "from year 8") is no age (nlp/people.py, MONEY_BEFORE)."""
from __future__ import annotations

import pytest

import nlp


@pytest.mark.parametrize("text,absent", [
    ("a boy at my daughters school keeps sending her threats on insta, hes year 11", "11"),
    ("theres a lad from year 9 selling vapes round the back of the sports hall", "9"),
    ("some older kid is taking dinner money off the kids in year 7, hes tall with a black coat", "7"),
])
def test_a_school_year_is_no_age(text, absent):
    assert absent not in nlp.extract(text).people


@pytest.mark.parametrize("text,age", [
    ("a boy at my daughters school keeps sending her threats on insta, hes 15", "15"),
    ("some older kid is taking dinner money off the year 7s, hes about 14, black coat", "about 14"),
])
def test_an_age_still_counts(text, age):
    assert age in nlp.extract(text).people

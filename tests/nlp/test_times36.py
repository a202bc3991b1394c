"""Times (stop 36): a weekday with its date as an ordinal ("sat 14th"). Texts invented for these tests."""
from __future__ import annotations

import pytest

import nlp


@pytest.mark.parametrize("text, time", [
    ("car boot sale on the rec sat 14th so the lane will be busy", "sat 14th"),
    ("bonfire at the farm behind the school saturday 5th, dont panic about the smoke", "saturday 5th"),
    ("my shed was done over fri the 21st, mower gone", "fri the 21st"),
])
def test_a_weekday_and_its_ordinal_date(text, time):
    assert time in nlp.extract(text).times


def test_an_ordinal_that_counts_is_no_date():
    assert nlp.extract("he came sat 3rd time lucky in the race").times == []

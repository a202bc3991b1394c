"""A lower-case village no list knows ends before a verb's -ing form, written whole or with its g dropped."""
import pytest

import nlp


@pytest.mark.parametrize("text, place", [
    ("someone at the car boot at pellbrough sellin new drills cheap", "pellbrough"),
    ("two lads in hoods at grimsthwaite trying car doors", "grimsthwaite"),
])
def test_village_before_a_participle_found(text, place):
    assert place in [value.lower() for value in nlp.extract(text).locations]


def test_a_typo_before_a_noun_is_still_no_village():
    assert nlp.extract("he parked outside thier house again").locations == []

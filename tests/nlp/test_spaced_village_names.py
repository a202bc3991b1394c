"""Village names written "X on Y" with spaces: the place before and the name after are one span."""
import pytest

import nlp
from nlp.spaced_village_names import joined_end


@pytest.mark.parametrize("text, value, expected", [
    ("somebody nicked the quad from the yard at bishops castle near clunbury on clun, last night", "clunbury",
     "clunbury on clun"),
    ("boy racers every night through barton on the hill, proper loud", "barton", "barton on the hill"),
    ("sheep loose on the road at newton by the sea this morning", "newton", "newton by the sea"),
    ("kids on the roof of the village hall in wigby on ouse tonight", "wigby", "wigby on ouse"),
])
def test_joining_word_and_name_joined(text, value, expected):
    start = text.index(value)
    assert text[start:joined_end(text, start + len(value))] == expected


@pytest.mark.parametrize("text, value", [
    ("fight outside the chippy in leeds on tuesday, 3 lads", "leeds"),            # a day, not a name
    ("the spar in frome on keyford road got robbed", "frome"),                    # a street follows
    ("someone keyed my car in bath by the green", "bath"),                        # a spot in the town
    ("car parked in taunton under the bridge", "taunton"),                        # "under the" joins nothing
])
def test_days_streets_and_spots_are_not_joined(text, value):
    start = text.index(value)
    assert joined_end(text, start + len(value)) is None


def test_extract_gives_one_span_not_the_river():
    locations = nlp.extract("lads fighting outside the pub in hay on wye, one bleeding").locations
    assert "hay on wye" in [place.lower() for place in locations]
    assert "wye" not in [place.lower() for place in locations]

"""A name after "name", "my name is", "his name was" is a person, not a place, whether the rules or the tagger find it
(nlp/places.py NAMED_BEFORE_RE, nlp/tagged_not_places.py)."""
import pytest

import nlp


@pytest.mark.parametrize("text, name", [
    ("please ring me back about the stolen bike, my name is Karen Ashby", "Ashby"),
    ("the lad who hit me lives in selby, name Craig Buxton", "Buxton"),
    ("he said his name was Hamilton and drove off", "Hamilton"),
])
def test_name_after_name_is_no_place(text, name):
    assert not any(name.lower() in place.lower() for place in nlp.extract(text).locations)


def test_place_after_a_street_name_stays():
    assert "Elm Grove" in nlp.extract("the street name is Elm Grove and he lives at 4").locations

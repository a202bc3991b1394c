""""fold" and "garth" are street words of northern England ("41 chapel fold", "6 glebe garth"): after a house
number the address is found, and the town written after it too."""
import pytest

import nlp


@pytest.mark.parametrize("text, expected", [
    ("someone smashed the car windows at 12 mill fold halton last night", ["12 mill fold", "halton"]),
    ("old man fallen in the garden at 3 church garth and cant get up", ["3 church garth"]),
])
def test_a_numbered_fold_or_garth_is_an_address(text, expected):
    assert sorted(nlp.extract(text).locations) == sorted(expected)


@pytest.mark.parametrize("text", [
    "he told me to fold the pushchair up and get off the bus",
    "Garth keeps sending me threats on facebook",
])
def test_fold_and_garth_alone_are_no_street(text):
    assert nlp.extract(text).locations == []

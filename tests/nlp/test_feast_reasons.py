"""A holiday written after "its" gives the reason for the noise, not a time ("but its bonfire night so probs not"):
nlp/feast_reasons.py; and "on" / "at" before a holiday is dropped as before a day (ANNOTATION.md, stop 38). Variants
written for stop 39, not copied from dev."""
import pytest

from nlp import extract


@pytest.mark.parametrize("text, expected", [
    ("heard 2 bangs that might be gunshots but its bonfire night so probs not", []),
    ("loud bangs all over the estate but its just bonfire night, ignore", []),
    ("i heard what sounded like shots but its new years eve, the neighbours have fireworks", []),
    ("popping noises out back but it's the 4th of july so prob nothing", []),
    ("big flashes in the sky, its diwali so no worries", []),
    ("kids in masks knocking doors but its halloween, no harm", []),
    ("theres a lot of bangs but its guy fawkes night, they have a licence", []),
    ("people shouting in the street but its hogmanay so fair enough", []),
    ("fireworks going off near the flats, its new year, just letting u know", []),
    ("kids throwing eggs at the bus, its halloween tonight", ["tonight"]),
    ("someone threw a firework at my dog on bonfire night", ["bonfire night"]),
    ("my car was keyed on christmas eve outside my mums", ["christmas eve"]),
    ("they smash the bus shelter every halloween", ["every halloween"]),
    ("3 bikes nicked since christmas from the shed", ["since christmas"]),
    ("my ex says hes taking the kids at christmas", ["christmas"]),
    ("kids threw eggs at my windows on halloween", ["halloween"]),
])
def test_feast_reasons(text, expected):
    assert [x.lower() for x in extract(text).times] == expected

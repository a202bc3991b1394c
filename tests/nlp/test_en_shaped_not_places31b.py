"""Spans the location tagger finds on its own that are no place by their shape (stop 31, round 2, from
heldout14's false places; nlp/tagged_not_places.py): a short lower-case word of text-speak ("on ig", "ppl",
"tho", "the law"), a word and a digit run together ("some1"), a code after "ref" / "yr" / "ep" / "flat", and a
span of years ("1998-2003"). Every text is written for the test (none is in a dev file).
"""
import pytest

from nlp import extract
from nlp.tagged_not_places import shaped_not_place


@pytest.mark.parametrize("text", [
    "my cousin keeps sending threats on ig, says hes coming for me",
    "some1 hacked my facebook and is asking ppl for money",
    "bloke shouting at ppl outside the shop all day, harmless tho",
    "is it against the law to keep a crossbow in my shed",
    "bank gave me ref KX-55012 for the fraud, do i need a crime number too",
    "my daughter is in yr 9 and a lad keeps sending her pics",
    "she lived with him from 2004-2011 and he hit her the whole time",
    "the man from flat 14 keeps banging on my door at night",
])
def test_a_shaped_word_is_no_place(text):
    assert not extract(text).locations


@pytest.mark.parametrize("text, place", [
    ("lads racing cars round the industrial park in kc every weekend", "kc"),
    ("a lorry has shed its load on the b4427 near grittleton", "b4427"),
])
def test_a_short_town_name_or_road_number_stays(text, place):
    assert place in [value.lower() for value in extract(text).locations]


@pytest.mark.parametrize("value, start, expected", [
    ("on ig now", 3, True),
    ("in kc now", 3, False),
    ("ref 55/1180", 0, True),
])
def test_the_shape_rule(value, start, expected):
    end = value.find(" ", start)
    end = len(value) if end < 0 or value.startswith("ref") else end
    assert shaped_not_place(value, start, end) is expected

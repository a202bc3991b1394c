"""Scottish "<head> of <name>" places (nlp/of_names.py): "bridge of cally", "Bridge of Tilt"."""
import pytest

import nlp


@pytest.mark.parametrize("text, expected", [
    ("quad bike stolen from a farm at mains of auchterless overnight", "mains of auchterless"),
    ("man in the river at Bridge of Orchy, shouting for help", "Bridge of Orchy"),
    ("sheep worrying near kirkton of glenbuchat again", "kirkton of glenbuchat"),
])
def test_head_of_name_is_one_place(text, expected):
    assert expected in nlp.extract(text).locations


@pytest.mark.parametrize("text", [
    "kids throwing stones off the bridge of the railway",
    "hes drinking the water of life all day",
])
def test_head_of_a_word_is_no_place(text):
    assert not any(" of " in place for place in nlp.extract(text).locations)

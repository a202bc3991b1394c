"""A town the tagger ran on into the verb phrase after it: "at tetbury and wont stop", "in marlow keep doin"."""
import pytest

from nlp.run_on_tails import cut_run_on


@pytest.mark.parametrize("value, expected", [
    ("tetbury and wont stop", "tetbury"),
    ("marlow keep doin wheelies", "marlow"),
    ("eastleigh and ran off", "eastleigh"),
    ("north petherton and hit", "north petherton"),
])
def test_inner_run_on_word_cuts_the_span(value, expected):
    assert cut_run_on(value) == expected


@pytest.mark.parametrize("value", [
    "Hit Lane", "Keep Street", "kings and queens road", "tetbury",
])
def test_a_name_without_a_lower_case_run_on_word_is_kept(value):
    assert cut_run_on(value) == value

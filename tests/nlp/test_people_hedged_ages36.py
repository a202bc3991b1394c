"""Hedged ages (stop 36): a ceiling hedge is part of the age ("cant be more than 20", "no older than 9"), and a
clause age may be a pair joined by "or" ("about 15 or 16,")."""
import pytest

from nlp import extract


@pytest.mark.parametrize("text, wanted", [
    ("girl sat on the bridge railing, cant be more than 16, black parka, nobody stopping", "cant be more than 16"),
    ("a little lad no older than 9 riding a scooter down the dual carriageway", "no older than 9"),
    ("kid on a dirt bike, can't be over 14, tearing round the rec", "can't be over 14"),
    ("youths throwing eggs at the bus most nights, about 13 or 14, one in a red puffer", "about 13 or 14"),
])
def test_hedged_age_is_one_span(text, wanted):
    assert wanted in extract(text).people


@pytest.mark.parametrize("text", [
    "the guy said the bus cant be more than 10 minutes away",
    "a guy in a red coat said it was no more than 40 quid",
])
def test_no_age_from_other_numbers(text):
    assert not any("than" in p for p in extract(text).people)

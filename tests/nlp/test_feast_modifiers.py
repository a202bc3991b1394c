"""A feast's name that modifies a noun is no time (nlp/feast_modifiers.py); one that says when stays.
Texts written for this test."""
import pytest

from nlp import extract


@pytest.mark.parametrize("text", [
    "my daughters halloween outfit has a plastic knife, is that ok to take on the bus",
    "the screaming is just the halloween maze at the farm park, ignore",
    "loud bangs over the hill, its only bonfire night fireworks i think",
    "tranquilos, el muerto en el porche es un muñeco de halloween",
    "no vengan, era mi hermano disfrazado pa halloween",
])
def test_feast_as_modifier_is_no_time(text):
    assert extract(text).times == []


@pytest.mark.parametrize("text, times", [
    # (stop 39: "its halloween" after the event gives its reason, no time, nlp/feast_reasons.py; "on" is dropped before
    # a holiday as before a day, ANNOTATION.md stop 38)
    ("eggs all over my car on halloween, 2 lads in masks", ["halloween"]),
    ("kids threw a banger at my cat on bonfire night, she wont come in", ["bonfire night"]),
])
def test_feast_as_time_stays(text, times):
    assert extract(text).times == times


def test_the_noo_is_now():
    assert extract("big fight ootside the chippy in methil the noo, 4 lads").times == ["the noo"]

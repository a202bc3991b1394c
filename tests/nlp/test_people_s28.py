"""People (stop 28): a football club whose short name starts with "man" is a brand before a garment."""
from __future__ import annotations

import pytest

import nlp


@pytest.mark.parametrize("text,description", [
    ("lad in a man utd top kicking the bus shelter on park road, about 15", "man utd top"),
    ("bloke about 50 in a man city hoodie tried the door of my van", "man city hoodie"),
    ("big fella, shaved head, man united shirt, selling outside the bookies", "man united shirt"),
])
def test_a_club_top_is_one_description(text, description):
    assert description in nlp.extract(text).people


@pytest.mark.parametrize("text", [
    "a tall man in a suit was shouting at the lollipop lady",
    "my neighbour is a man city fan and hes been shouting at the telly all night",
])
def test_a_man_is_no_club_without_one(text):
    people = nlp.extract(text).people
    assert not any(("man utd" in p or "man city" in p or "man in" in p) for p in people)


@pytest.mark.parametrize("text,description", [
    ("3 wee neds kicking a football at the windows of the community centre in methil", "3 wee neds"),
    ("about 5 neds on bikes chuckin eggs at the buses on high street", "about 5 neds"),
    ("4 wee lads climbing on the garage roofs behind the flats", "4 wee lads"),
])
def test_scots_counted_groups(text, description):
    assert description in nlp.extract(text).people


@pytest.mark.parametrize("text", [
    "a van keeps parking across our drive and i cant get my 3 kids to school",
    "someone is following our 2 girls home from the bus stop every day",
])
def test_the_tipsters_own_children_are_no_description(text):
    assert not any(p.endswith(("kids", "girls")) for p in nlp.extract(text).people)


def test_someone_elses_counted_children_still_count():
    assert "3 kids" in nlp.extract("3 kids on bikes throwing stones at the buses on church road").people

"""Scots spellings of people descriptions (stop 36): "aw in black", "5 o them", "jaicket", a lassie or wean
with a hedged age ("lassie aboot 20", "wean maybe 4")."""
import pytest

from nlp import extract


@pytest.mark.parametrize("text, wanted", [
    ("three neds at the chippy on main st, aw in black, wan wi a blade", ["aw in black"]),
    ("wee team kickin aff at the park, big fight, 4 o them on the grun", ["4 o them"]),
    ("a laddie in a blue jaicket just snatched a bag fae a wifie at the station", ["blue jaicket"]),
    ("theres a lassie aboot 16 greetin at the bus stop on her own", ["aboot 16"]),
    ("a wean maybe 3 wanderin on the road by the farm, nae adults", ["maybe 3"]),
])
def test_scots_descriptions(text, wanted):
    people = extract(text).people
    for value in wanted:
        assert value in people, (text, people)


def test_bairns_are_not_a_count_on_their_own():
    # the bairns a driver nearly hit are victims, not a group to look for
    assert "2 o them" not in extract("a lad on a motorbike near hit the bairns, 2 o them fell").people

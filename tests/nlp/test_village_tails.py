"""The last word of a village's name that the gazetteer leaves off: "junction", "priors", a saint after "st", a
landscape word ("fell", "brook", "power"), joined only when the next word does not show the word's ordinary use
("didcot power station", "pelton fell off his bike": data/en/village_tail_blockers.json)."""
import pytest

from nlp import extract
from nlp.village_tails import joined_end


@pytest.mark.parametrize("text, value, expected", [
    ("a van parked at kings langley junction all week", "kings langley", "kings langley junction"),
    ("sheep out on the road at compton magna, tell the farmer", "compton", "compton magna"),
    ("lads at the bus stop in hinton st george again", "hinton st", "hinton st george"),
])
def test_village_word_joined(text, value, expected):
    start = text.index(value)
    assert text[start:joined_end(text, start + len(value), value)] == expected


@pytest.mark.parametrize("text, value", [
    ("racing every night at the mill road end by the shop", "mill road"),
    ("cars crash at the oak lane / elm road junction all the time", "oak lane / elm road"),
    ("people dealing outside 12 church st john said", "12 church st"),
])
def test_street_ends_and_numbered_streets_left_alone(text, value):
    start = text.index(value)
    assert joined_end(text, start + len(value), value) == start + len(value)


@pytest.mark.parametrize("text, value, expected", [
    ("hare coursers in the fields past kirby hills last night", "kirby", "kirby hills"),
    ("someone keyed my van outside the chippy in ashby brook", "ashby", "ashby brook"),
    ("tarmac cowboys going door to door in hetton fell today", "hetton", "hetton fell"),
    ("someone dumping fridges by the layby in ashby thorns most nights", "ashby", "ashby thorns"),
    ("kids on quads tearing round the rec in marston power, not urgent", "marston", "marston power"),
    ("bloke keeps parking on the verge in tolley brook", "tolley", "tolley brook"),
    ("shed broke into at the allotments in wolton herring", "wolton", "wolton herring"),
    ("lads racing on the green at stanway bishops every sunday", "stanway", "stanway bishops"),
])
def test_landscape_tail_joined(text, value, expected):
    start = text.index(value)
    assert text[start:joined_end(text, start + len(value), value)] == expected


@pytest.mark.parametrize("text, value", [
    ("my nan in hetton fell over on the ice", "hetton"),
    ("the whole of ashby rocks and shakes when the lorries go by", "ashby"),
    ("black smoke pouring out of didcot power station right now", "didcot"),
    ("the lad at tolley brook street was selling weed", "tolley"),
])
def test_verb_or_ordinary_use_left_alone(text, value):
    start = text.index(value)
    assert joined_end(text, start + len(value), value) == start + len(value)


def test_whole_text():
    assert "whaley thorns" in extract("fight outside the chippy in whaley thorns, 3 lads, one has a bat").locations


@pytest.mark.parametrize("text, value, expected", [
    ("kids throwing stones at boats in cawston port again", "cawston", "cawston port"),
    ("caravan broke into at fenwick haven overnight", "fenwick", "fenwick haven"),
    ("someone stuck on the ledge at marske cliffs, tide coming in", "marske", "marske cliffs"),
])
def test_coast_tail_joined(text, value, expected):
    """"amlwch port", "patrington haven", "seaton cliffs": a coastal village's second word."""
    start = text.index(value)
    assert text[start:joined_end(text, start + len(value), value)] == expected

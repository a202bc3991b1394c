"""Stop 29 round 2, English places: kinds of text the location rules got wrong (texts invented, not from the dev sets)."""
import pytest

from nlp import extract
from nlp.hyphen_names import hyphen_tail_end


def locations(text: str) -> list[str]:
    return [value.lower() for value in extract(text).locations]


@pytest.mark.parametrize("text, place", [
    ("lads throwin stones at cars off the bridge in barnard-le-dale, one in a red hoodie", "barnard-le-dale"),
    ("quad bikes tearin up the common above cwm-gwyn again tonight", "cwm-gwyn"),
    ("car on its roof in the ditch just outside pont-y-mawr, driver wanderin about", "pont-y-mawr"),
])
def test_a_hyphened_name_is_one_place(text, place):
    assert place in locations(text)


def test_a_describing_tail_is_not_part_of_the_name():
    text = "x london-bound coach"
    assert hyphen_tail_end(text, 6) is None
    assert hyphen_tail_end("in cwm-gwyn now", 6) == 11
    assert hyphen_tail_end("the m6-m5 link", 6) is None   # two roads, not one name


@pytest.mark.parametrize("text, pub, town", [
    ("two lads scrappin outside the weaver and loom in tarleton, one has a bottle", "weaver and loom", "tarleton"),
    ("white van parked across the exit of the plough and sickle car park in brindle all day", "plough and sickle",
     "brindle"),
])
def test_a_lower_case_pub_of_two_things(text, pub, town):
    found = locations(text)
    assert pub in found and town in found


@pytest.mark.parametrize("text, not_pub", [
    ("the hit and run on preston road last week, any news", "hit and run"),
    ("saw the police and ambulance at penwortham earlier, whats happened", "police and ambulance"),
    ("i heard the shouting and screaming in walton from my window", "shouting and screaming"),
])
def test_pairs_that_are_no_pub(text, not_pub):
    assert not_pub not in locations(text)


@pytest.mark.parametrize("text, river", [
    ("some lads are swimmin in the tees by the old mill and one has gone under, cant see him", "the tees"),
    ("woman stood on the wrong side of the bridge rail starin at the ribble, she wont talk to me", "the ribble"),
])
def test_a_listed_river_by_its_name_alone(text, river):
    assert river in locations(text)


@pytest.mark.parametrize("text, not_river", [
    ("the wear on my tyres is weird since the garage had the car, they've done something", "the wear"),
    ("lads on bikes on the towpath of the trent and mersey canal at rugeley, fishin lines everywhere", "the trent"),
])
def test_a_river_name_that_is_not_the_river(text, not_river):
    assert not_river not in locations(text)


@pytest.mark.parametrize("text, street", [
    ("someone tried my car doors in the night, im at 22 maes y ffynnon, llanrug", "22 maes y ffynnon"),
    ("lads drinkin and smashin bottles in the close, 5 bro gwaun, please send someone", "5 bro gwaun"),
    ("theres a fire in the bin shed behind 31 tan yr allt", "31 tan yr allt"),
])
def test_a_welsh_estate_after_a_house_number(text, street):
    assert street in locations(text)


@pytest.mark.parametrize("text, not_street", [
    ("been stood outside for 20 min waitin, nobody came", "20 min waitin"),
    ("he nicked a 5 pen set from the shop", "5 pen set"),
])
def test_english_words_after_a_number_are_no_welsh_estate(text, not_street):
    assert not_street not in locations(text)


@pytest.mark.parametrize("text, store, street", [
    ("two guys in hoodies robbed the till at lucky star mart on w grand ave, ran off north", "lucky star mart",
     "w grand ave"),
    ("car broke into in the lot of the gopher mart on elm st last night", "gopher mart", "elm st"),
])
def test_a_local_mart_before_a_street(text, store, street):
    found = locations(text)
    assert store in found and street in found


def test_a_livestock_mart_is_no_named_store():
    assert "the mart" not in " ".join(locations("sheep nicked at the mart in welshpool last week"))

"""Stop 30, English places: kinds of text the location rules got wrong (texts invented, not from the dev sets)."""
import pytest

from nlp import extract
from nlp.possessive_names import possessive_end
from nlp.run_on_tails import cut_run_on
from nlp.shop_on_street import shop_on_street
from nlp.the_before_names import without_the


def locations(text: str) -> list[str]:
    return [value.lower() for value in extract(text).locations]


@pytest.mark.parametrize("text, place", [
    ("the lads by the chippy in tavistock sell pills out the back door", "tavistock"),
    ("kids at the quay in padstow set fire to a bin earlier, its out now", "padstow"),
    ("somebody dumpin tyres on elm st in bellevue every sunday night", "bellevue"),
])
def test_a_place_stops_before_what_happened_there(text, place):
    found = locations(text)
    assert place in found
    assert not any(value.startswith(place + " ") for value in found)


@pytest.mark.parametrize("value, cut", [
    ("burgh by sands and its bein", "burgh by sands"),
    ("kirkby n use", "kirkby"),
    ("e 35th st got ppl", "e 35th st"),
    ("7 and hasnt", ""),                     # a time, not a place
    ("Sunny Set", "Sunny Set"),              # a capitalised word may be a name's
    ("the open", "the open"),                # one word: nothing ran on
    ("hay on wye", "hay on wye"),
])
def test_cut_run_on(value, cut):
    assert cut_run_on(value) == cut


@pytest.mark.parametrize("text, number", [
    ("white charger doin like 110 on the 110 north past downtown, weavin thru traffic", "110"),
    ("guy in a grey tacoma threw a bottle at my car, we both took the 10 east toward redlands", "10"),
    ("road rage dude followed me off the 605 at the florence ave exit, hes still behind me", "605"),
])
def test_a_freeway_by_its_number(text, number):
    assert number in locations(text)


@pytest.mark.parametrize("text", [
    "a man was shouting at the driver on the 52 at the stop by the library",
    "lost my wallet on the 84 at about 6 tonight",
    "car broke into on the 400 block of e 9th st",
])
def test_a_bus_route_or_a_block_is_no_freeway(text):
    assert not any(value.isdigit() for value in locations(text))


@pytest.mark.parametrize("text, corner", [
    ("two guys fightin in the lot at 2nd and main in mcalester right now", "2nd and main"),
    ("somebody spray painted the bank on main and 7th last night", "main and 7th"),
])
def test_main_with_an_ordinal_is_a_corner(text, corner):
    assert corner in locations(text)


def test_main_alone_is_no_corner():
    assert locations("the main and the side doors were both kicked in") == []


@pytest.mark.parametrize("text, corner", [
    ("kids smashin car windows in the lot at 63rd & wolf ridge, like 4 of them", "63rd & wolf ridge"),
    ("someone crashed into the signal box at elm road & sandy knoll last night", "elm road & sandy knoll"),
])
def test_a_cross_street_of_two_words_at_a_corner(text, corner):
    assert corner in locations(text)


@pytest.mark.parametrize("text, corner", [
    ("lads drinkin on the steps at 12th and pine smashing bottles every night", "12th and pine"),
    ("theres a fight at 41st and yale tulsa, cops needed", "41st and yale"),
])
def test_a_verb_or_a_town_after_a_corner_is_not_its_name(text, corner):
    assert corner in locations(text)


@pytest.mark.parametrize("value, pieces", [
    ("Harbour Fish Bar on Quay Street", ("Harbour Fish Bar", "Quay Street")),
    ("joes on 5th ave", ("joes", "5th ave")),
])
def test_a_shop_on_a_street_is_two_places(value, pieces):
    split = shop_on_street(value)
    assert split is not None
    assert (value[:split[0]], value[split[1]:]) == pieces


@pytest.mark.parametrize("value", ["walton on the hill", "stoke on trent road", "wyoming ave at 5th st", "on oak st"])
def test_a_name_with_on_in_it_stays_whole(value):
    assert shop_on_street(value) is None


def test_a_shop_on_a_street_in_a_text():
    found = locations("two lads scrappin outside Star Kebabs on Market Street in hollinwood right now")
    assert "star kebabs on market street" not in found
    assert "market street" in found


@pytest.mark.parametrize("value, short", [
    ("the Silver Spur saloon", "Silver Spur saloon"),
    ("the Eastgate mall", "Eastgate mall"),
    ("the Bell", "the Bell"),                  # one word that is no shop keeps its "the"
    ("the cycle path", "the cycle path"),      # issue 13's exception
])
def test_the_before_a_name_of_two_words(value, short):
    assert without_the(value) == short


@pytest.mark.parametrize("start, end, whole", [
    (11, 17, "Big Al's Tyres"),          # "Big Al" of "Big Al's Tyres"
    (11, 23, "Catfish Jack's"),           # a lower-case word after it is what the shop sells
])
def test_a_shop_named_after_its_owner(start, end, whole):
    text = {"Big Al's Tyres": "outside of Big Al's Tyres in leigh", "Catfish Jack's": "outside of Catfish Jack's bait shop"}[whole]
    assert text[start:possessive_end(text, start, end)] == whole


def test_a_town_possessive_stays_the_town():
    text = "fight outside Reading's station"
    assert possessive_end(text, 14, 21) == 21


def test_a_time_after_a_bare_cross_street_is_not_its_name():
    assert "63rd & wolf" in locations("car windows smashed at 63rd & wolf overnight")

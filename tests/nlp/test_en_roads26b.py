"""Real outputs of nlp.extract for the US road forms added in stop 26's second round (county routes, Texas
farm-to-market roads, Kansas and Michigan letter highways, business and loop routes, an exit of a named road).
Every text is written for the test (none is in a dev file); each rule has a negative case that must stay as it was.
"""
import pytest

from nlp import extract
from nlp.codes import find_roads


@pytest.mark.parametrize("text, road", [
    ("truck in the ditch on county route 12 past the grain bins, driver slumped over", "county route 12"),
    ("cows out all over county hwy 9 by the old school", "county hwy 9"),
])
def test_a_county_route_keeps_its_county(text, road):
    assert road in extract(text).locations


@pytest.mark.parametrize("text, road", [
    ("man walking in the middle of fm 1518 with no shirt waving at cars", "fm 1518"),
    ("deer hit and a car flipped off fm 3009 just now", "fm 3009"),
    ("semi jackknifed on k-18 heading west, both lanes blocked", "k-18"),
    ("someone throwing rocks at cars off m-46 near the overpass", "m-46"),
    ("guy passed out in his car at the light on business 71, engine running", "business 71"),
    ("fight in the parking lot on n loop 410 right now", "n loop 410"),
])
def test_a_lower_case_state_or_branch_route_after_a_place_word(text, road):
    assert road in extract(text).locations


@pytest.mark.parametrize("text", [
    "the k-9 unit came out to the school today",
    "been in business 30 years and never seen this",
    "listening to fm 104.5 when the car hit me",
    "he went round the loop 3 times before he stopped",
])
def test_a_dog_unit_a_count_or_a_station_is_no_road(text):
    assert find_roads(text, frozenset(text.lower().replace(".", " ").replace("-", " ").split())) == []


@pytest.mark.parametrize("text, road", [
    ("car on fire on the shoulder of i-84 exit 12 near the rest area", "i-84"),
    ("broke down at US-30 exit 4, nobody stopping", "US-30"),
])
def test_an_exit_of_the_road_just_named_is_no_place_of_its_own(text, road):
    places = extract(text).locations
    assert road in places and not any(place.lower().startswith("exit") for place in places)


def test_an_exit_on_its_own_is_no_place_either():
    # ANNOTATION.md (stop 33, binding): an exit or junction number is no location, the road alone is; with no road
    # named there is none (dev: "on exit 12 ramp", "fillmore exit 163" label no exit). Stop 38 turned this test round.
    assert extract("two cars crashed at exit 14 and one is smoking").locations == []


@pytest.mark.parametrize("text", [
    "two quads tearing up and down the levee road all night with no lights",
    "someone dumped a fridge at the end of our farm lane again",
    "kids shooting at the cows from the ranch road behind our place",
    "a car is upside down in the ditch along the gravel road past the grain bins",
    "went up and down the farm road 3 times with the lights off",
])
def test_a_lower_case_road_named_for_its_kind_is_no_street(text):
    assert extract(text).locations == []


@pytest.mark.parametrize("text, street", [
    ("man with a shotgun on Levee Road by the pumping station", "Levee Road"),
    ("horses loose on farm road 2210 near the church", "farm road 2210"),
    ("shed broken into at 44 gravel hill lane overnight", "44 gravel hill lane"),
    ("shed broken into at 12 farm lane overnight", "12 farm lane"),
    ("a van keeps parking across the drives on ranch lane by the school", "ranch lane"),
])
def test_a_capitalised_or_numbered_road_of_that_kind_stays(text, street):
    assert street in extract(text).locations


@pytest.mark.parametrize("text, places", [
    ("a man been hanging round the bus shelter in alnwick at tea time every day", ["alnwick"]),
    ("someone keeps ringing my bell at 5ish most days on mill lane", ["mill lane"]),
])
def test_a_tagged_span_inside_a_time_is_no_place(text, places):
    assert extract(text).locations == places


def test_a_place_beside_a_time_stays():
    assert extract("fight outside the spar in selby around teatime").locations == ["spar", "selby"]


@pytest.mark.parametrize("text", [
    "a guy named Dave Hexham threatened me outside the chippy",
    "the lad who robbed me calls himself Tom Bristol online",
])
def test_a_town_after_a_given_name_after_a_naming_word_is_a_surname(text):
    assert not any(place in ("Hexham", "Bristol") for place in extract(text).locations)


def test_a_pub_called_by_name_stays_a_place():
    assert "Red Lion" in extract("fight kicking off in a pub called the Red Lion in Hexham").locations


@pytest.mark.parametrize("text", [
    "paid 60 for a fake hoodie off a seller on poshmark and now she blocked me",
    "my son spent 200 on fifa points with my card without asking",
    "bought gig tickets on a stubhub lookalike site and they never came",
])
def test_an_app_or_a_game_is_no_place(text):
    assert extract(text).locations == []

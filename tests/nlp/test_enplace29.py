"""Stop 29, English places: kinds of text the location rules got wrong (texts invented, not from the dev sets)."""
import pytest

from nlp import extract
from nlp.tagger_features import word_lists
from nlp.tail_verbs import past_tense, verb_form


def test_past_tense_words():
    common = word_lists()["common"]
    assert past_tense("smashed", common) and past_tense("soaked", common) and verb_form("parked", common)
    assert not any(past_tense(w, common) for w in ("tweed", "seed", "bearsted", "merced"))


@pytest.mark.parametrize("text, place, not_place", [
    ("the phone box at wexcombe smashed again last night, third time", "wexcombe", "wexcombe smashed"),
    ("found a lad on the beach at portmellon soaked to the skin and shivering", "portmellon", "portmellon soaked"),
    ("boy racers through the middle of tarbury late at night most weekends", "tarbury", "tarbury late"),
    ("im on i 40 eastbound past kingman and a truck keeps tailgating me with a gun out", "i 40", "i 40 eastbound"),
])
def test_tail_word_is_not_the_place(text, place, not_place):
    locations = [value.lower() for value in extract(text).locations]
    assert place in locations and not_place not in locations


@pytest.mark.parametrize("text, place, generic", [
    ("two lads selling stolen bikes at the flea market in barnsley every sunday", "barnsley", "flea market"),
    ("man on the wrong side of the railing on the toll bridge at selby, please hurry", "selby", "toll bridge"),
    ("kids smashing bottles on the skate park in kirkby most nights", "kirkby", "skate park"),
    ("someone keyed my car outside the health centre in pelton this morning", "pelton", "health centre"),
])
def test_generic_facility_is_no_place(text, place, generic):
    locations = [value.lower() for value in extract(text).locations]
    assert place in locations and generic not in locations


def test_a_named_facility_stays():
    assert "Riverside Walk" in extract("guy exposing himself on Riverside Walk in the dark").locations


@pytest.mark.parametrize("text, place", [
    ("someone smashed my truck window outside 3120 se belmont st last night", "3120 se belmont st"),
    ("my ex is banging on the door at 810 los arboles dr nw and wont leave", "810 los arboles dr nw"),
    ("smoke comin out the apartment at 418 pine st w in selma al and nobody is answerin", "418 pine st w"),
])
def test_english_address_kept_whole(text, place):
    assert place in [value.lower() for value in extract(text).locations]


def test_spanish_text_keeps_its_reading():
    assert "calle bristol" in [v.lower() for v in extract("hay un hombre con una pistola en la calle bristol ahorita").locations]


@pytest.mark.parametrize("text, road", [
    ("somebody keeps dumping tires on old hwy 72 by the creek every weekend", "old hwy 72"),
    ("a truck with no lights doin 90 on old route 9 near the quarry", "old route 9"),
])
def test_old_numbered_road(text, road):
    assert road in [value.lower() for value in extract(text).locations]


def test_old_as_a_description_stays_out():
    assert "old hwy 72" not in [v.lower() for v in extract("the old guy on hwy 72 waves a gun at cars").locations]


@pytest.mark.parametrize("text, street, town", [
    ("kids throwing eggs at cars on the main street in ballyclare right now", "main street", "ballyclare"),
    ("guy sleeping in the doorway on n main st in sheldon, looks unwell", "n main st", "sheldon"),
])
def test_main_street_and_its_town(text, street, town):
    locations = [value.lower() for value in extract(text).locations]
    assert street in locations and town in locations


def test_bare_main_street_stays_out():
    assert extract("loads of traffic on the main street, nothing new").locations == []


@pytest.mark.parametrize("text, places, not_place", [
    ("shots fired from a truck on hwy 212 west of tolburn, 3 or 4 of them", ["hwy 212", "tolburn"], "hwy 212 west of tolburn"),
    ("bonfire party at 7 mill rise kelderby saturday, fireworks till late", ["kelderby"], "kelderby saturday"),
])
def test_place_split_from_direction_and_day(text, places, not_place):
    locations = [value.lower() for value in extract(text).locations]
    assert all(place in locations for place in places) and not_place not in locations

"""A town and the facility or open ground named after it are one place (lexicon.json facilities_after_town,
en/feature_tail_words.txt): "kemble airfield", "rotherham town hall", "epsom downs". Variants written for stop 37."""
import pytest

from nlp.pipeline import extract


def places(text):
    return sorted(value.lower() for value in extract(text).locations)


@pytest.mark.parametrize("text, expected", [
    ("someone cutting the fence at kemble airfield last night", ["kemble airfield"]),
    ("smoke pouring out of ferrybridge power station now", ["ferrybridge power station"]),
    ("fight outside rotherham town hall right now", ["rotherham town hall"]),
    ("drone over shobdon aerodrome at 2am", ["shobdon aerodrome"]),
    ("tents slashed at keswick campground last night", ["keswick campground"]),
    ("kids on quads all over epsom downs every sunday", ["epsom downs"]),
    ("car broken into at dunster village hall during the fete", ["dunster village hall"]),
    ("quad stolen from the kelso showground overnight", ["kelso showground"]),
    ("guy with a gun at the springfield city hall, people running", ["springfield city hall"]),
    ("someone dumped a trailer at lulsgate airport car park", ["lulsgate airport"]),
])
def test_the_facility_word_is_part_of_the_name(text, expected):
    assert places(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("fight outside the town hall right now", []),
    ("lads at the village hall disco kicking off", []),
    ("man on the moor with a shotgun", []),
])
def test_a_facility_word_without_a_town_adds_no_place(text, expected):
    assert places(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("lads on the runway at little rissington airfield after dark", ["little rissington airfield"]),
    ("fly tipping on the lane by east kirkby airfield", ["east kirkby airfield"]),
    ("someone cut the fence at chilbolton aerodrome", ["chilbolton aerodrome"]),
    ("lights moving about on the old airfield at night", []),
])
def test_an_airfield_after_any_place_is_its_name(text, expected):
    assert places(text) == expected

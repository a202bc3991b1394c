"""A "today" right after a weather word describes the day, not the event ("its roasting today"): nlp/weather_today.py.
Variants written for stop 39, not copied from dev."""
import pytest

from nlp import extract


@pytest.mark.parametrize("text, expected", [
    ("dog left in a car outside tesco, its roasting today and hes panting", []),
    ("kid locked in a hot car, its boiling out today", []),
    ("its 30 degrees today and the dog has no water", []),
    ("baby in the car in the car park, scorching today, windows shut", []),
    ("old man wandering in his slippers, its freezing today", []),
    ("horse with no water in the field and its sweltering today", []),
    ("its baltic today and theres a lass sleepin in the doorway", []),
    ("poor dog tied up in the yard, its roastin hot today", []),
    ("its bakin today and the dog is in the van", []),
    ("its boiling hot today and the toddler is in the locked car", []),
    ("the dog was left in the car today, its roasting", ["today"]),
    ("someone slashed my tyres today", ["today"]),
    ("i saw him at the hot dog stand today", ["today"]),
    ("the pipes were cut today outside the flats", ["today"]),
])
def test_weather_today(text, expected):
    assert [x.lower() for x in extract(text).times] == expected

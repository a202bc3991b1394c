"""Stop 38: quad, side-by-side and scooter models named by an everyday word are read after their make, as car models
named by words are ("nissan note"): "honda foreman", "kawasaki brute force", "polaris sportsman 450", "honda vision";
"dually" (twin rear wheels) is a trim after a truck model. nlp/data/en/vehicle_models.json, read by nlp/vehicles.py
only right after a make, so the words alone stay plain words. Texts invented for these tests."""
from __future__ import annotations

import pytest

from nlp import extract


@pytest.mark.parametrize("text, vehicles", [
    ("a red honda foreman was nicked from the farm at hartley overnight", ["red honda foreman"]),
    ("green kawasaki brute force with no plates tearing through the woods", ["green kawasaki brute force"]),
    ("blue yamaha wolverine driving on the footpath by the school", ["blue yamaha wolverine"]),
    ("yellow kawasaki mule left burning in the lane", ["yellow kawasaki mule"]),
    ("kids on a red honda pioneer racing up the bridleway", ["red honda pioneer"]),
    ("grey polaris sportsman 450 nicked from the barn", ["grey polaris sportsman 450"]),
    ("white honda vision moped parked on the pavement every night", ["white honda vision"]),
    ("the suzuki rm keeps going up and down the back lane", ["suzuki rm"]),
    ("somebody took the yamaha grizzly out of the shed, its green", ["yamaha grizzly"]),
    ("lads on a honda rancher doing laps of the playing field", ["honda rancher"]),
    ("nc tag on a white f250 dually parked by the boat ramp", ["white f250 dually"]),
    ("my honda recon got taken from the garage last night", ["honda recon"]),
])
def test_a_quad_model_named_by_a_word_follows_its_make(text, vehicles):
    assert [v.lower() for v in extract(text).vehicles] == vehicles


@pytest.mark.parametrize("text", [
    "the site foreman wouldnt let us in to the yard",
    "a grizzly bear was seen by the campsite on the ridge",
    "the mule track behind the farm is blocked with a sofa",
    "his vision went blurry after the punch",
    "a dually parked on the verge with no plates",
    "my rm on the first floor was broken into",
])
def test_the_model_words_alone_are_no_vehicle(text):
    assert extract(text).vehicles == []

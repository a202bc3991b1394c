"""Stop 37: a trim written after the model is part of the vehicle in any case ("Corsa SRi", "Sportage GT Line", "golf
R") and the trims the lists lacked ("vxr", "sportback", "hybrid"); "type r" is a model with a colour or make beside
it. "R" before "reg" is a plate's year letter, not a trim. nlp/vehicles.py trim_length, nlp/data/en/vehicle_models.json.
Texts invented for these tests."""
from __future__ import annotations

import pytest

from nlp import extract


@pytest.mark.parametrize("text, vehicles", [
    ('a white golf R outside the school every night', ['white golf R']),
    ('purple corsa vxr tearing round the estate', ['purple corsa vxr']),
    ('grey audi a3 sportback went through the red', ['grey audi a3 sportback']),
    ('toyota auris hybrid had its cat taken off the drive', ['toyota auris hybrid']),
    ('red Vauxhall Corsa SRi parked on the kerb', ['red Vauxhall Corsa SRi']),
    ('white Kia Sportage GT Line with tints outside the park', ['white Kia Sportage GT Line']),
    ('lad racing a red type r round the retail park', ['red type r']),
    ('black astra vxr doing donuts in the car park', ['black astra vxr']),
    ('silver audi a1 sportback keyed in the multi storey', ['silver audi a1 sportback']),
    ('a blue civic type r with a massive exhaust', ['blue civic type r']),
])
def test_a_trim_after_the_model_is_kept(text, vehicles):
    assert extract(text).vehicles == vehicles


@pytest.mark.parametrize("text, vehicles", [
    ('a black fiesta, hybrid or not i dont know', ['black fiesta']),
    ('type r and press enter to continue', []),
    ('the silver corsa R reg was parked up', ['silver corsa']),
    ('grey van and a red car, sportback of the car smashed', ['grey van', 'red car']),
])
def test_near_misses_stay_calm(text, vehicles):
    assert extract(text).vehicles == vehicles

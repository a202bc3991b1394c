"""Stop 39: a fire still spreading to houses though the crews are there, with or without a fire word
(nlp/urgency_fire_spreading.py; help there never calms a danger that goes on).
Texts invented for the test (about ten variants of the kind and its near misses), none from the dev set."""
import pytest

import nlp

DANGER_NOW = [
    "fire crews are at the barn on moss lane but the fire is spreading to the houses next to it",
    "brigade are here but its jumping to the next roof, people still in no 12",
    "firefighters on scene at the warehouse on dock st but the flames are spreading toward the flats",
    "the fire department is there but the fire's spreading to the homes on either side",
    "grass fire at the common, one engine there but its spreading fast toward the caravans",
    "crew on the scene but its spreading to the houses on oak road",
    "fire engine came but the blaze is getting bigger and moving towards the petrol station",
    "theyre fighting it but the fire's gone into the next house now on bury road",
    "wildfire above the town, crews are on it but its coming down towards the homes on ridge rd",
]
CALM = [
    "crews on scene at the house fire on moss lane, its out, no one hurt",
    "the fire last week spread to the houses next door before they got it out",
    "firefighters are here, fire is under control and not spreading",
]


@pytest.mark.parametrize("text", DANGER_NOW)
def test_fire_spreading_now_is_urgent(text):
    assert nlp.extract(text).urgent, text


@pytest.mark.parametrize("text", CALM)
def test_fire_over_or_past_stays_calm(text):
    assert not nlp.extract(text).urgent, text

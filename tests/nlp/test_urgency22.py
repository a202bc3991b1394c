"""Urgency kinds fixed at stop 22 (texts written for these tests, not taken from the dev files)."""
import pytest

from nlp import extract


@pytest.mark.parametrize("text, urgent", [
    # a cue with the same words as the negation around it is not hidden by it: "not an emergency" is talk too
    ("not an emergency but theres a cat stuck up a tree in our back garden, the fire brigade said wait", False),
    ("no es emergencia pero mi vecino me sigue gritando cosas cuando salgo, puedo poner una queja?", False),
    # unchanged: a danger said to be going on right now still counts after "not an emergency"
    ("i thought it was not an emergency but hes got a knife to her throat right now", True),
])
def test_not_an_emergency_is_talk_as_well_as_a_negation(text, urgent):
    assert extract(text).urgent is urgent, extract(text).urgent_reason


@pytest.mark.parametrize("text, urgent", [
    # the dropped-g form of a cue counts as the cue: "shootin", "stabbin", "breakin into"
    ("some fella shootin at the windows of the flats across from me", True),
    ("two lads breakin into the pharmacy on dale road as we speak", True),
    # and so does the dropped-g form of a negation: "shootin hoops" is no shooting
    ("me and the kids were shootin hoops down the rec, a lovely afternoon", False),
    # a habit said "weekly" or "nightly" is not an emergency in progress
    ("folk overdosin in the car park behind the motel weekly, its a disgrace", False),
])
def test_dropped_g_cues_and_habits(text, urgent):
    assert extract(text).urgent is urgent, extract(text).urgent_reason

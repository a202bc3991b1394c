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

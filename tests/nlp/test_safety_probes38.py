"""The lead's end-of-stop-38 safety probes for round 2's calms (a danger dealt with, a service on the scene): help
being there never calms a danger that goes on (a weapon still held, not breathing, someone inside, a threat to come
back), and a danger really dealt with stays calm. Texts invented for this test."""
import pytest

import nlp


@pytest.mark.parametrize("text, urgent", [
    ("police are here but he still has the knife and is shouting at them", True),
    ("paramedics are with him now, hes not breathing", True),
    ("fire brigade are here, theres still a kid inside the house", True),
    ("ambulance is here, my dad collapsed and hes unconscious", True),
    ("cops showed up and the guy ran off but he said hes coming back tonight with a gun", True),
    ("la policia ya esta aqui pero el tipo sigue con la pistola en la mano", True),
    ("the guards talked him down off the bridge, hes ok now and getting help", False),
    ("engines are there spraying the car, nobody was in it", False),
])
def test_help_there_never_calms_a_danger_that_goes_on(text, urgent):
    assert nlp.extract(text).urgent is urgent

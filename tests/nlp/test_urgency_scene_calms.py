"""Help on the scene ends a story only when nothing after it says the danger goes on (nlp/urgency_misreads.py,
danger_goes_on). Texts invented for the test, none from the dev set."""
import pytest

import nlp


@pytest.mark.parametrize("text", [
    "police are there now but he still has the knife and is shouting",
    "man stabbed outside the chippy, police are there, hes bleeding bad",
    "car crash on the a30, got out ok but the other driver is trapped",
    "cops are there but hes still got the gun pointed at them",
    "fire brigade is there, someone is trapped upstairs",
    "a man grabbed a little boy by the swings and left with him in a grey van",
    "they stabbed him and left, hes bleeding",
    "he hit her and left, shes lying on the floor not moving",
    "school says all clear but i can still hear shots from the car park",
    "mi hija esta sana y salva pero el hombre sigue afuera con la pistola",
    "ya esta controlado el fuego de la cocina pero mi abuela no puede salir del cuarto",
])
def test_help_there_with_the_danger_going_on_stays_urgent(text):
    assert nlp.extract(text).urgent


@pytest.mark.parametrize("text", [
    "shed fire behind the allotments, fire dept is there now, just letting you know",
    "bins on fire earlier, the guy got out ok, fire brigade is there now",
    "2 lads tried the door handles on my car and left, nothing taken",
])
def test_help_there_ending_the_story_is_a_calm(text):
    assert not nlp.extract(text).urgent

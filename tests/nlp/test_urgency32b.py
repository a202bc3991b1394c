"""Stop 32, round 2 kinds of urgency (nlp/urgency_forced_in.py, ...). Texts invented for the test, none from the dev set."""
import pytest

import nlp


@pytest.mark.parametrize("text", [
    "two men just shoved a young lass in the back of a white van outside the chippy on bank st",
    "a guy is pulling a woman into his car by her hair on elm st right now",
    "bloke tried to drag my daughter into a black suv at the school gates, hes still parked there",
    "metieron a una chica a la fuerza en una furgoneta gris en la calle mayor, se van por la rotonda",
    "me quieren subir a una camioneta dos tipos, estoy escondida en la farmacia, ayuda",
    "estan arrastrando a un niño a un coche rojo en el parque, corran",
])
def test_someone_forced_into_a_vehicle_flags(text):
    assert nlp.extract(text).urgent


@pytest.mark.parametrize("text", [
    "they threw the shopping bags in the back of the van and drove off, plate AB12 CDE",
    "metimos a mi abuela en el coche y la llevamos al medico, todo bien",
    "ayer subieron a una chica a la fuerza a una camioneta en la plaza, lo vi en facebook, ya aparecio",
    "pushed my bike into the boot of the car and it scratched the paint, can i claim",
])
def test_things_moved_or_a_past_told_case_stay_calm(text):
    assert not nlp.extract(text).urgent


@pytest.mark.parametrize("text", [
    "help, my ex hacked my instagram and hes outside my door with a knife",  # no re-opening word: the danger's own cue
    "me hackearon el celular, ayuda, hay un hombre con una pistola en mi puerta",
    "help me please someone hacked my phone and my house is on fire",
])
def test_a_danger_beside_a_hacked_account_still_flags(text):
    assert nlp.extract(text).urgent


@pytest.mark.parametrize("text", [
    "all clear i think he left... no hes back, hes kicking the door in",
    "sorry false alarm actually no hes stabbing him, 4 kings rd",
])
def test_a_calm_taken_back_reopens(text):
    assert nlp.extract(text).urgent

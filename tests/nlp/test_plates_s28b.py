"""Plates, round 2 of stop 28: kinds from the folded held-out sets (texts invented here, not dev texts)."""
import pytest

from nlp import extract


@pytest.mark.parametrize("text", [
    "the plumber took 800 up front and vanished, his flyer had lic #PA-55120 on it",
    "builder never finished the kitchen, his business card said license no 7741-CX",
    "the electrician's card says licence number EL 40921, is he even real",
])
def test_a_licences_own_number_is_no_plate(text):
    assert extract(text).to_dict()["plates"] == []


@pytest.mark.parametrize("text, plate", [
    ("grey pickup truck hit my mailbox, license # KRT 5521", "KRT5521"),
    ("the blue honda civic was doing 80 past the school, lic 8HX 2201", "8HX2201"),
])
def test_a_licence_number_beside_a_vehicle_or_a_bare_lic_is_still_a_plate(text, plate):
    assert extract(text).to_dict()["plates"] == [plate]

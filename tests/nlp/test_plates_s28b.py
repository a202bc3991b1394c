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


@pytest.mark.parametrize("text, plate", [
    ("the reg of the quad that ripped my fence down off was KN19 WTF, farmers lad", "KN19WTF"),
    ("the reg on the van that blocked the lot off was YB66 PLM", "YB66PLM"),
])
def test_a_code_word_then_a_bare_on_or_off_names_no_other_code(text, plate):
    assert extract(text).to_dict()["plates"] == [plate]


@pytest.mark.parametrize("text", [
    "the serial off the box was KD19 XRT, its a pressure washer",
    "model on the sticker is BX21 KLM",
])
def test_a_code_written_on_a_thing_is_still_no_plate(text):
    assert extract(text).to_dict()["plates"] == []

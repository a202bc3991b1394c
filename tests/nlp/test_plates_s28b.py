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


@pytest.mark.parametrize("text, plate", [
    ("tag on the grey dodge ram was minnesota 552-KTR, parked across two spots", "552KTR"),
    ("plates on the buick were oklahoma 4RT 118", "4RT118"),
    ("silver kia, new  hampshire 4471 KX, tailgating the bus", "4471KX"),
])
def test_any_states_name_before_a_number_cues_a_plate(text, plate):
    assert extract(text).to_dict()["plates"] == [plate]


@pytest.mark.parametrize("text", [
    "my brother lives in kentucky 45 min away and says it happens there too",
    "the oregon 4x4 club was out on the trail road again",
])
def test_a_state_alone_does_not_make_a_short_number_a_plate(text):
    out = extract(text).to_dict()
    assert out["plates"] == [] and out["partial_plates"] == []


@pytest.mark.parametrize("text, plates", [
    ("la camioneta era una nissan gris, placa TKR 5521, pero es TKR 5512, la volvi a ver hoy", ["TKR5512"]),
    ("la placa no es 4471 KLM sino 4471 KML, un seat leon negro", ["4471KML"]),
    ("placa TRK 4410, pero el carro era rojo no azul", ["TRK4410"]),
])
def test_a_spanish_check_or_denial_keeps_only_the_right_reading(text, plates):
    assert extract(text).to_dict()["plates"] == plates


@pytest.mark.parametrize("text, parts", [
    ("la placa del carro gris empezaba con 3 letras, JKT, y se fue rapido", ["JKT"]),
    ("la matricula terminaba en 2 numeros que eran 58, un seat ibiza", ["58"]),
    ("la placa empezaba con 3 numeros y no vi mas, un sedan negro", []),
])
def test_a_spanish_count_of_letters_is_no_part_but_the_part_after_it_is(text, parts):
    assert extract(text).to_dict()["partial_plates"] == parts


@pytest.mark.parametrize("text, plates", [
    ("my lyft driver is going the wrong way, plate on the app says 7KD442", ["7KD442"]),
    ("the tag of the old white truck was 4RT 881", ["4RT881"]),
    ("the tag on the dog says 4412, found him on our porch", []),
])
def test_what_a_plate_is_on_may_stand_between_cue_and_plate(text, plates):
    assert extract(text).to_dict()["plates"] == plates

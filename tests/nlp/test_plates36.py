"""Plates (stop 36): a gadget maker's name or a camera's file prefix before a number is a model code, serial or file
name, never a plate. Texts invented for these tests."""
from __future__ import annotations

import pytest

import nlp


@pytest.mark.parametrize("text", [
    "found a drone in my hedge this morning, says DJI 4471 on the side of it",
    "someone left a camera on the bench, the last photo is DSCN 2218 of the car park",
    "my printer got nicked from the shed, an EPSON 3350 with a cracked lid",
    "lost phone on the bus, XIAOMI 7781 in a blue case",
])
def test_a_makers_code_is_no_plate(text):
    assert nlp.extract(text).plates == []


@pytest.mark.parametrize("text, plate", [
    ("drone flying over the school again, the guy flying it drives a red astra KGT 4471", "KGT4471"),
    ("blue transit van DJK 2218 parked on the verge all week", "DJK2218"),
])
def test_a_plate_beside_gadget_talk_stays(text, plate):
    assert plate in nlp.extract(text).plates


@pytest.mark.parametrize("text, plates", [
    ("me pego en el estacionamiento, texas plate 4KT-218 o 4KT-281, una camioneta roja", ["4KT218", "4KT281"]),
    ("license plate oregon 55B-904, o 55B-940 no me acuerdo bien, un sedan gris", ["55B904", "55B940"]),
])
def test_spanish_o_gives_the_english_plate_its_second_reading(text, plates):
    assert sorted(nlp.extract(text).plates) == sorted(plates)


@pytest.mark.parametrize("text, plate", [
    ("temp tag on a grey nissan altima K8812406 parked across the hydrant since monday", "K8812406"),
    ("paper tag on a blue camaro, 77T-4021, doing donuts in the church lot", "77T4021"),
    ("placa de texas temporal 3HK-4410 en una troca blanca que se estaciona en la banqueta", "3HK4410"),
    ("temp tag from the dealer 51X-20917 on a black tahoe running the red light on 9th", "51X20917"),
])
def test_temp_tag_numbers_past_the_vehicle_state_or_dealer(text, plate):
    assert plate in nlp.extract(text).plates


def test_a_temp_tag_on_a_vehicle_with_no_number_in_capitals_gives_none():
    assert nlp.extract("temp tag on a white van at 11pm near the shop, 3 guys got out").plates == []


@pytest.mark.parametrize("text", [
    "handed in a purse with 85 in it and a driving licence at the front desk",
    "lost my wallet with 200 in it on the bus, licence and bank cards too",
])
def test_a_sum_in_a_wallet_is_no_piece_of_a_plate(text):
    assert nlp.extract(text).partial_plates == []


def test_a_plate_with_digits_in_it_is_still_a_piece():
    assert nlp.extract("white transit, the reg had 77 in it, took off towards the bypass").partial_plates == ["77"]

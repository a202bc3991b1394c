"""Plate words and plate shapes of Spanish tips from other countries (nlp/spanish_plates.py, nlp/data/es/lexicon.json):
invented texts, one kind of writing each."""
import pytest

from nlp import extract


def found(text):
    d = extract(text).to_dict()
    return d["plates"], d["partial_plates"]


@pytest.mark.parametrize("text, partial", [
    ("la patente terminaba en 48, un fiat uno rojo, me raspo el auto en la esquina", "48"),    # Argentina, Chile
    ("la reg empezaba con KV, un coche azul, me siguio hasta casa", "KV"),                    # UK words in Spanish
    ("la tag de ohio terminaba en 5RT, una van gris, se llevo mi bici", "5RT"),
])
def test_other_countries_plate_words_lead_to_part_plates(text, partial):
    assert partial in found(text)[1]


@pytest.mark.parametrize("text, plate", [
    ("me choco una camioneta, tome foto, era mexicana RKT-512-C y se fue", "RKT512C"),
    ("el carro tenia placa de atras, una mexicana PLM-44-19, y vidrios oscuros", "PLM4419"),
    ("la patente es KXR 418, un peugeot blanco, vende en la plaza", "KXR418"),
])
def test_a_country_or_patente_before_a_plate_in_capitals(text, plate):
    assert plate in found(text)[0]


@pytest.mark.parametrize("text", [
    "la chica mexicana ABC tiene como 23 años",
    "la empresa mexicana PEMEX 2024 tiene ofertas",
])
def test_a_country_before_no_plate_shape_reads_no_plate(text):
    assert found(text)[0] == []


@pytest.mark.parametrize("text, parts", [
    ("la placa terminaba en 347 o 374, no me acuerdo bien, un carro gris", ["347", "374"]),
    ("la matricula acababa en 19 KPT creo, una moto negra", ["19KPT"]),
    ("la placa empezaba con WX o WK, una troca blanca", ["WX", "WK"]),
])
def test_part_plates_in_two_groups_or_two_readings(text, parts):
    assert found(text)[1] == parts


def test_a_text_in_capitals_keeps_the_part_to_its_first_group():
    assert found("LA PLACA TERMINA EN 58 ERA UN CARRO ROJO")[1] == ["58"]


@pytest.mark.parametrize("text, part", [
    ("the plate started with KX y era un carro rojo, se fue", "KX"),
    ("reg ends in 7PL o algo asi, coche azul, no pago", "7PL"),
])
def test_a_spanish_conjunction_after_an_english_part_plate_is_no_part_of_it(text, part):
    assert found(text)[1] == [part]

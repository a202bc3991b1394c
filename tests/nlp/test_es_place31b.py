"""Spanish places, round 2 of stop 31 (nlp-esplace31b): kinds found in es/heldout13's errors."""
import pytest

from nlp import extract


# A river's bed, bank or marshes named after "de"/"del", as the river is ("el cauce del turia")
@pytest.mark.parametrize("text, value", [
    ("hay dos tios tirando escombros en el cauce del segura todas las noches", "cauce del segura"),
    ("me robaron el bolso paseando por la ribera de navarrete anoche", "ribera de navarrete"),
])
def test_a_river_bed_or_bank_with_its_name(text, value):
    assert value in extract(text).locations


def test_a_river_bed_without_a_name_is_no_place():
    assert extract("el agua del cauce de cemento sube mucho, cuidado").locations == []


# A US grid address: house number, compass letter, grid number and its compass letter, or a lettered avenue
@pytest.mark.parametrize("text, value", [
    ("hay un carro quemandose frente al 3120 de la s 1300 e ahorita", "3120 de la s 1300 e"),
    ("le pegaron a mi primo afuera de su casa, 845 n 200 w, vengan", "845 n 200 w"),
    ("venden droga en la 4500 de la w avenue j todas las noches", "4500 de la w avenue j"),
])
def test_a_grid_address_is_read_whole(text, value):
    assert value in extract(text).locations


def test_a_grid_number_needs_its_compass_letter():
    assert "2400 de la s 500 e" not in extract("eran 2400 de la s 500 euros").locations


# Mallorca's "Son ..." names after a place cue; "son" as the verb stays no place
@pytest.mark.parametrize("text, value", [
    ("anoche entraron a robar en son ferriol, en dos casas", "son ferriol"),
    ("hay peleas cada noche por Son Sardina, en la plaza", "Son Sardina"),
])
def test_a_son_name_after_a_cue_is_a_place(text, value):
    assert value in extract(text).locations


@pytest.mark.parametrize("text", [
    "son dos tios con gorra y van armados",
    "me lo dijo en son de broma pero me da miedo",
])
def test_the_verb_son_is_no_place(text):
    assert not any(v.lower().startswith("son") for v in extract(text).locations)


# The place that issued the plate written right after it is no place of the tip
@pytest.mark.parametrize("text, issuer", [
    ("me choco una ram con placas de durango RKT-19-40 en la calle 8", "durango"),
    ("utah B773KR, una tacoma gris que tira basura en la calle 8", "utah"),
    ("phoenix plate BRT-4471, un camaro rojo que acelera de noche en la calle 8", "phoenix"),
    ("ct plate AK 51208, una van blanca estacionada en la calle 8", "ct"),
])
def test_a_plate_issuer_is_no_place(text, issuer):
    locations = extract(text).locations
    assert issuer not in [v.lower() for v in locations]
    assert "calle 8" in locations


def test_a_place_before_a_comma_and_a_plate_stays():
    from nlp.spanish_plate_issuers import issuer_place
    text = "lo vi en tucson, placas CHK4471"
    assert not issuer_place(text, (9, 15, "tucson"), frozenset({text.index("CHK")}))
    assert issuer_place("tucson CHK4471", (0, 6, "tucson"), frozenset({7}))

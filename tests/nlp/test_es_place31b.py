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

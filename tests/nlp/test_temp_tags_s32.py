"""Stop 32: temporary (paper) tags read by their number, English and Spanish. Texts invented for these tests."""
import pytest

from nlp import extract


@pytest.mark.parametrize("text, plates", [
    ("silver altima with a temp tag in the rear glass 7730912 keeps doing donuts in the church lot", ["7730912"]),
    ("white f150, paper tag 48K2219, followed my daughter home from practice", ["48K2219"]),
    ("una jeepeta negra con placa temporal 55T0917 se robo las bocinas", ["55T0917"]),
    ("la troca traia permiso temporal en el vidrio de atras 8821456 y se arranco sin pagar", ["8821456"]),
])
def test_a_temp_tag_number_is_a_plate(text, plates):
    assert sorted(extract(text).plates) == sorted(plates)


@pytest.mark.parametrize("text", [
    "my temp tag expired and the dmv order number is ord-55921, who do i call",
    "paper plates and cups were stolen from the church hall, about 40 dollars worth",
    "the temporary registration office on 5th closes at 4, my flight ua 5521 lands at 3",
    "el papel temporal se me vencio, el folio del tramite es 77812 y el codigo postal 90210",
    "temp tag fee was 25.00 and ref no 44120 on the receipt",
])
def test_no_temp_tag_number_in_prose_codes_and_prices(text):
    assert extract(text).plates == []

"""A price is no place, whatever money word or sign it is written with: "en 250 pavos", "de 4000€", "por 80 lucas",
"en 30 mil pesos" (nlp/spanish_counts.py, the lexicon's not_after_time_range). Invented texts."""
import pytest

from nlp import extract
from nlp.spanish_counts import counted_span


def places(text):
    return extract(text).to_dict()["locations"]


@pytest.mark.parametrize("value, counted", [
    ("250 pavos", True), ("80 lucas", True), ("4000€", True), ("$120", True), ("30 mil pesos", True),
    ("45 varos", True), ("calle 5", False), ("1318", False),
])
def test_a_number_and_its_money_is_counted(value, counted):
    assert counted_span(value) is counted


@pytest.mark.parametrize("text", [
    "le vendi el movil por wallapop en 250 pavos y el pago era falso, que hago",
    "se llevaron un reloj de 4000€ de la casa de mi padre, tengo la factura",
])
def test_a_price_is_no_place(text):
    assert not any(ch.isdigit() for ch in " ".join(places(text)))

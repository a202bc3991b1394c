"""A house number written before a Spanish street ("delante del 9 de la calle ...", "el numero 40 de la avenida ...")
joins the street whichever rule or tagger found it (nlp/spanish_number_heads.py)."""
import pytest

from nlp import extract
from nlp.spanish_number_heads import with_house_numbers


@pytest.mark.parametrize("text, places", [
    ("hay humo en el portal y nadie abre, estamos en el 12 de la calle de la paz, rapido", ["12 de la calle de la paz"]),
    ("una moto sin placas lleva un mes tirada delante del 31 de la calle de la luna", ["31 de la calle de la luna"]),
])
def test_number_before_street_joins_it(text, places):
    assert extract(text).to_dict()["locations"] == places


def test_numero_is_left_out_and_a_date_is_no_number():
    text = "el numero 40 de la calle olmo"
    start = text.index("calle")
    assert with_house_numbers(text, [(start, len(text), text[start:])]) == [(10, len(text), "40 de la calle olmo")]
    date = "el 5 de la semana pasada en la calle olmo"
    start = date.index("calle")
    assert with_house_numbers(date, [(start, len(date), date[start:])]) == [(start, len(date), "calle olmo")]


def test_a_doorway_number_stays_out():
    text = "la del portal 14 de la calle goya pone la musica a tope"
    assert extract(text).to_dict()["locations"] == ["calle goya"]

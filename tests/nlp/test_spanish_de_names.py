"""A street named for a saint or an image runs on with "de (la)" and one more name at the end of its clause or
before "y" (nlp/spanish_de_names.py); "de la colonia", "del pueblo" place the street and stay out."""
import pytest

from nlp import extract
from nlp.spanish_de_names import de_name_end


@pytest.mark.parametrize("text, places", [
    ("un niño se sube a la barandilla en la calle cristo de la sangre y nadie lo ve", ["calle cristo de la sangre"]),
    ("un niño se sube a la barandilla en la calle virgen del carmen y nadie lo ve", ["calle virgen del carmen"]),
])
def test_de_name_runs_on(text, places):
    assert extract(text).to_dict()["locations"] == places


@pytest.mark.parametrize("text", ["calle juarez de la colonia y", "calle mayor del pueblo, hay", "calle luna de noche,",
                                  "calle sol de nuevo"])
def test_place_or_time_of_the_street_stays_out(text):
    end = text.index(" de")
    assert de_name_end(text, end) == end


def test_de_name_end_takes_the_name():
    text = "calle cristo de la epidemia y se esta subiendo"
    assert text[:de_name_end(text, len("calle cristo"))] == "calle cristo de la epidemia"


@pytest.mark.parametrize("text, place", [
    ("en la calle virgen del pilar 9 se oyen golpes y gritos", "calle virgen del pilar 9"),
    ("en la calle cristo de la vega 22 hay humo saliendo del portal", "calle cristo de la vega 22"),
])
def test_de_name_runs_on_before_its_door_number_mid_clause(text, place):
    assert place in extract(text).to_dict()["locations"]

"""Spanish fixed time phrases of Spain and Latin America (nlp/data/es/times.jsonl): "cada madrugada", "cada finde",
"el finde pasado", "el verano pasado", "este finde", "desde semana santa"."""
import pytest

from nlp import extract


@pytest.mark.parametrize("text, times", [
    ("hacen botellon en el parque cada finde y dejan todo lleno de cristales", ["cada finde"]),
    ("un coche sin luces aparca cada madrugada delante de la farmacia", ["cada madrugada"]),
    ("me robaron la bici del garaje el finde pasado", ["el finde pasado"]),
    ("entraron al chalet el invierno pasado y nadie hizo nada", ["el invierno pasado"]),
    ("la furgoneta esta tirada ahi desde semana santa", ["desde semana santa"]),
])
def test_time_phrases(text, times):
    assert extract(text).to_dict()["times"] == times


def test_range_from_one_oclock():
    # one o'clock is singular ("la 1"), the range's other end plural (nlp/spanish_spans_of_time.py)
    assert extract("me forzaron la puerta entre la 1 y las 4 de la madrugada").to_dict()["times"] == \
        ["entre la 1 y las 4 de la madrugada"]

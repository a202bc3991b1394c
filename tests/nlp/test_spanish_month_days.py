"""A day of the month without its month (nlp/spanish_month_days.py): with "dia", a part of the day before "del" or a
verb of happening it is a time; a bare number after "el" is not."""
import pytest

from nlp import extract


@pytest.mark.parametrize("text, times", [
    ("me rayaron el coche el dia 21 y el seguro no contesta", ["el dia 21"]),
    ("entraron a robar la madrugada del 6 y se llevaron la tele", ["la madrugada del 6"]),
    ("el golpe fue el 17 en el parking del super", ["el 17"]),
    ("en la rifa salio el 17 y nadie lo reclamo", []),
    ("vivo en el 14 de la calle mayor", []),
])
def test_day_of_month(text, times):
    assert extract(text).to_dict()["times"] == times

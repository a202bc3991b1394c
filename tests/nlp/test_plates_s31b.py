"""Stop 31 round 2 fixes for plates: readings taken back, compared, or given twice; serials that are no plates. Texts
invented for these tests (none copied from dev)."""
import pytest

from nlp import extract


# "bueno no", "ah no" right before another reading of the same plate take the first one back
@pytest.mark.parametrize("text, plates", [
    ("la matricula era 4418 KRT, bueno no, 4418 KTR, un seat leon negro", ["4418KTR"]),
    ("placa TRK 4410, ah no, TRK 4419, una camioneta gris en la 8", ["TRK4419"]),
    ("le vi la placa 7RFD 221 no no 7RFD 212, un civic blanco", ["7RFD212"]),
])
def test_spanish_soft_take_back(text, plates):
    assert sorted(extract(text).plates) == sorted(plates)


# ... but not before prose or another car's plate: the first plate stays
@pytest.mark.parametrize("text, plates", [
    ("la matricula 4471 HBC, bueno no la vi bien, y otro coche 5521 KLM", ["4471HBC", "5521KLM"]),
    ("placa TRK 4410, bueno no se, un carro rojo", ["TRK4410"]),
])
def test_spanish_soft_take_back_keeps(text, plates):
    assert sorted(extract(text).plates) == sorted(plates)

"""Mexican plates with the issuing state's code before them (nlp/mexican_plates.py): "placa SON VJ-88-412" is
VJ88412, Sonora's code no part of it; the "AB-12-345" shape; a street's ordinal after a US state code is no plate
("EN LA 44TH ST", nlp/spanish_plates.py). Texts invented for these tests (stop 37)."""
from __future__ import annotations

import pytest

import nlp

POS = [
    ("la 4x4 que usan los que roban ganado es una nissan frontier gris, placa SON VJ-88-412 o VJ-88-421",
     ["VJ88412", "VJ88421"]),
    ("una troca blanca placas JAL JKL-12-34 se llevo a mi hijo", ["JKL1234"]),
    ("placa SIN VK-23-118 de un tractocamion que tiro basura", ["VK23118"]),
    ("el carro tenia placas del estado NL RTX-123-A y se fue rapido", ["RTX123A"]),
    ("la camioneta placa CHIH AB-12-345 sigue estacionada", ["AB12345"]),
    ("mexicali BKR-22-71 o BKR-22-17, un mazda azul", ["BKR2271", "BKR2217"]),
    ("un tsuru con placas GTO TRM-44-18 o TRM-44-81", ["TRM4418", "TRM4481"]),
    ("placas BC AK-21-334, una pickup gris", ["AK21334"]),
    ("vi la troca en nevada 478-TKD, hyundai elantra blanco", ["478TKD"]),
]
NEG = [
    "mi folio es CP-12-345 del reporte anterior",
    "LE ESTAN DISPARANDO A UNA CASA EN LA 3900 DE LA 44TH ST!!! hay niños adentro",
    "BALACERA EN LA 3RD AVE Y LA 5TH, VENGAN",
    "hubo un choque en LA 22ND ST y nadie ayuda",
    "robaron en la casa de NM 14TH st en albuquerque",
]


@pytest.mark.parametrize("text,plates", POS)
def test_the_state_code_is_no_part_of_the_plate(text, plates):
    assert nlp.extract(text).plates == plates


@pytest.mark.parametrize("text", NEG)
def test_no_plate(text):
    assert nlp.extract(text).plates == []

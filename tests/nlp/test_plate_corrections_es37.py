"""Spanish take-backs of a plate (nlp/data/es/plate_corrections.json): "placas GHT-55-21 ay no me equivoque es
GHT-55-12", "o sea", "mala mia", "disculpa": only the corrected reading is kept; another plate of another vehicle
stays. Texts invented for these tests (stop 37)."""
from __future__ import annotations

import pytest

import nlp

# another vehicle's plate after a politeness word is no correction: both stay
KEPT = [
    ('la placa era GFT 5521, disculpa la hora, el otro carro tenia HKJ 2210', ['GFT5521', 'HKJ2210']),
]
POS = [
    ('la placa es ABC 123, no me equivoque, es ABD 123, un sentra gris', ['ABD123']),
    ('la placa era HKT 4471, no perdon, HKT 4417, camioneta blanca', ['HKT4417']),
    ('traia placas JRM-2210 digo JRM-2201, un jetta rojo', ['JRM2201']),
    ('matricula 4471 KLT, perdon, 4471 KLB, un seat leon negro', ['4471KLB']),
    ('la placa decia 7TRK 229, no espera, 7TRK 292, un civic azul', ['7TRK292']),
    ('placas GHT-55-21 ay no me equivoque es GHT-55-12, una urvan blanca', ['GHT5512']),
    ('la matricula es 2231 FZD, mejor dicho 2231 FZB, una furgo blanca', ['2231FZB']),
    ('tablilla HJK 449, no no, HJK 494, una guagua roja', ['HJK494']),
    ('la placa es KLM 8812 o sea KLN 8812, un tsuru blanco', ['KLN8812']),
    ('placa XRT 2290, corrijo, XRT 2209, un pointer gris', ['XRT2209']),
    ('la placa es ABC 123 y la otra camioneta tenia ABD 124', ['ABC123', 'ABD124']),
    ('placas JRM-2210, no se si era un jetta o un vento', ['JRM2210']),
    ('la placa es RTK 5521, ups, RTK 5512, una van gris', ['RTK5512']),
    ('placas LKM-4410 perdona LKM-4401, un aveo blanco', ['LKM4401']),
    ('la matricula 8812 HGT, error mio, 8812 HGF, un golf negro', ['8812HGF']),
    ('la placa es PRT 992, mala mia, es PRT 929, un tsuru', ['PRT929']),
    ('placa JKL 4471 disculpa JKL 4417 la troca negra', ['JKL4417']),
    ('la placa es XYZ 771, mas bien XYZ 717, una camioneta roja', ['XYZ717']),
    ('placas HTR-229-B, lo anote mal, HTR-292-B, un nissan', ['HTR292B']),
    ('la placa era GFT 5521, o sea el carro era rojo, no azul', ['GFT5521']),
]
NEG = [
    'ups, no vi la placa, disculpa, era un jetta rojo de 2019',
    'o sea el carro era un tsuru 2004, mala mia, no vi las placas',
]


@pytest.mark.parametrize("text, plates", POS + KEPT)
def test_only_the_plate_is_read(text, plates):
    result = nlp.extract(text)
    assert result.plates == plates
    assert result.partial_plates == []


@pytest.mark.parametrize("text", NEG)
def test_near_misses_stay_calm(text):
    result = nlp.extract(text)
    assert result.plates == []
    assert result.partial_plates == []

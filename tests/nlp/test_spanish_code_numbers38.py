"""A code named with what it is of ("lote del medicamento 24K117", "pedido de amazon 4471KX") is no plate; a
medicine (its batch), a password, an insurance policy and a police report number are codes too (es-d38-081: a medicine
batch number was read as a plate on a negative). Plates named as plates beside the same words stay plates."""
import pytest

from nlp import extract

CODES = [
    "a mi abuelito le dieron pastillas de mas, lote del medicamento 24K117, donde pongo la queja",
    "me llego el pedido de amazon 24K117 abierto",
    "la vacuna 3F4471 salio mala dicen",
    "mi clave es 88KT412 y no puedo entrar a la pagina",
    "tengo la poliza 7HG4421 del seguro pero no me pagan",
    "el numero de lote es 4471KX segun la caja",
    "la denuncia 2231KL la puse en la comisaria de mi barrio",
    "el folio del tramite 77GH120 no aparece",
]

PLATES = [
    ("la placa del carro es 24K117", ["24K117"]),
    ("vi la troca, placa 24K117, estaba en el lote de carros usados", ["24K117"]),
    ("en el lote de atras estaba la camioneta placas JKR4471", ["JKR4471"]),
    ("la multa del carro placa ABC1234 me llego ayer", ["ABC1234"]),
    ("en el lote de la se 44th st estaba la troca placa KLM4471", ["KLM4471"]),
    ("el reporte del carro, placa ABC1234", ["ABC1234"]),
]


@pytest.mark.parametrize("text", CODES)
def test_a_named_code_is_no_plate(text):
    assert extract(text).plates == []


@pytest.mark.parametrize("text,plates", PLATES)
def test_a_plate_beside_code_words_stays(text, plates):
    assert extract(text).plates == plates

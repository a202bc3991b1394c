"""Mexican phone groupings: the dialling prefix ("044 55 1234 5678", "01 800 123 4567", "+52 (55) 1234 5678") belongs to
the phone (nlp/mexican_dial_prefixes.py) and pairs may be hyphened ("55-12-34-56-78", nlp/mexican_phones.py); Spain's
groupings stay as they were. Variants written for stop 39, not copied from dev."""
import pytest

from nlp import extract


@pytest.mark.parametrize("text, expected", [
    ("si necesitan algo mi movil es 656 41 22 08", ["656 41 22 08"]),
    ("llamenme al 656 412 208 por favor", ["656 412 208"]),
    ("mi telefono +34 656 41 22 08, soy la vecina del 3", ["+34 656 41 22 08"]),
    ("el numero fijo de la tienda es 91 123 45 67", ["91 123 45 67"]),
    ("me llama del 912 34 56 78 cada dia amenazando", ["912 34 56 78"]),
    ("mi cel es 55 1234 5678 por si ocupan", ["55 1234 5678"]),
    ("le marcaron del (55) 1234-5678 diciendo que tenian a su hijo", ["(55) 1234-5678"]),
    ("me mandaron whatsapp del +52 1 55 1234 5678 pidiendo dinero", ["+52 1 55 1234 5678"]),
    ("el que extorsiona llama del 33-1234-5678", ["33-1234-5678"]),
    ("me hablaron del 044 55 1234 5678 que era del banco", ["044 55 1234 5678"]),
    ("su numero es 5512345678 y no contesta", ["5512345678"]),
    ("me escribio del 213.555.0187 en ingles y español", ["213.555.0187"]),
    ("llama al 81 22 44 77 19 es el de la grua", ["81 22 44 77 19"]),
    ("mi whats 656-41-22-08 por si ven algo", ["656-41-22-08"]),
    ("el numero de la denuncia es 2026/0004418", []),
    ("la placa es 656 LKM y el carro es rojo", []),
    ("me hablaron del 044 55 1234 5678 que era del banco", ["044 55 1234 5678"]),
    ("el numero es 55-12-34-56-78 y dice que es licenciado", ["55-12-34-56-78"]),
    ("su cel 55 12 34 56 78 por si lo quieren checar", ["55 12 34 56 78"]),
    ("marquen al 656.41.22.08 si lo ven", ["656.41.22.08"]),
    ("me llamo del +52 (55) 1234 5678 un tal licenciado", ["+52 (55) 1234 5678"]),
    ("dijeron que llamara al 01 800 123 4567 para pagar", ["01 800 123 4567"]),
    ("me marco el +1 915 555 0123 diciendo que era del irs", ["+1 915 555 0123"]),
    ("el tipo me dejo su numero 045 33 1234 5678", ["045 33 1234 5678"]),
    ("me amenazan del 1-800-555-0199 cada rato", ["1-800-555-0199"]),
    ("llamen a mi esposo al 6564122 08", ["6564122 08"]),
    ("mi numero: 656 41 22 08. gracias", ["656 41 22 08"]),
    ("sus hijos tienen 12 y 14 años y viven en el 4", []),
    ("me llamo un señor del 044 (55) 1234 5678 pidiendo rescate", ["044 (55) 1234 5678"]),
    ("el numero era 01 (33) 1234 5678 de una supuesta oficina", ["01 (33) 1234 5678"]),
    ("del +52 1 (55) 1234 5678 mandan mensajes de extorsion", ["+52 1 (55) 1234 5678"]),
    ("me marcan del 044 656 123 4567 a cada rato", ["044 656 123 4567"]),
    ("el folio es 01 2026 4471 y no me dicen nada", []),
    ("son 044 pesos? no, son 55 1234 pesos", []),
])
def test_spanish_phone_groupings(text, expected):
    assert extract(text).phones == expected

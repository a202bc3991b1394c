"""Mexico's ten-digit phones in Mexican groups (nlp/mexican_phones.py: "55 4471 8829", "(33) 1844-2270",
"55 12 34 56 78") and phone-shaped numbers no phone plan allows (nlp/no_phone_shapes.py: an 00-led run too short for
a number dialled from abroad, ten digits led by a 1). Texts invented for these tests (stop 38, round 2)."""
from __future__ import annotations

import pytest

import nlp

PHONES = [
    ("me estan llamando del 55 3318 2204 diciendo que tienen a mi hija", ["55 3318 2204"]),
    ("el numero que me extorsiona es 33-2291-4418", ["33-2291-4418"]),
    ("marcame al 81 1023 5566 si sabes algo del carro", ["81 1023 5566"]),
    ("mi cel es (55) 2817 4409 por si ocupan algo", ["(55) 2817 4409"]),
    ("un señor me mando whats desde el 56 1190 3372 amenazando", ["56 1190 3372"]),
    ("me hablaron del 55 12 34 56 78 que mi hijo estaba detenido", ["55 12 34 56 78"]),
    ("el vato dejo su numero pegado en la puerta 33.1276.5512 y se fue", ["33.1276.5512"]),
    ("vendo la bici robada? no, me la quieren vender, contacto 81 8845 1202", ["81 8845 1202"]),
    ("me llega sms del 55 7719 2248 con un link raro, q hago", ["55 7719 2248"]),
    ("pidieron el rescate por el 33 3012 8890, ya fui al ministerio publico", ["33 3012 8890"]),
    ("mi vecina tiene el folio 2026-GDL-1182 y le marcaron del 33 4419 0072", ["33 4419 0072"]),
    # the shapes no_phone_shapes.py leaves alone
    ("call me back on 087 341 2265 about the break in", ["087 341 2265"]),
    ("my sister in madrid, 0034 611 224 187, saw it all", ["0034 611 224 187"]),
    ("missed call from 1-888-555-0192 then a text", ["1-888-555-0192"]),
]
NOT_PHONES = [
    "la guia del paquete es 4471 8820 1193 y no llega",
    "pague 55 1234 5678 pesos? no, fueron 5,500",
    "la tarjeta termina en 4418, me cobraron 3 veces",
    "el contrato 0021 8834 5510 de la luz no es mio",
    "me robaron la cartera con mi INE 1847229103 adentro",
    "numero de reclamo 0049-771-882 del seguro",
    "la clabe 012 580 0044 7718 2213 no es de mi banco",
    "el folio 33 2019 4471 de la multa",
    "lost my wallet with my CDL 0044812291 in it",
    "my student id 1448229931 was in the bag",
]


@pytest.mark.parametrize("text,phones", PHONES)
def test_a_phone_in_its_countrys_groups(text, phones):
    assert nlp.extract(text).phones == phones


@pytest.mark.parametrize("text", NOT_PHONES)
def test_a_number_no_phone_plan_allows_is_no_phone(text):
    assert nlp.extract(text).phones == []

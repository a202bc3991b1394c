"""Stop 38, round 2: a number named as another thing's is no phone (nlp/phones.py OTHER_NUMBER_BEFORE_RE: "s/n",
"cdl", "dbs", "envio", "numero de incidencia", "numero de cliente es"), unless it is said right after to be one to call
(nlp/other_numbers.py to_call_after: "un numero 800 226 6783 para llamar"); a US local number after more wordings of
calling and texting (nlp/local_phones.py: "texts from 555-0162", "texted by a number 555-0177", "the number was
555-0198"). Texts invented for these tests."""
from __future__ import annotations

import pytest

import nlp

NOT_PHONES = [
    "someone nicked my drone, dji mini 3, s/n 4471882290 on the box",
    "the camera was in the bag, serial no. 2025551234",
    "my bike frame sn 3124488190 is registered on bikeregister",
    "the dbs number 2014478829 came back wrong",
    "lost my cdl 4417788221 at the truck stop",
    "me llego un sms del envio 3314471882 pidiendo 2 euros",
    "numero de incidencia 2026004471 con la compañia del gas",
    "el talon de equipaje dice 8139 884 201",
    "el numero de cliente es 8124471882, me llamaron pidiendo datos",
    "tengo el numero de siniestro 5524471190 del seguro",
    "order #551-2093 never arrived and they keep texting me about it",
    "case number 555-0148, i called twice",
    "texts from my ex about the 2019-2020 season",
    "i called about the room 212-4410 break in",
    "the number on the receipt was 555-0199",
]
PHONES = [
    ("se trago mi tarjeta y salio un papel con un numero 800 226 6783 para llamar", ["800 226 6783"]),
    ("my card got swallowed, the atm says to call 800 332 1178 to get it back", ["800 332 1178"]),
    ("lost my badge, number on the note was 215 555 0143 to ring if found", ["215 555 0143"]),
    ("the tarjeta thing had 888 221 4410 para marcar", ["888 221 4410"]),
    ("ring me on 07700 900123 about the serial", ["07700 900123"]),
    ("el del envio me marco del 55 2291 4418", ["55 2291 4418"]),
    ("my daughter keeps getting texts from 555-0162 saying nasty stuff", ["555-0162"]),
    ("been getting calls from 555-0119 all night, heavy breathing", ["555-0119"]),
    ("he was texted by a number 555-0177 asking for money", ["555-0177"]),
    ("someone texting her from 555-0134 says they know where she lives", ["555-0134"]),
    ("messages from 555-0150 threatening my son", ["555-0150"]),
    ("the number was 555-0198 and they said they were the sheriff", ["555-0198"]),
    ("calling from 555-0121 pretending to be the bank", ["555-0121"]),
    ("a number 555-0143 keeps ringing my mom", ["555-0143"]),
    ("got a text from 555-0148 with a link", ["555-0148"]),
]


@pytest.mark.parametrize("text", NOT_PHONES)
def test_another_things_number_is_no_phone(text):
    assert nlp.extract(text).phones == []


@pytest.mark.parametrize("text,phones", PHONES)
def test_a_number_to_call_is_a_phone(text, phones):
    assert nlp.extract(text).phones == phones

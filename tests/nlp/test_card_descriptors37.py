"""Card and bank statement descriptors are no plates (nlp/card_descriptors.py): a processor's code and an asterisk
before the merchant ("XKT*SERV 0441"), a statement line's head before digits and a merchant ("POS 4471 TESCO"), the
short forms only statements write ("AMZN MKTP"); English and Spanish. A plate in a text about a card stays. Texts
invented for these tests (stop 37)."""
from __future__ import annotations

import pytest

import nlp

DESCRIPTORS = [
    "theres a charge on my card from SQ *COFFEE 4471 I never made",
    "PAYPAL *EBAY 4471 took 89 quid from my account",
    "AMZN MKTP US 2291 charge of 45.99 i didnt make",
    "me aparece un cargo XKT*SERV 0441 en la tarjeta",
    "statement shows POS 4471 TESCO STORES twice",
    "cargo de TST* TACOS 2218 en mi cuenta que no reconozco",
    "bank says the payment went to GOOGLE *TEMU 8812",
    "card was used at SP * GADGETSHOP 3390 online",
    "en el extracto sale PAYPAL *ALIEXPRESS 7719",
    "my debit card shows ZLT*GAMES 7731 three times",
    "en mi estado de cuenta sale MPX*TIENDA 5512 y no fui yo",
    "VIS 4471 AMAZON on my debit card and it wasnt me",
    "en el banco sale COMPRA 8812 OXXO que yo no hice",
]
PLATES = [
    ("plate was XKT 0441 on a red corolla", ["XKT0441"]),
    ("la placa era SRV 4410, un tsuru blanco", ["SRV4410"]),
    ("they stole my bank card and drove off in a blue civic plate KLP 4471", ["KLP4471"]),
]


@pytest.mark.parametrize("text", DESCRIPTORS)
def test_a_statement_descriptor_is_no_plate(text):
    result = nlp.extract(text)
    assert result.plates == []
    assert result.partial_plates == []


@pytest.mark.parametrize("text,plates", PLATES)
def test_a_plate_beside_a_card_stays(text, plates):
    assert nlp.extract(text).plates == plates

"""Stop 38: a Spanish year written after "en", "de" or "del" with no article is the year of the event, labelled alone
("me asaltaron en 2019" gives "2019", as the English "in 2019" does); not a vehicle's year ("una f-150 azul del 2017"),
a price ("en 2000 dolares"), a house number ("en el 1990 de la mckee rd") or a birth year ("nacio en 2015").
nlp/spanish_years.py, nlp/data/es/year_words.json. Texts invented for these tests (Spain, Mexico, the US)."""
from __future__ import annotations

import pytest

from nlp import extract


@pytest.mark.parametrize("text, times", [
    ("me robaron la moto en 2021 y todavia no se nada del caso", ["2021"]),
    ("el tipo ya me habia amenazado en 2020, ahora volvio a escribirme", ["2020"]),
    ("tengo una multa del 2018 que ya pague y me la siguen cobrando", ["2018"]),
    ("ese video de la balacera es del 2022, no esta pasando aqui", ["2022"]),
    ("lo denuncie en 2023 y nunca me llamaron de la fiscalia", ["2023"]),
    ("en 2017 me asaltaron en la misma esquina de la calle 5", ["2017"]),
    ("mi ex me pego en 2016 y nunca lo denuncie, quiero hacerlo", ["2016"]),
    ("es una foto vieja de 2015 que anda circulando en el face", ["2015"]),
    ("me clonaron la tarjeta en 2024, el banco no me devolvio nada", ["2024"]),
    ("vendi la troca en 2019 y el que la compro nunca hizo el cambio de nombre", ["2019"]),
])
def test_a_year_after_en_or_del_is_the_event_year(text, times):
    assert extract(text).times == times


@pytest.mark.parametrize("text", [
    "me robaron un honda civic gris 2015 afuera del trabajo",
    "se llevaron una ford f-150 azul del 2017 de la entrada",
    "la señora es de 1958 y vive sola, no contesta el telefono",
    "vivo en el 1990 de la mckee rd y hay balazos",
    "me pidio 2000 pesos por whatsapp para soltar a mi hijo",
    "lo vendi en 2000 dolares y nunca me pago",
    "el numero de caso es 2019 de la oficina de san jose",
    "mi hijo nacio en 2015 y el papa no paga la pension",
])
def test_a_year_of_a_thing_a_price_or_a_birth_is_no_time(text):
    assert extract(text).times == []

"""Flight numbers are no plates (nlp/flight_numbers.py): an airline's ICAO or IATA code before digits, joined or
spaced, with or without a flight word, in English and Spanish; a real plate with such letters beside a vehicle or a
plate word stays a plate. Texts invented for these tests (stop 37)."""
from __future__ import annotations

import pytest

import nlp

FLIGHTS = [
    "my EZY 8812 was cancelled and the bag never came off the belt",
    "vuelo VLG2214 de barcelona, me robaron la maleta en la cinta",
    "flew in on RYR4471 last night and someone took my suitcase",
    "on BAW 117 from heathrow a man kept touching my daughter",
    "was on UAL1534 and the guy in 23C kept threatening people",
    "llegue en el IBE 6401 y me quitaron la cartera en la terminal",
    "AAL 2291 landed at 9 and my phone was gone from the tray",
    "mi vuelo AMX 0412 salio tarde y un señor me amenazo",
    "flight JBU 1123 delayed, a drunk guy shoved the crew",
    "en el VOI 3102 un pasajero se puso violento con la azafata",
    "came back on DAL1187 and my checked bag was cut open",
    "the KLM1008 crew said a passenger stole a watch",
    "took the SWA-2210 to denver and a man followed me off the plane",
    "volamos en el AFR 1145 y en el aeropuerto nos robaron",
]
PLATES = [
    ("silver ford focus, plate DAL 4412, parked outside the school", ["DAL4412"]),
    ("black camry AAL 2291 doing donuts in the lot", ["AAL2291"]),
    ("la camioneta con placa IBE 6401 esta estacionada afuera", ["IBE6401"]),
    ("white transit reg VIR 7712 blocking the lane", ["VIR7712"]),
    ("picked me up at the airport in a grey accord tag EIN 4471, driver was drunk", ["EIN4471"]),
]


@pytest.mark.parametrize("text", FLIGHTS)
def test_a_flight_number_is_no_plate(text):
    result = nlp.extract(text)
    assert result.plates == []
    assert result.partial_plates == []


@pytest.mark.parametrize("text,plates", PLATES)
def test_a_plate_with_airline_letters_beside_a_vehicle_stays(text, plates):
    assert nlp.extract(text).plates == plates

"""Stop 38: someone trying car doors now with nobody in danger is not urgent (ANNOTATION.md, stop 33;
nlp/urgency_car_doors.py); a weapon or tool of force, a house door, someone inside the car, violence or a cry for help
keeps it urgent. English and Spanish. Texts invented for the test, none from the dev set."""
import pytest

import nlp

CAR_DOORS_CALM = [
    "three lads in hoods going along the parked cars on station road trying every door right now",
    "some fella tryin car doors up and down maple ave rn, black hoodie, about 5ft 8",
    "two teens checking handles on all the cars in the tesco car park as we speak",
    "a guy is pulling on every car door handle in the lot behind the cinema right now, red cap",
    "kid on a bmx going car to car tryin the doors on ashgrove road, now at number 40",
    "2 chavales probando las puertas de los coches en la calle mayor ahora mismo, uno con gorra",
    "un tipo esta jalando las manijas de las camionetas en el estacionamiento del walmart ahorita",
    "hay dos encapuchados probando puertas de carros en mi cuadra ahora, uno vigila",
]
CAR_DOORS_DANGER = [
    "someone trying car doors on our street right now and hes got a crowbar",
    "man trying my car door while im sat in it at the lights, hes banging on the window",
    "2 lads trying car doors and now theyre trying my back door, im home alone",
    "guy trying car doors with a knife in his hand on elm st rn",
    "un tipo con un bate esta probando las puertas de los carros ahorita",
    "someones trying the handle of my front door right now",
    "2 men trying car doors on the drive and one just punched my neighbour when he came out",
]


@pytest.mark.parametrize("text", CAR_DOORS_CALM)
def test_car_doors_tried_is_calm(text):
    assert not nlp.extract(text).urgent, text


@pytest.mark.parametrize("text", CAR_DOORS_DANGER)
def test_person_in_danger_stays_urgent(text):
    assert nlp.extract(text).urgent, text

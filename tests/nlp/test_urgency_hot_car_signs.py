"""Stop 39: a child or an animal shut in a car in the heat, told as "in the back of a white tahoe", a car seat,
"112 out", "97 degrees", windows "all the way up" (nlp/urgency_hot_car_signs.py).
Texts invented for the test (about ten variants of the kind and its near misses), none from the dev set."""
import pytest

import nlp

DANGER_NOW = [
    "baby left in a black honda in the walmart lot, windows up, engine off, its 101 out and hes crying",
    "dog locked in a silver golf at the tesco car park in bridgend, windows shut, its baking today, dog panting like mad",
    "toddler asleep in a car seat in a red ford in the asda car park, nobody with her, windows up, roasting out",
    "theres a little kid in the back of a grey minivan at the dollar general, engine off, 98 degrees, hes sweating",
    "puppy in a hot car outside the vets on high st, been 20 mins, window open a crack, its 28 degrees",
    "infant in a carseat in a white f150 outside the bank, doors locked, 105 out, no parent",
    "two dogs shut in a van in the sun at the beach car park at rhossili, windows up, one collapsed",
    "kid left in a hot car at the gas station on 5th, windows all the way up, engine off",
    "spaniel in a blue astra in the morrisons car park boiling hot, cant see an owner, windows up",
    "baby strapped in the back of a tahoe in the church lot, its 95 degrees, baby is bright red",
]
CALM = [
    "left my dog in the car for 5 mins in the shade with the aircon on, is that illegal",
    "baby in a car seat in the car with her mum, engine running, aircon on, they're fine",
    "my car is baking hot inside, can i get a sun shade on my windscreen legally",
]


@pytest.mark.parametrize("text", DANGER_NOW)
def test_shut_in_hot_car_now_is_urgent(text):
    assert nlp.extract(text).urgent, text


@pytest.mark.parametrize("text", CALM)
def test_not_in_danger_or_not_now_stays_calm(text):
    assert not nlp.extract(text).urgent, text

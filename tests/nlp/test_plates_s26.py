"""Kinds of false plate on the stop-26 held-out negatives, fixed after the fold (invented texts, not from the set)."""
import pytest

from nlp import extract


@pytest.mark.parametrize("text", [
    # a masked card or account number: no plate group is four x's long
    "someone cloned my debit card, acct 5512 xxxx xxxx 3318, the bank says i need a crime ref",
    "the statement just shows card xxxx 7781 and a payment i never made",
    # digit groups running past a plate's length are one longer number (a bag tag, a tracking number)
    "the airline lost my suitcase with my medication in it, tag 0091 445 207, who do i ring",
    # the tag is where another kind of code is written
    "bought a watch off a market stall and its fake, the serial on the tag is 7731Z42",
    "the model number on the label is XR44T91 if that helps",
    # a word that is only a car model's name is no make before a tool brand ("sierra" is also a saw)
    "me robaron la sierra makita xrj44z del garaje anoche",
])
def test_no_plate(text):
    assert extract(text).plates == []


@pytest.mark.parametrize("text, plate", [
    ("tag KJL 4482 on a white van outside the school", "KJL4482"),
    ("saw the car, the number on the plate was KJL 4482", "KJL4482"),
    ("a ford galaxy LV58 TYP parked across my drive", "LV58TYP"),
    ("silver galaxy LV58 TYP sat outside all night", "LV58TYP"),
    ("reg AB12 CDE on a red fiesta", "AB12CDE"),
])
def test_plate_kept(text, plate):
    assert extract(text).plates == [plate]

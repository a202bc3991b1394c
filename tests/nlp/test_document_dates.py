"""Times (stop 29, round 2): a numeric date that dates a document (a tag's expiry, a reference number, a date of birth)
or a score out of ten is no time of the event. Texts invented for these tests."""
from __future__ import annotations

import pytest

import nlp


@pytest.mark.parametrize("text, times", [
    ("white dodge charger with a paper tag says exp 11/25 parked behind the laundromat since 9pm", ["since 9pm"]),
    ("temp tag on the grey civic said 07/27 exp, it hit my mailbox last night and kept going", ["last night"]),
    ("blue van with paper tags that read 02/26 has been dumping tyres on ridge rd every sunday", ["every sunday"]),
    ("still waiting on a callback about the break in friday, incident 0519 of 21/10", ["friday"]),
    ("is my son being held at the station? he was picked up tuesday, dob 02/09/2004", ["tuesday"]),
    ("fake bomb squad van at the fun run was a prop lol, 10/10 would watch again", []),
])
def test_document_dates_are_no_times(text, times):
    assert nlp.extract(text).times == times


@pytest.mark.parametrize("text, time", [
    ("someone smashed my car window on 3/14 outside the gym on elm st", "3/14"),
    ("the fight was 10/10 at the pub on king st, about 11pm", "10/10"),
])
def test_event_dates_stay(text, time):
    assert time in nlp.extract(text).times


# stop 36 round 2: a number below one written with a point is an amount (a breath reading, coins, a calibre)
@pytest.mark.parametrize("text, times", [
    ("a mi hermano lo pararon y sopló 0.11, cuanto es la fianza?", []),
    ("si mido 0.07 me quitan la licencia?", []),
    ("scammer wants 0.03 btc sent to a wallet or he leaks the pics", []),
    ("he blew 0.14 at the roadside last night", ["last night"]),
])
def test_an_amount_below_one_is_no_time(text, times):
    assert nlp.extract(text).times == times

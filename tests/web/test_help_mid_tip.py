"""HELP/INFO in the middle of a tip (issue 10): what the tipster can do next (the
flow's commands that work there, what each does, and the question), or after filing
how to add to the tip or start a new one; then the programme help with STOP and the
emergency number; one text of at most two segments, whatever the force's names; the
conversation does not move. Without a tip in progress, the programme help as before."""
from __future__ import annotations

import re

import pytest

from bot import create_app
from tests.helpers import assert_sms_sized, conversation

WHERE = "Where was this? A street, junction, landmark or postcode."
VEHICLE = "Was there a vehicle? Colour, make, model, plate (even part of it). Or reply SKIP."


def help_of(phone) -> str:
    [text] = phone.send("HELP")
    assert_sms_sized([text])
    assert "STOP" in text and "999" in text
    return text


def test_help_in_a_question_lists_what_works_there_and_repeats_it(phone, services):
    phone.send("Someone keeps letting down my tyres")
    before = conversation(services, phone.number)
    text = help_of(phone)
    assert text == ("Your tip is kept. Reply SKIP to skip this question, SEND to file your tip, DELETE to throw it "
                    f"away, BACK to fix an answer. Now: {WHERE} ASP Tip Line: tips are anonymous. Emergency: call "
                    "999. Non-emergency: 101. Reply STOP to stop texts.")
    after = conversation(services, phone.number)
    assert after["state"] == before["state"] == "where" and after["fields"] == before["fields"]
    assert after["texts"] == before["texts"]


def test_help_at_the_review_and_after_filing(phone):
    phone.send("Someone keeps letting down my tyres")
    for _ in range(5):
        phone.send("SKIP")
    text = help_of(phone)
    assert text.startswith("Your tip is ready: reply SEND to file it, DELETE to throw it away, or text more to add.")
    tip_id = re.search(r"T-[A-Z0-9]+", phone.send("SEND")[0]).group(0)
    text = help_of(phone)
    assert text.startswith(f"Your tip {tip_id} is filed. To add to it, start your text with {tip_id}. DELETE to "
                           "withdraw it, NEW to start a new tip.")
    assert "SKIP" not in text


def test_help_before_any_answer_says_just_answer(phone):
    phone.send("hi")
    assert help_of(phone).startswith("You are starting a tip: just answer the question. Now: What happened?")


def test_help_with_no_tip_is_the_programme_help(phone):
    text = help_of(phone)
    assert text.startswith("ASP Tip Line (Avon and Somerset Police): send us a tip by text")


@pytest.fixture()
def long_names_app(config):
    """A force whose names are long: the question is dropped before anything else."""
    config.update(PROGRAMME_NAME="Avon and Somerset Constabulary Crimestoppers tip line",
                  NON_EMERGENCY_CONTACT="101 or www.avonandsomerset.police.uk/report")
    return create_app(config)


def test_long_force_names_still_fit_two_segments(long_names_app, make_phone):
    phone = make_phone("+447700900130", app=long_names_app)
    phone.send("Someone keeps letting down my tyres")
    phone.send("Market Street")
    phone.send("last night")   # now at the vehicle question, the longest
    text = help_of(phone)
    assert text.startswith("Your tip is kept. Reply SKIP to skip this question, SEND to file your tip")
    assert VEHICLE not in text and "101 or www.avonandsomerset.police.uk/report" in text


def test_help_fits_two_segments_in_every_state(phone):
    phone.send("Someone keeps letting down my tyres")
    seen = set()
    for _ in range(7):
        help_of(phone)
        seen.add(phone.send("SKIP")[0][:20])
    assert len(seen) >= 5

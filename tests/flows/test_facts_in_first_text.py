"""Issue 13: what the flow does with the facts of a text. A first text that holds what, where,
when, vehicle and people is asked only "anything else?"; only confident facts are said back;
an uncertain plate is asked about in the same reply as the next question."""
from __future__ import annotations

import pytest


@pytest.fixture()
def phone(reading_phone):   # facts are read from each text, as the host does
    return reading_phone


def test_a_first_text_with_everything_is_asked_only_anything_else(phone):
    phone.send("hi")
    result = phone.send("lads dealing outside 14 Mill Lane in Paulton every night about 9pm from a black audi a3 "
                        "reg KN19 XLT, one in a red hoodie about 25, tall, they call him Dee")
    text = " ".join(result.lines)
    assert result.conv["state"] == "more"
    assert "Anything else?" in text
    for question in ("Where was this?", "When was it?", "Was there a vehicle?", "Anyone involved?"):
        assert question not in text
    assert "Got it:" in text and "plate KN19XLT" in text and "people:" in text
    assert sorted(result.conv["answered_by_facts"]) == ["people", "vehicle", "when", "where"]


def test_a_count_alone_still_asks_for_a_description(phone):
    phone.send("hi")
    phone.send("Two men keep going into the empty house")
    phone.send("9 Farrington Road, Paulton")
    phone.send("most nights after 11pm")
    result = phone.send("SKIP")
    assert result.conv["state"] == "people" and "Anyone involved?" in " ".join(result.lines)


def test_an_uncertain_plate_is_not_confirmed_and_is_asked_about_in_the_same_reply(phone):
    phone.send("hi")
    phone.send("someone keeps blocking my drive")
    phone.send("23 Oakfield Grove, Keynsham")
    phone.send("every morning")
    result = phone.send("blue vauxhall corsa, i think the reg was HVR 3321 or maybe HVR 3312")
    text = " ".join(result.lines)
    assert not any(line.startswith("Got it") and "HVR" in line for line in result.lines)  # not said back as got
    assert "Is the plate HVR3321 or HVR3312?" in text
    assert "Anyone involved?" in text  # the next question, in the same reply
    assert result.conv["facts"]["uncertain_plates"] == ["HVR3321", "HVR3312"]
    assert result.conv["facts"]["plates"] == ["HVR3321", "HVR3312"]  # kept for officers, marked uncertain


def test_a_sure_plate_is_said_back(phone):
    phone.send("hi")
    phone.send("someone keeps blocking my drive")
    phone.send("23 Oakfield Grove, Keynsham")
    phone.send("every morning")
    result = phone.send("blue vauxhall corsa reg WF68 XRT")
    text = " ".join(result.lines)
    assert "plate WF68XRT" in text and "Is the plate" not in text
    assert "uncertain_plates" not in result.conv["facts"]

"""Issue 13 (session 23): "Got it" says back only facts the tipster was sure of. A vehicle or a partial plate
the tipster hedges ("i think", "maybe", "or something") is kept for officers but never confirmed as got."""
from __future__ import annotations

import pytest


@pytest.fixture()
def phone(reading_phone):   # facts are read from each text, as the host does
    return reading_phone


def at_the_vehicle_question(phone):
    phone.send("hi")
    phone.send("someone keeps blocking my drive")
    phone.send("23 Oakfield Grove, Keynsham")
    return phone.send("every morning")


def test_a_hedged_vehicle_is_kept_but_not_said_back(phone):
    at_the_vehicle_question(phone)
    result = phone.send("i think it was a green nissan micra")
    assert not any(line.startswith("Got it") and "micra" in line for line in result.lines)
    assert result.conv["facts"]["vehicles"] == ["green nissan micra"]


def test_a_hedged_partial_plate_is_kept_but_not_said_back(phone):
    at_the_vehicle_question(phone)
    result = phone.send("white van, reg ended 7KX or something")
    assert not any(line.startswith("Got it") and "7KX" in line for line in result.lines)
    assert result.conv["facts"]["partial_plates"] == ["7KX"]
    assert any(line.startswith("Got it") and "white van" in line for line in result.lines)  # the sure one is


def test_a_sure_vehicle_and_partial_plate_are_said_back(phone):
    at_the_vehicle_question(phone)
    result = phone.send("green nissan micra, reg ended 7KX")
    got = [line for line in result.lines if line.startswith("Got it")]
    assert got and "micra" in got[0] and "7KX" in got[0]

"""Fixtures for the officer tests: PC Jones (registered, badge 4411), a tipster, and
filing a tip the way a tipster does. (``command_turn`` and ``live_text``, for making
commands overlap, are in tests/conftest.py.)"""
from __future__ import annotations

import re

import pytest

from tests.helpers import OFFICER, TIPSTER

TIP_ID = re.compile(r"T-[A-Z0-9]{4,6}")


@pytest.fixture()
def officer(officers):
    """PC Jones (4411), registered on the test's app; his phone."""
    return officers.register(OFFICER, name="PC Jones", badge="4411")


@pytest.fixture()
def tipster(make_phone):
    return make_phone(TIPSTER)


@pytest.fixture()
def file_tip():
    """``file_tip(phone)``: text a tip with a place and a plate, SEND it, return its ID."""
    def file(tipster) -> str:
        tipster.send("Two lads dealing from a grey Honda Civic HVM2207 outside the Co-op on Market Street")
        replies = tipster.send("SEND")
        match = TIP_ID.search(" ".join(replies))
        assert match, replies
        return match.group(0)
    return file

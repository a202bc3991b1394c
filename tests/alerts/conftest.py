"""Fixtures for the community-alert tests: the officer who writes alerts, reading
the alert code out of a preview. (``command_turn`` and ``live_text``, for making
officers' commands overlap, are in tests/conftest.py.)"""
from __future__ import annotations

import re

import pytest

from tests.helpers import ALERT_OFFICER


@pytest.fixture()
def officer(officers):
    """An officer registered on the test's app (whatever ``app`` the module uses); their phone."""
    return officers.register(ALERT_OFFICER)


@pytest.fixture()
def preview_code():
    """``preview_code(replies)``: the alert code (A-n) the ALERT preview asks to SEND."""
    def code(replies) -> str:
        return re.search(r"SEND (A-\d+)", replies[-1]).group(1)
    return code

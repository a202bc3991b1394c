"""Fixtures for the tip line tests: a clock for the webhook, moved forward by hand."""
from __future__ import annotations

import time

import pytest

from bot.web import inbound


class Clock:
    """The time the inbound pipeline gives each text (``turn.now``): the real time plus
    however far a test has moved it on. Everything a turn decides or stores comes
    from ``turn.now``; jobs and workers keep the real time."""

    def __init__(self) -> None:
        self.offset = 0.0

    def time(self) -> float:
        return time.time() + self.offset

    def advance(self, minutes: float = 0, hours: float = 0) -> None:
        self.offset += minutes * 60 + hours * 3600


@pytest.fixture()
def clock(monkeypatch) -> Clock:
    """``clock.advance(minutes=, hours=)``: later texts arrive that much later."""
    found = Clock()
    monkeypatch.setattr(inbound, "time", found)
    return found

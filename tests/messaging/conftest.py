"""Fixtures for the send tests: a recipient with a sealed number, and retry timings
short enough that one burst of the worker runs every attempt of a text."""
from __future__ import annotations

import pytest

from bot.messaging import queues
from bot.privacy.identity import keep_number

NUMBER = "+447700900321"


@pytest.fixture()
def recipient(services, redis):
    """The pseudonym of NUMBER, its number sealed as a tipster's would be."""
    pseudonym = services.identity.pseudonym(NUMBER)
    pipe = redis.pipeline()
    keep_number(pipe, services.identity, pseudonym, NUMBER, 3600)
    pipe.execute()
    return pseudonym


@pytest.fixture()
def fast_retries(monkeypatch):
    """Three attempts and the settling run, no waiting between them or for an earlier text."""
    monkeypatch.setattr(queues, "SEND_RETRY", {"max": 2, "interval": [0]})
    monkeypatch.setattr(queues, "SETTLE_AFTER_S", 0)
    monkeypatch.setattr(queues, "ORDER_WAIT", {"interval": [0], "max": 50, "budget_s": 3600})

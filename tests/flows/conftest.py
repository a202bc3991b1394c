"""Fixtures for the flow engine tests: the engine built from flows/ once per test
session (it is pure and keeps no state), and a phone that drives it directly."""
from __future__ import annotations

import pytest

from flows.engine import load_engine
from nlp import extract
from tests.flows.helpers import FlowPhone


@pytest.fixture(scope="session")
def engine():
    return load_engine()


@pytest.fixture()
def phone(engine):
    return FlowPhone(engine)


@pytest.fixture()
def reading_phone(engine):
    """A phone whose texts go through nlp.extract first, as the host does."""
    return FlowPhone(engine, extract=extract)

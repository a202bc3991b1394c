"""Urgent tips always reach someone, and the tipster is never told it was flagged when
nobody will see it: on-duty officers, else supervisors, else URGENT_FALLBACK_NUMBERS."""
from __future__ import annotations

import logging

import pytest

from bot import create_app
from tests.helpers import OFFICER, TIPSTER

EMERGENCY = "He has a knife and he is kicking the door in right now"
CONTROL_ROOM = "+441179000123"


def test_with_nobody_to_receive_it_the_tipster_is_not_told_it_was_flagged(phone, worker, fake_twilio, caplog):
    replies = " ".join(phone.send(EMERGENCY))
    assert "call 999 straight away" in replies
    assert "flagged" not in replies
    with caplog.at_level(logging.ERROR):
        worker()
    assert "reached NOBODY" in caplog.text
    assert fake_twilio.messages == []


def test_a_supervisor_gets_it_when_nobody_is_on_duty(officers, phone, worker, fake_twilio):
    officers.register(OFFICER, name="Sgt Lee", role="supervisor")
    assert "We have flagged this as urgent" in " ".join(phone.send(EMERGENCY))
    worker()
    assert [m["body"][:6] for m in fake_twilio.sent_to(OFFICER)] == ["URGENT"]


@pytest.fixture()
def fallback_app(config):
    return create_app({**config, "URGENT_FALLBACK_NUMBERS": f"{CONTROL_ROOM}, not-a-number"})


def test_the_fallback_number_gets_it_when_no_officer_can(fallback_app, make_phone, worker, fake_twilio, redis_dump):
    tipster = make_phone(TIPSTER, app=fallback_app)
    assert "We have flagged this as urgent" in " ".join(tipster.send(EMERGENCY))
    worker(fallback_app)
    got = fake_twilio.sent_to(CONTROL_ROOM)
    assert len(got) == 1 and got[0]["body"].startswith("URGENT") and "knife" in got[0]["body"]
    assert not any(CONTROL_ROOM[1:] in value for _, value in redis_dump())   # sealed, like officers' numbers


def test_officer_list_and_the_worker_warn_while_nobody_can_receive_urgent_tips(app, officers):
    out = app.test_cli_runner().invoke(args=["officer", "list"]).output
    assert "urgent tip would reach nobody" in out
    officers.register(OFFICER, name="Sgt Lee", role="supervisor")
    assert "reach nobody" not in app.test_cli_runner().invoke(args=["officer", "list"]).output

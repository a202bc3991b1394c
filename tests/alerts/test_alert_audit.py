"""ALERT, SEND, STATUS and HALT are officer actions like any other: each is in the
audit stream with the officer and the alert code. The alert's own text is kept in
its ALERT entry (it is broadcast to the public anyway, and the log outlives the
alert record); no entry holds a subscriber's number or pseudonym."""
from __future__ import annotations

import re

import pytest

from bot.officers import audit
from tests.helpers import ALERT_TEXT

NEAR = ["+447700900391", "+447700900392"]


@pytest.fixture()
def subscribers(make_phone, services):
    for number in NEAR:
        make_phone(number).send("JOIN FARMWATCH BA3 5QE")
    return [services.identity.pseudonym(n) for n in NEAR]


def test_alert_commands_are_audited_without_subscribers(officer, subscribers, preview_code, redis, worker,
                                                        redis_dump):
    code = preview_code(officer.send(f"ALERT FARMWATCH 5km BA3 5QE {ALERT_TEXT}"))
    officer.send(f"STATUS {code}")
    officer.send(f"SEND {code}")
    worker()
    officer.send(f"STATUS {code}")
    officer.send(f"HALT {code}")                       # done: nothing to halt, still audited
    second = preview_code(officer.send(f"ALERT FARMWATCH 5km BA3 5QE {ALERT_TEXT}"))
    officer.send(f"HALT {second}")

    entries = [e for e in audit.entries(redis) if e.get("alert") in (code, second)]
    actions = [(e["action"], e["alert"]) for e in entries]
    assert actions == [("alert", code), ("alert_status", code), ("alert_send", code), ("alert_status", code),
                       ("alert_halt_refused", code), ("alert", second), ("alert_discard", second)]
    assert all(e["name"] == "PC Jones" for e in entries)
    created = entries[0]
    assert created["text"] == ALERT_TEXT
    assert re.search(r"FARMWATCH within 5km of BA3 5QE: 2 recipients, 2 segments", created["detail"]), created
    for key, value in redis_dump():
        if key.endswith("audit"):
            assert not any(p[:12] in value for p in subscribers)
            assert "7700900391" not in value and "7700900392" not in value


def test_the_admin_audit_listing_shows_the_alert_code(app, officer, subscribers, preview_code):
    code = preview_code(officer.send(f"ALERT FARMWATCH 5km BA3 5QE {ALERT_TEXT}"))
    out = app.test_cli_runner().invoke(args=["audit", "--action", "alert"]).output
    assert re.search(rf"alert\s+{code}\s+PC Jones", out), out

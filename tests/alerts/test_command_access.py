"""Who may do what with an alert: only its author may SEND it; only its author or a
supervisor may see it (STATUS), discard it (HALT of a preview) or stop it in flight
(HALT), so an alert can still be stopped when its author is off shift, by a
supervisor. Other officers are refused, learn nothing of the alert, and are audited."""
from __future__ import annotations

import re

import pytest

from bot.alerts import store
from bot.officers import audit
from tests.helpers import assert_sms_sized

AUTHOR, COLLEAGUE, SARGE = "+447700900960", "+447700900961", "+447700900962"
SUBSCRIBERS = ["+447700900371", "+447700900372"]


@pytest.fixture()
def team(officers, make_phone):
    author = officers.register(AUTHOR, name="PC Author", badge="960")
    colleague = officers.register(COLLEAGUE, name="PC Colleague")
    sarge = officers.register(SARGE, name="Sgt Lee", badge="S1", role="supervisor")
    for number in SUBSCRIBERS:
        make_phone(number).send("JOIN FARMWATCH BA3 5QE")
    return author, colleague, sarge


def test_only_the_author_or_a_supervisor_sees_discards_or_halts(team, services, redis, fake_twilio, worker):
    author, colleague, sarge = team
    replies = author.send("ALERT FARMWATCH 5km BA3 5QE Cattle loose on the A362")
    code = re.search(r"SEND (A-\d+)", replies[-1]).group(1)
    refused = f"{code} is PC Author (960)'s alert: only they or a supervisor can"

    [msg] = colleague.send(f"SEND {code}")
    assert msg == f"Only the officer who wrote {code} can send it." and store.state(redis, code) == "preview"
    [msg] = colleague.send(f"STATUS {code}")
    assert msg == f"{refused} see it."
    [msg] = colleague.send(f"HALT {code}")
    assert msg == f"{refused} halt it." and store.state(redis, code) == "preview"
    [msg] = sarge.send(f"SEND {code}")
    assert msg == f"Only the officer who wrote {code} can send it." and store.state(redis, code) == "preview"
    [msg] = sarge.send(f"STATUS {code}")
    assert msg.startswith(f"{code} is a preview for 2 recipients")

    [msg] = author.send(f"SEND {code}")
    assert msg.startswith(f"Sending {code}")
    [msg] = colleague.send(f"HALT {code}")
    assert msg == f"{refused} halt it." and store.state(redis, code) == "queued"
    [msg] = colleague.send(f"STATUS {code}")
    assert msg == f"{refused} see it."
    [msg] = sarge.send(f"HALT {code}")
    assert msg.startswith(f"Halted {code}: 0 texts had already gone, 2 were stopped.")
    worker()
    assert fake_twilio.messages == []
    a = store.load(redis, code)
    assert a["state"] == "halted" and a["halted_by"] == services.identity.pseudonym(SARGE)
    [msg] = author.send(f"STATUS {code}")
    assert "halted 2" in msg

    refusals = [(e["action"], e["name"]) for e in audit.entries(redis, action="") if e.get("alert") == code
                and e["action"].endswith("_refused")]
    assert ("alert_status_refused", "PC Colleague") in refusals and ("alert_halt_refused", "PC Colleague") in refusals
    assert ("alert_send_refused", "Sgt Lee") in refusals


def test_a_supervisor_discards_another_officers_preview(team, redis):
    author, _, sarge = team
    code = re.search(r"SEND (A-\d+)", author.send("ALERT FARMWATCH 5km BA3 5QE Cattle loose")[-1]).group(1)
    [msg] = sarge.send(f"HALT {code}")
    assert msg == f"{code} discarded. Nothing was sent."
    assert_sms_sized([msg])
    [msg] = author.send(f"SEND {code}")
    assert msg == f"{code} was discarded and cannot be sent. Write a new ALERT."
    assert store.state(redis, code) == "discarded"

"""Who may do what with an alert: only its author may SEND it; any officer may
follow it (STATUS) and stop it (HALT), so an alert in flight can be stopped when
its author is not at their phone."""
from __future__ import annotations

import re

import pytest

from bot.alerts import store

AUTHOR, COLLEAGUE = "+447700900960", "+447700900961"
SUBSCRIBERS = ["+447700900371", "+447700900372"]


@pytest.fixture()
def officers(app, make_phone):
    for number, name in ((AUTHOR, "PC Author"), (COLLEAGUE, "PC Colleague")):
        result = app.test_cli_runner().invoke(args=["officer", "add", "--name", name, "--phone", number])
        assert result.exit_code == 0, result.output
    for number in SUBSCRIBERS:
        make_phone(number).send("JOIN FARMWATCH BA3 5QE")
    return make_phone(AUTHOR), make_phone(COLLEAGUE)


def test_only_the_author_sends_but_a_colleague_follows_and_halts(officers, services, redis, fake_twilio, worker):
    author, colleague = officers
    replies = author.send("ALERT FARMWATCH 5km BA3 5QE Cattle loose on the A362")
    code = re.search(r"SEND (A-\d+)", replies[-1]).group(1)

    [msg] = colleague.send(f"SEND {code}")
    assert "Only the officer who wrote" in msg and store.state(redis, code) == "preview"
    [msg] = colleague.send(f"STATUS {code}")
    assert msg.startswith(f"{code} is a preview for 2 recipients")

    [msg] = author.send(f"SEND {code}")
    assert msg.startswith(f"Sending {code}")
    [msg] = colleague.send(f"HALT {code}")
    assert msg.startswith(f"Halting {code}")
    worker()
    assert fake_twilio.messages == []
    a = store.load(redis, code)
    assert a["state"] == "halted" and a["halted_by"] == services.identity.pseudonym(COLLEAGUE)
    [msg] = colleague.send(f"STATUS {code}")
    assert "halted 2" in msg


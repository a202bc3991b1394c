"""Officer ALERT -> preview -> SEND -> fan-out through rq and the Twilio-compatible
server with the real SDK; STATUS; HALT; and every bad input the issue lists."""
from __future__ import annotations

import re

import pytest

from bot.alerts import store
from bot.messaging.segments import count_segments
from bot.store import keys
from tests.helpers import ALERT_TEXT

NEAR = ["+447700900301", "+447700900302", "+447700900303"]   # BA3 5QE and next door
FAR = "+447700900304"                                        # Bath, ~17 km away


@pytest.fixture()
def subscribers(make_phone):
    make_phone(NEAR[0]).send("JOIN FARMWATCH BA3 5QE")
    make_phone(NEAR[1]).send("JOIN FARMWATCH BA3 5QF")
    make_phone(NEAR[1]).send("JOIN HORSEWATCH BA3 5QF")   # in two matching schemes: one text
    make_phone(NEAR[2]).send("JOIN HORSEWATCH BA3 5QE")
    make_phone(FAR).send("JOIN FARMWATCH BA1 0AA")


def test_preview_shows_count_segments_text_code_and_sends_nothing(officer, subscribers, fake_twilio, worker):
    replies = officer.send(f"ALERT FARMWATCH 5km BA3 5QE {ALERT_TEXT}")
    body = replies[1]
    assert replies[0].startswith("Preview A-") and "2 recipients" in replies[0]
    assert f"Each text {count_segments(body)} segments (GSM-7)" in replies[0]
    assert body.startswith("Farm Watch alert: " + ALERT_TEXT)
    assert re.search(r"Ref: CAD-\d{8}-1\.", body)
    assert "Avon and Somerset Police: call 101" in body and "Reply LEAVE FARMWATCH or STOP" in body
    assert "SEND A-" in replies[2] and "Nothing has been sent" in replies[2]
    worker()
    assert fake_twilio.messages == []


def test_send_fans_out_once_per_person_and_status_counts(app, officer, subscribers, fake_twilio, worker,
                                                         services, make_phone, preview_code):
    replies = officer.send(f"ALERT ALL 5km BA3 5QE #rural {ALERT_TEXT}")
    # #rural is a Farm Watch and a Horse Watch category: NEAR[1] is in both and counts once; FAR is too far
    assert "3 recipients (ALL #rural, within 5km of BA3 5QE)" in replies[0]
    code = preview_code(replies)
    body = replies[1]
    [ack] = officer.send(f"SEND {code}")
    assert f"Sending {code}" in ack
    assert fake_twilio.messages == []          # nothing sent inside the request
    worker()
    sent = [(m["to"], m["body"]) for m in fake_twilio.messages]
    # rural: FARMWATCH (all its subscribers near) + HORSEWATCH (rural is a horse category too)
    assert sorted(t for t, _ in sent) == sorted(NEAR)
    assert all(b == body for _, b in sent)
    assert len(set(sent)) == len(sent)
    [status] = officer.send(f"STATUS {code}")
    assert "3 recipients" in status and "queued 0" in status and "sent 3" in status
    # Twilio delivery reports move the tallies (and never back)
    sid = fake_twilio.messages[0]["sid"]
    for st in ("delivered", "sent"):
        resp = officer.post("/sms/status", {"MessageSid": sid, "MessageStatus": st})
        assert resp.status_code == 204
    [status] = officer.send(f"STATUS {code}")
    assert "sent 2" in status and "delivered 1" in status
    # a second SEND does not send again
    [again] = officer.send(f"SEND {code}")
    assert "already" in again
    worker()
    assert len(fake_twilio.messages) == 3


def test_opted_out_and_21610_at_send_time(officer, subscribers, fake_twilio, worker, make_phone, redis, services,
                                          preview_code):
    code = preview_code(officer.send(f"ALERT HORSEWATCH 5km BA3 5QE {ALERT_TEXT}"))
    make_phone(NEAR[1]).send("STOP")             # after the preview: STOP takes them out of the selection
    officer.send(f"SEND {code}")
    # opted out at the carrier (an earlier 21610) but still indexed: deliver() checks again at send time
    redis.set(keys.opt_out(services.identity.pseudonym(NEAR[2])), "21610")
    worker()
    assert fake_twilio.messages == []
    [status] = officer.send(f"STATUS {code}")
    assert "done: 1 recipients" in status and "opted out 1" in status

    code = preview_code(officer.send(f"ALERT FARMWATCH 5km BA3 5QE {ALERT_TEXT}"))
    officer.send(f"SEND {code}")
    fake_twilio.fail_to(NEAR[0], 400, 21610)
    worker()
    assert fake_twilio.messages == []
    assert redis.exists(keys.opt_out(services.identity.pseudonym(NEAR[0])))
    [status] = officer.send(f"STATUS {code}")
    assert "done: 1 recipients" in status and "failed 1" in status


def test_halt_stops_alert_in_flight_and_discards_preview(officer, subscribers, fake_twilio, worker, preview_code):
    code = preview_code(officer.send(f"ALERT FARMWATCH 5km BA3 5QE {ALERT_TEXT}"))
    [msg] = officer.send(f"HALT {code}")
    assert "discarded" in msg
    [msg] = officer.send(f"SEND {code}")
    assert "discarded" in msg and "cannot be sent" in msg
    code = preview_code(officer.send(f"ALERT FARMWATCH 5km BA3 5QE {ALERT_TEXT}"))
    officer.send(f"SEND {code}")
    [msg] = officer.send(f"HALT {code}")
    assert msg.startswith(f"Halted {code}: 0 texts had already gone, 2 were stopped.")
    worker()
    assert fake_twilio.messages == []
    [status] = officer.send(f"STATUS {code}")
    assert "halted 2" in status


def test_preview_expires(officer, subscribers, redis, fake_twilio, worker, preview_code):
    code = preview_code(officer.send(f"ALERT FARMWATCH 5km BA3 5QE {ALERT_TEXT}"))
    redis.hset(keys.alert(code), "expires_at", 1)
    [msg] = officer.send(f"SEND {code}")
    assert "expired" in msg
    worker()
    assert fake_twilio.messages == []


@pytest.mark.parametrize("command, expected", [
    ("ALERT", "Use: ALERT"),
    ("ALERT DOGWATCH 5km BA3 5QE loose dog", "Unknown scheme DOGWATCH"),
    ("ALERT FARMWATCH 5 BA3 5QE cows", "with a unit"),
    ("ALERT FARMWATCH 0km BA3 5QE cows", "more than zero"),
    ("ALERT FARMWATCH 500km BA3 5QE cows", "largest radius is 50km"),
    ("ALERT FARMWATCH 5km BA3 5Q cows", "After the radius, give a postcode"),
    ("ALERT FARMWATCH 5km ZZ9 9ZZ cows", "could not find the postcode ZZ9 9ZZ"),
    ("ALERT FARMWATCH BA3 5QE cows", "Give a radius before the postcode"),
    ("ALERT FARMWATCH 5km BA3 5QE", "no text"),
    ("ALERT FARMWATCH 5km BA3 5QE #unicorns cows", "Unknown category #unicorns"),
    ("ALERT FARMWATCH 5km BA3 5QE " + "x" * 1600, "too long"),
    ("SEND", "Text SEND and the alert code"),
    ("SEND A-999", "No alert A-999"),
    ("STATUS A-999", "No alert A-999"),
    ("HALT A-999", "No alert A-999"),
])
def test_bad_alert_input_gets_clear_reply_and_changes_nothing(officer, subscribers, redis, command, expected):
    replies = officer.send(command)
    assert len(replies) == 1 and expected in replies[0], replies
    assert not redis.keys(keys.alert("*"))
    assert not redis.keys(keys.alert_recipients("*"))


def test_non_officer_alert_is_not_an_alert(subscribers, make_phone, redis, fake_twilio, worker):
    replies = make_phone(NEAR[0]).send(f"ALERT FARMWATCH 5km BA3 5QE {ALERT_TEXT}")
    assert not any("Preview" in r for r in replies)
    assert make_phone(NEAR[0]).send("SEND A-1") and not redis.keys(keys.alert("*"))
    worker()
    assert fake_twilio.messages == []


def test_only_the_author_can_send(app, officer, subscribers, officers, preview_code):
    code = preview_code(officer.send(f"ALERT FARMWATCH 5km BA3 5QE {ALERT_TEXT}"))
    smith = officers.register("+447700900901", name="PC Smith")
    [msg] = smith.send(f"SEND {code}")
    assert "Only the officer who wrote" in msg
    assert store.state(app.extensions["tipline"].redis, code) == "preview"

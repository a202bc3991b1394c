"""A STOP saved while a text waits for its turn in the token bucket wins: deliver()
checks the opt-out again when it claims the send (after the wait), atomically with
the claim, so the Twilio-compatible server never sees that text. Relays and duty
notifications here; alert texts in tests/alerts/test_stop_during_alert.py."""
from __future__ import annotations

import threading
import time

import pytest

from bot.messaging import outbound, queues, throttle
from bot.privacy.redact import SafeText
from bot.store import keys

NUMBER = "+447700900321"    # the ``recipient`` fixture's (tests/messaging/conftest.py)
RATE = 1.0                  # segments/s: a real long code's pace, so the wait is seconds


@pytest.fixture()
def app(config):
    from bot import create_app

    return create_app({**config, "SEND_RATE_SEGMENTS_PER_SECOND": RATE})


def bucket_ts(redis, sender: str) -> bytes | None:
    return redis.hget(keys.send_bucket(sender), "ts")


def drain_bucket_and_wait_for_next_reservation(services, redis, start) -> None:
    """Take 3 s of tokens, start the send (``start()``), and return once it has asked
    the bucket for its turn (the bucket's timestamp moved): it is now waiting."""
    sender = services.sender.sender_id
    throttle.reserve(redis, sender, 3, RATE)
    before = bucket_ts(redis, sender)
    time.sleep(0.01)    # the bucket keeps time in ms: the send's request must land in a later one
    start()
    deadline = time.monotonic() + 5
    while bucket_ts(redis, sender) == before and time.monotonic() < deadline:
        time.sleep(0.002)
    assert bucket_ts(redis, sender) != before, "the send never asked the bucket for its turn"


@pytest.mark.parametrize("queue,kind,dedupe_key", [
    (queues.TEXTS, "relay", "relay:T-ABCD:1"),
    (queues.URGENT, "duty_urgent", "duty:urgent:T-ABCD:officer"),
])
def test_stop_saved_during_the_wait_stops_the_text(queue, kind, dedupe_key, app, services, recipient, redis,
                                                   fake_twilio, make_phone):
    job = outbound.queue_text(services, recipient, SafeText.system("Police re T-ABCD: which way did he go?"),
                              dedupe_key, kind=kind, queue=queue)
    result = {}

    def send():
        with app.app_context():
            result["state"] = outbound.send_text(*job.args)

    sending = threading.Thread(target=send)
    drain_bucket_and_wait_for_next_reservation(services, redis, sending.start)
    replies = make_phone(NUMBER).send("STOP")       # saved and answered while the send waits
    assert "no more texts" in replies[0]
    sending.join(timeout=15)
    assert not sending.is_alive()

    assert fake_twilio.sent_to(NUMBER) == []
    assert [r for r in fake_twilio.requests if r["method"] == "POST"] == []
    assert result["state"] == "skipped"
    record = redis.hgetall(keys.outbound(dedupe_key))
    assert record[b"state"] == b"skipped" and record[b"reason"] == b"opted_out"
    assert b"claimed_at" not in record     # never claimed: nothing to ask Twilio about on a retry


def test_text_still_goes_when_nobody_stops(app, services, recipient, redis, fake_twilio):
    """The same wait without a STOP: the text goes once the bucket lets it."""
    job = outbound.queue_text(services, recipient, SafeText.system("Police re T-ABCD: thanks"), "relay:T-ABCD:2",
                              kind="relay")
    result = {}

    def send():
        with app.app_context():
            result["state"] = outbound.send_text(*job.args)

    sending = threading.Thread(target=send)
    started = time.monotonic()
    drain_bucket_and_wait_for_next_reservation(services, redis, sending.start)
    sending.join(timeout=15)
    assert result["state"] == "sent"
    assert time.monotonic() - started >= 2.5    # it did wait its turn
    assert [m["body"] for m in fake_twilio.sent_to(NUMBER)] == ["Police re T-ABCD: thanks"]

"""An alert text waiting for its turn in the token bucket is not sent once its
recipient's STOP has been saved and answered (deliver() checks the opt-out when it
claims the send, after the wait)."""
from __future__ import annotations

import threading
import time

import pytest

from bot.alerts import fanout, store, tally
from bot.alerts.cli import seed
from bot.messaging import throttle
from bot.store import keys

N = 2
BASE = 447700820000
LAT, LON = 51.232096, -2.463952   # BA3 5QE
RATE = 1.0                        # segments/s: a real long code's pace


@pytest.fixture()
def app(config):
    from bot import create_app

    # A slice long enough that the first text's wait (~3 s) ends inside it: the text must be
    # stopped by the claim after the wait, not by the check before the next slice's wait.
    return create_app({**config, "SEND_RATE_SEGMENTS_PER_SECOND": RATE, "ALERT_SEND_THREADS": 1,
                       "ALERT_SLICE_SECONDS": 60})


def test_stop_saved_while_an_alert_text_waits_wins(app, services, redis, officer, preview_code, make_phone,
                                                  fake_twilio):
    seed(services, N, "NHW", LAT, LON, spread_km=1.0, number_base=BASE)
    replies = officer.send("ALERT NHW 3km BA3 5QE Two men trying car doors on Church Lane")
    code = preview_code(replies)
    officer.send(f"SEND {code}")
    with app.app_context():
        fanout.plan_alert(code)
    first = services.identity.unseal(redis.get(keys.sealed_number(
        redis.zrange(keys.alert_recipients(code), 0, 0)[0].decode())))
    segments = store.load(redis, code)["segments"]

    sender = services.sender.sender_id
    throttle.reserve(redis, sender, 3, RATE)       # the bucket owes 2 s: the first text must wait
    before = redis.hget(keys.send_bucket(sender), "ts")
    time.sleep(0.01)

    drained = {}

    def drain():
        with app.app_context():
            drained["result"] = fanout.drain_alert(code)

    sending = threading.Thread(target=drain)
    sending.start()
    deadline = time.monotonic() + 5
    while redis.hget(keys.send_bucket(sender), "ts") == before and time.monotonic() < deadline:
        time.sleep(0.002)
    assert fake_twilio.requests == []
    replies = make_phone(first).send("STOP")       # saved and answered while the text waits
    assert "no more texts" in replies[0]
    sending.join(timeout=30 + 4 * segments / RATE)
    assert not sending.is_alive()
    assert drained["result"] == "done"      # one slice: the first text was stopped at its claim

    assert fake_twilio.sent_to(first) == []
    assert redis.hget(keys.outbound(keys.alert_send(code, services.identity.pseudonym(first))), "state") == b"skipped"
    assert len(fake_twilio.messages) == N - 1       # the other one still went
    counts = tally.counts(redis, code)
    assert counts["skipped"] == 1 and counts["sent"] == N - 1

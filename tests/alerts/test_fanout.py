"""Fan-out mechanics with small chunks: every recipient once, halting in flight,
and taking over a chunk whose worker died mid-send (no duplicate, no miss)."""
from __future__ import annotations

import time
from collections import Counter

import pytest

from bot.alerts import fanout, store
from bot.alerts.cli import seed
from bot.store import keys

N = 9
LAT, LON = 51.232096, -2.463952   # BA3 5QE


@pytest.fixture()
def app(config):
    from bot import create_app

    return create_app({**config, "ALERT_CHUNK_SIZE": 2, "ALERT_CHUNK_LEASE_SECONDS": 1})


@pytest.fixture()
def seeded(services):
    return seed(services, N, "NHW", LAT, LON, spread_km=1.0, number_base=447700800000)


@pytest.fixture()
def confirm(officer, preview_code):
    """``confirm()``: the officer previews an alert to all N seeded people and SENDs it; its code."""
    def preview_and_send(text="ALERT NHW 3km BA3 5QE Two men trying car doors on Church Lane") -> str:
        replies = officer.send(text)
        assert f"{N} recipients" in replies[0]
        code = preview_code(replies)
        officer.send(f"SEND {code}")
        return code
    return preview_and_send


def numbers():
    return {f"+{447700800000 + i}" for i in range(N)}


def test_every_recipient_once_across_chunks(officer, seeded, confirm, fake_twilio, worker, redis):
    code = confirm()
    worker()
    per_number = Counter(m["to"] for m in fake_twilio.messages)
    assert set(per_number) == numbers() and set(per_number.values()) == {1}
    a = store.load(redis, code)
    assert a["state"] == "done" and a["chunks"] == 5
    assert redis.scard(keys.alert_chunks_done(code)) == 5
    assert not redis.sismember(keys.ALERTS_IN_FLIGHT, code)
    [status] = officer.send(f"STATUS {code}")
    assert f"sent {N}" in status and "queued 0" in status


def test_halt_in_flight_marks_the_rest_halted(app, officer, seeded, confirm, fake_twilio, worker, redis):
    code = confirm()
    with app.app_context():
        fanout.plan_alert(code)          # planned and sending, drains queued
    officer.send(f"HALT {code}")
    worker()
    assert fake_twilio.messages == []
    [status] = officer.send(f"STATUS {code}")
    assert f"halted {N}" in status and "halted" in status.split(":")[0]


def test_chunk_of_a_killed_worker_is_taken_over_without_duplicates(app, officer, seeded, confirm, fake_twilio,
                                                                    worker, redis, services):
    code = confirm()
    with app.app_context():
        fanout.plan_alert(code)
    # A worker "died" holding chunk 0, after Twilio accepted its first text but before
    # recording it: the outbound record says claimed and the lease is still live.
    first = redis.zrange(keys.alert_recipients(code), 0, 0)[0].decode()
    number = services.identity.unseal(redis.get(keys.sealed_number(first)))
    body = store.load(redis, code)["body"]
    services.sender.send(redis, number, body, {})
    redis.hset(keys.outbound(f"alert:{code}:{first}"), mapping={"state": "claimed", "claimed_at": time.time()})
    redis.set(keys.alert_chunk_lease(code, 0), "dead-worker", px=800)
    started = time.monotonic()
    worker()
    per_number = Counter(m["to"] for m in fake_twilio.messages)
    assert set(per_number) == numbers() and set(per_number.values()) == {1}, per_number
    assert store.load(redis, code)["state"] == "done"
    assert time.monotonic() - started < 10
    [status] = officer.send(f"STATUS {code}")
    assert f"sent {N}" in status


def test_reconcile_restarts_alerts_in_flight(app, officer, seeded, confirm, fake_twilio, worker, redis, services):
    code = confirm()
    with app.app_context():
        fanout.plan_alert(code)
    for q in services.queues.values():
        q.empty()                        # the drain jobs were lost (e.g. Redis restored from backup)
    result = app.test_cli_runner().invoke(args=["alerts", "reconcile"])
    assert result.exit_code == 0 and code in result.output
    worker()
    assert Counter(m["to"] for m in fake_twilio.messages) == Counter({n: 1 for n in numbers()})


def test_transient_errors_are_retried_not_lost(app, officer, seeded, confirm, fake_twilio, worker, redis):
    code = confirm()
    fake_twilio.fail_next(503, 20500, times=2)
    worker()  # another drain job picks up the chunk that hit the errors
    assert Counter(m["to"] for m in fake_twilio.messages) == Counter({n: 1 for n in numbers()})
    assert store.load(redis, code)["state"] == "done"


def test_outage_then_retry_sends_everyone_once(app, officer, seeded, confirm, fake_twilio, worker, redis):
    code = confirm()
    fake_twilio.fail_next(503, 20500, times=10_000)   # Twilio down for the whole run
    worker()
    assert fake_twilio.messages == []
    assert store.load(redis, code)["state"] == "sending"
    fake_twilio.reset()                               # back up; rq's scheduled retry (or reconcile) runs
    with app.app_context():
        fanout.reconcile(app.extensions["tipline"])
    worker()
    assert Counter(m["to"] for m in fake_twilio.messages) == Counter({n: 1 for n in numbers()})
    assert store.load(redis, code)["state"] == "done"

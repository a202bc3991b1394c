"""An officer's relay is queued in the save transaction of their R text: Redis failing
right after the save cannot lose it (the officer has already been told "Queued for
the tipster"), the worker delivers it exactly once, and later relays still keep
their order behind it.

Redis is made to fail at the exact moment with a TCP proxy (tests/fakes/redis_proxy.py)
between the app and the real Redis.
"""
from __future__ import annotations

import re

import pytest

from bot import create_app
from bot.store import keys
from bot.tipline import tips
from bot.web import spool
from bot.web.inbound import handle_inbound
from tests.helpers import TIPSTER


@pytest.fixture()
def app(config, proxy):
    return create_app({**config, "REDIS_URL": proxy.url})


def relay(tip_id: str, words: str) -> str:
    return f"Avon and Somerset Police re {tip_id}: {words}"


def test_a_relay_reaches_the_tipster_once_when_redis_fails_right_after_the_save(
        proxy, services, officer, tipster, file_tip, worker, fake_twilio):
    tip_id = file_tip(tipster)
    worker()
    proxy.cut_after_next_exec()
    try:
        replies = officer.send(f"R {tip_id} which way did the car go?")
    finally:
        assert proxy.is_down, "the R text never reached its save"
        proxy.restore()
    assert replies == [f"Queued for the tipster of {tip_id} as: {relay(tip_id, 'which way did the car go?')}"]
    worker()
    assert [m["body"] for m in fake_twilio.sent_to(TIPSTER)] == [relay(tip_id, "which way did the car go?")]
    thread = [e["text"] for e in tips.load_thread(services.redis, tip_id) if e["from"].startswith("officer")]
    assert thread == ["which way did the car go?"]

    officer.send(f"R {tip_id} and was he alone?")   # the next relay is chained behind the first
    worker()
    worker()
    assert [m["body"] for m in fake_twilio.sent_to(TIPSTER)] == [relay(tip_id, "which way did the car go?"),
                                                                 relay(tip_id, "and was he alone?")]


def test_relays_queued_in_the_save_keep_their_order(services, officer, tipster, file_tip, worker, fake_twilio):
    tip_id = file_tip(tipster)
    worker()
    for n in range(1, 4):
        officer.send(f"R {tip_id} question {n}")
    link = services.redis.hget(keys.outbound(keys.relay_send(tip_id, 3)), "after")
    assert link and link.decode() == keys.relay_send(tip_id, 2)   # chained in the transaction, not after it
    worker()
    worker()
    assert [m["body"] for m in fake_twilio.sent_to(TIPSTER)] == [relay(tip_id, f"question {n}") for n in (1, 2, 3)]


def test_an_officer_relay_is_five_round_trips_with_nothing_after_the_save(proxy, officer, tipster, file_tip):
    """Lock and read, the officer, the tip, the checks with the message's number, the
    save: the relay job and its place in the recipient's order are part of the save."""
    tip_id = file_tip(tipster)
    officer.send(f"R {tip_id} first")   # the first use loads the check script into Redis
    proxy.reset_count()
    officer.send(f"R {tip_id} which way did the car go?")
    steps = proxy.steps()
    assert len(steps) == 5, steps
    assert steps[-1].endswith("EXEC"), steps   # the save is the last round trip


def test_with_jobs_run_in_process_a_relay_is_sent_only_once_its_save_commits(config, proxy, officers, make_phone,
                                                                          fake_twilio):
    """RQ_SYNC runs a job inside its enqueue: a relay queued in the save would be sent
    before the save commits (and again when the spooled R text is replayed), so it is
    queued right after the save instead."""
    inline = create_app({**config, "REDIS_URL": proxy.url, "RQ_SYNC": True})
    svc = inline.extensions["tipline"]
    tipster = make_phone(TIPSTER, app=inline)
    tipster.send("Two lads dealing from a grey Honda Civic HVM2207 outside the Co-op on Market Street")
    tip_id = re.search(r"T-[A-Z0-9]{4,6}", " ".join(tipster.send("SEND"))).group(0)
    officer = officers.register("+447700900501", name="PC Jones", app=inline)
    officer.send(f"R {tip_id} first")
    proxy.reset_count()
    officer.send(f"R {tip_id} second")
    save = next(n for n, step in enumerate(proxy.steps(), 1) if step.endswith("SET EVAL EXEC"))   # the save
    proxy.reset_count()
    proxy.fail_at(save, "cut")
    try:
        replies = officer.send(f"R {tip_id} third")
    finally:
        proxy.restore()
    assert "cannot deal with it just now" in replies[0]
    assert [m["body"] for m in fake_twilio.sent_to(TIPSTER)] == [relay(tip_id, "first"), relay(tip_id, "second")]
    svc.redis.connection_pool.disconnect()
    for key in svc.redis.scan_iter("tl:lock:*"):   # the replay comes once the failed turn's lock has run out
        svc.redis.delete(key)
    with inline.app_context():   # as `flask spool-replay` runs it
        assert spool.replay(svc, lambda f, b, m, s, at: handle_inbound(svc, f, b, m, s, now=at)) == (1, 0, 0)
    assert [m["body"] for m in fake_twilio.sent_to(TIPSTER)] == [relay(tip_id, w) for w in ("first", "second", "third")]

"""A confirmed alert is sent, once to each recipient, whatever Redis does after the
officer's SEND: its planning job is queued in the same MULTI as the move to
``queued`` (so a failure right after either commit loses nothing), and the
worker's sweep plans a confirmed alert whose planning job went missing all the
same (lost with a failed-over primary, or failed for good).

Redis is made to fail at the exact moment with a TCP proxy (tests/fakes/redis_proxy.py)
between the app and the real Redis.
"""
from __future__ import annotations

import re
from collections import Counter

import pytest
from rq.job import Job

from bot import create_app
from bot.alerts import fanout, store
from bot.alerts.cli import seed
from bot.messaging import queues
from bot.web import spool
from bot.web.inbound import handle_inbound

N = 3
LAT, LON = 51.232096, -2.463952   # BA3 5QE
ALERT = "ALERT NHW 3km BA3 5QE Two men trying car doors on Church Lane"


@pytest.fixture()
def app(config, proxy):
    return create_app({**config, "REDIS_URL": proxy.url})


@pytest.fixture()
def seeded(services):
    return seed(services, N, "NHW", LAT, LON, spread_km=1.0, number_base=447700800000)


def numbers() -> set[str]:
    return {f"+{447700800000 + i}" for i in range(N)}


def sent_once_each(fake_twilio) -> bool:
    per_number = Counter(m["to"] for m in fake_twilio.messages)
    return set(per_number) == numbers() and set(per_number.values()) == {1}


def plan_job_id(code: str) -> str:
    return f"alert-plan-{code}"


def let_locks_run_out(redis) -> None:
    """The spool is replayed once Redis is back, minutes later: by then the phone's lock,
    which the failed turn could not release, has run out (it lives 10 s at most)."""
    for key in redis.scan_iter("tl:lock:*"):
        assert 0 < redis.pttl(key) <= 10_000, key
        redis.delete(key)


def test_an_alert_goes_out_once_when_redis_fails_right_after_the_send_is_saved(
        proxy, services, officer, seeded, preview_code, worker, fake_twilio):
    code = preview_code(officer.send(ALERT))
    proxy.cut_after_next_exec(3)    # counting the recipients, the SEND's compare-and-set, the turn's save
    try:
        replies = officer.send(f"SEND {code}")
    finally:
        assert proxy.is_down, "the SEND never reached its save"
        proxy.restore()
    assert replies[0].startswith(f"Sending {code}")
    worker()
    assert sent_once_each(fake_twilio), fake_twilio.messages
    assert store.load(services.redis, code)["state"] == "done"


def test_an_alert_goes_out_once_when_redis_fails_between_the_send_and_the_save(
        proxy, services, officer, seeded, preview_code, worker, fake_twilio):
    """The move to ``queued`` commits, then Redis goes: the turn cannot be saved, so the
    text is spooled and the officer asked to text again. The alert goes out anyway, and
    the replayed SEND (or the officer's second one) sends nothing twice."""
    code = preview_code(officer.send(ALERT))
    proxy.cut_after_next_exec(2)    # counting the recipients, the SEND's compare-and-set
    try:
        replies = officer.send(f"SEND {code}")
    finally:
        assert proxy.is_down
        proxy.restore()
    assert "cannot deal with it just now" in replies[0]
    worker()
    assert sent_once_each(fake_twilio), fake_twilio.messages
    let_locks_run_out(services.redis)
    assert spool.replay(services, lambda f, b, m, s, at: handle_inbound(services, f, b, m, s, now=at)) == (1, 0, 0)
    assert officer.send(f"SEND {code}")[0].startswith(f"{code} is already")
    worker()
    assert sent_once_each(fake_twilio), fake_twilio.messages


def test_the_worker_sweep_plans_a_confirmed_alert_whose_planning_job_was_lost(
        app, services, officer, seeded, preview_code, fake_twilio):
    code = preview_code(officer.send(ALERT))
    officer.send(f"SEND {code}")
    queue = services.queues[queues.ALERTS]
    assert plan_job_id(code) in queue.job_ids
    queue.remove(plan_job_id(code))      # lost (e.g. with a primary that failed over before it synced)
    Job.fetch(plan_job_id(code), connection=services.redis).delete()
    result = app.test_cli_runner().invoke(args=["worker", "--burst", "--simple"])
    assert result.exit_code == 0, result.output
    assert sent_once_each(fake_twilio), fake_twilio.messages
    assert store.load(services.redis, code)["state"] == "done"


def test_reconcile_does_not_queue_a_second_plan_for_an_alert_whose_plan_is_queued(
        app, services, officer, seeded, preview_code, worker, fake_twilio):
    code = preview_code(officer.send(ALERT))
    officer.send(f"SEND {code}")
    result = app.test_cli_runner().invoke(args=["alerts", "reconcile"])
    assert result.exit_code == 0, result.output
    assert services.queues[queues.ALERTS].job_ids.count(plan_job_id(code)) == 1
    worker()
    assert sent_once_each(fake_twilio), fake_twilio.messages


def test_the_sweep_leaves_alone_an_alert_whose_plan_is_queued_or_that_is_not_confirmed(
        app, services, officer, seeded, preview_code):
    preview = preview_code(officer.send(ALERT))
    confirmed = preview_code(officer.send(ALERT))
    officer.send(f"SEND {confirmed}")
    assert fanout.sweep(services) == []
    assert services.queues[queues.ALERTS].job_ids == [plan_job_id(confirmed)]
    assert store.load(services.redis, preview)["state"] == "preview"


def test_with_jobs_run_in_process_the_alert_is_planned_after_the_send_commits(config, proxy, officers, fake_twilio):
    """RQ_SYNC runs a job inside its enqueue: planned inside SEND's MULTI, the alert
    would still look unconfirmed to its own planning job, so it is queued after the save."""
    inline = create_app({**config, "REDIS_URL": proxy.url, "RQ_SYNC": True})
    seed(inline.extensions["tipline"], N, "NHW", LAT, LON, spread_km=1.0, number_base=447700800000)
    officer = officers.register("+447700900900", app=inline)
    code = re.search(r"SEND (A-\d+)", officer.send(ALERT)[-1]).group(1)
    assert officer.send(f"SEND {code}")[0].startswith(f"Sending {code}")
    assert sent_once_each(fake_twilio), fake_twilio.messages

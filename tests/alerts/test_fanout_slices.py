"""Alert drain jobs work in time slices (ALERT_SLICE_SECONDS): once its slice is used and
another job waits in a queue served before the alerts queue, a drain job lets go of
its chunk and queues a new drain job at the back of the alerts queue, which carries
on where it stopped (no one twice, no one missed); while nothing else waits it goes
on. A recipient let out before a HALT still gets the text when a later slice
finishes the chunk. A slice that met transient errors hands back after a pause."""
from __future__ import annotations

import time
from collections import Counter

import pytest
from rq.job import Job
from rq.registry import ScheduledJobRegistry, StartedJobRegistry

from bot.alerts import fanout, store, tally
from bot.alerts.cli import seed
from bot.messaging import outbound, queues
from bot.privacy.redact import SafeText
from bot.store import keys
from tests.helpers import OFFICER

N = 10
BASE = 447700840000
LAT, LON = 51.232096, -2.463952   # BA3 5QE
RATE = 4.0                        # segments/s: the alert outlasts a slice
SLICE = 1.0                       # s


@pytest.fixture()
def app(config):
    from bot import create_app

    return create_app({**config, "SEND_RATE_SEGMENTS_PER_SECOND": RATE, "ALERT_CHUNK_SIZE": 5,
                       "ALERT_SEND_THREADS": 1, "ALERT_SLICE_SECONDS": SLICE})


@pytest.fixture()
def planned(app, services, officer, preview_code):
    """An alert to N subscribers, confirmed and planned (drain jobs queued, none run)."""
    seed(services, N, "NHW", LAT, LON, spread_km=1.0, number_base=BASE)
    replies = officer.send("ALERT NHW 3km BA3 5QE Two men trying car doors on Church Lane")
    code = preview_code(replies)
    officer.send(f"SEND {code}")
    with app.app_context():
        fanout.plan_alert(code)
    return code


def everyone_once(fake_twilio) -> bool:
    per_number = Counter(m["to"] for m in fake_twilio.messages if m["to"] != OFFICER)
    return set(per_number) == {f"+{BASE + i}" for i in range(N)} and set(per_number.values()) == {1}


def test_a_drain_job_hands_the_rest_back_when_a_text_waits(app, planned, services, redis, officers,
                                                            fake_twilio, worker):
    code = planned
    q = services.queues[queues.ALERTS]
    q.empty()       # the planned drain jobs: this test runs one by hand
    segments = store.load(redis, code)["segments"]
    assert N * segments / RATE > 2 * SLICE
    officers.register(OFFICER, name="PC Duty")
    outbound.queue_text(services, services.identity.pseudonym(OFFICER), SafeText.system("Police re T-ABCD: hello"),
                        "relay:T-ABCD:slices", kind="relay")      # waits in the texts queue
    started = time.monotonic()
    with app.app_context():
        assert fanout.drain_alert(code) == "handed back"
    assert time.monotonic() - started >= SLICE        # it sent for its whole slice...
    sent = len(fake_twilio.messages)
    assert 0 < sent < N                               # ...and left the rest
    [next_job] = q.get_jobs()                                         # one job carries on, at the back
    assert next_job.func_name.endswith("drain_alert") and next_job.args == (code,)
    assert not any(redis.exists(keys.alert_chunk_lease(code, n)) for n in (-1, 0, 1))   # nothing held
    assert store.state(redis, code) == "sending"

    worker()
    assert everyone_once(fake_twilio)
    assert len(fake_twilio.sent_to(OFFICER)) == 1
    assert store.state(redis, code) == "done"
    assert tally.counts(redis, code)["sent"] == N
    assert StartedJobRegistry(queue=q).count == 0 and q.count == 0


def test_a_drain_job_goes_on_while_nothing_else_waits(app, planned, services, redis, fake_twilio):
    """A new job per slice costs a fork and rq's bookkeeping: with no other work
    waiting, one drain job sends the whole alert, slices or not."""
    code = planned
    q = services.queues[queues.ALERTS]
    q.empty()
    segments = store.load(redis, code)["segments"]
    assert N * segments / RATE > 2 * SLICE
    with app.app_context():
        assert fanout.drain_alert(code) == "done"
    assert everyone_once(fake_twilio)
    assert q.count == 0 and store.state(redis, code) == "done"


def test_a_recipient_let_out_before_a_halt_still_gets_the_text(app, planned, services, redis, officer,
                                                               fake_twilio, worker):
    """A slice ended after letting out recipient 3 of chunk 0 but before sending to them;
    then HALT: the next slice must send to them (HALT counted them as gone) and halt
    the rest, though recipients 0-2 before them in the chunk were never let out."""
    code = planned
    members = [m.decode() for m in redis.zrange(keys.alert_recipients(code), 0, -1)]
    assert store.release(redis, code, members[3])
    [reply] = officer.send(f"HALT {code}")
    assert "1 text had already gone" in reply, reply
    worker()
    number = services.identity.unseal(redis.get(keys.sealed_number(members[3])))
    assert [m["to"] for m in fake_twilio.messages] == [number]
    counts = tally.counts(redis, code)
    assert counts["sent"] == 1 and counts["halted"] == N - 1
    assert store.state(redis, code) == "halted"
    assert not redis.sismember(keys.ALERTS_IN_FLIGHT, code)


def test_transient_errors_pause_the_next_slice_and_the_last_attempt_ends_the_text(
        app, planned, services, redis, fake_twilio, worker):
    """Twilio answers 503 to every send to one subscriber: the slice that met it hands
    back to a drain job that starts after a pause (streak 1), and once the pauses are
    used up (streak len(TRANSIENT_BACKOFF_S)) the text ends failed; everyone else gets
    the alert once and the alert finishes."""
    code = planned
    q = services.queues[queues.ALERTS]
    q.empty()
    first = redis.zrange(keys.alert_recipients(code), 0, 0)[0].decode()
    number = services.identity.unseal(redis.get(keys.sealed_number(first)))
    fake_twilio.fail_to(number, 503, 20500)
    with app.app_context():
        assert fanout.drain_alert(code) == f"handed back, in {fanout.TRANSIENT_BACKOFF_S[0]} s"
    assert q.count == 0                                   # nothing to run now...
    [later] = [Job.fetch(i, connection=redis) for i in ScheduledJobRegistry(queue=q).get_job_ids()]
    assert later.args == (code, 1)                        # ...one drain job after the pause
    assert redis.hget(keys.outbound(keys.alert_send(code, first)), "state") in (b"claimed", b"retry")

    last = len(fanout.TRANSIENT_BACKOFF_S)
    with app.app_context():
        for _ in range(4 * N):
            if fanout.drain_alert(code, last) == "done":
                break
    record = redis.hgetall(keys.outbound(keys.alert_send(code, first)))
    assert record[b"state"] == b"failed" and record[b"reason"] == b"retries_exhausted"
    per_number = Counter(m["to"] for m in fake_twilio.messages)
    assert number not in per_number and len(per_number) == N - 1 and set(per_number.values()) == {1}
    counts = tally.counts(redis, code)
    assert counts["sent"] == N - 1 and counts["failed"] == 1
    assert store.state(redis, code) == "done"

"""Fault injection at each step of the inbound path (issue 9, the harness).

For each kind of text (a tipster's first text, which starts a draft; a tipster's
SEND, which files it; an officer's R relay; a JOIN; an officer's alert SEND), a
clean run first counts its round trips to Redis and names them (the proxy's
trace). Then, for each round trip in turn and each way Redis fails, the same text
is sent again from the same state with Redis failing from that round trip on:

- ``cut``: the connection dies before the round trip reaches Redis;
- ``lost_reply``: the round trip runs in Redis, and its reply never comes back;
- ``oom``, ``readonly``, ``misconf``: the real server answers with its own errors
  from then on (``-OOM``, ``-READONLY``, ``-MISCONF``; ``-EXECABORT`` for a MULTI).

Expected, every time: a 200 with TwiML (never a 500); the text spooled and the
sender asked to text again (nothing can be saved while Redis fails, and the save
is the last round trip); once Redis is back, the spool replay (a new process, as
``flask spool-replay`` is) and the worker leave the state exactly as one clean run
of the text would, with its work after the save (a relay, an alert, news for
officers, a draft's idle check) done exactly once. A text whose save committed
before its reply was lost is answered from the reply cache by the replay, never
run twice. Last, Redis failing right *after* the save finds no round trip of the
text left to break: the sender gets the normal answer and the worker does the rest
once Redis is back.
"""
from __future__ import annotations

import re
import shutil
import time
from collections import Counter
from dataclasses import dataclass
from typing import Callable

import pytest
import redis as redis_lib
from rq import SimpleWorker

from bot import create_app
from bot.alerts import store as alert_store
from bot.alerts import subscribers
from bot.alerts.cli import seed
from bot.alerts.schemes import ANY
from bot.messaging import queues
from bot.store import keys
from bot.tipline import drafts, tips
from bot.web import spool
from bot.web.inbound import handle_inbound
from tests.fakes.redis_proxy import FAILURES
from tests.helpers import OFFICER, TIPSTER, conversation

SUBSCRIBER = "+447700900555"
N_ALERTED = 3
LAT, LON = 51.232096, -2.463952   # BA3 5QE
FIRST_TEXT = "Someone is stripping the lead off the church roof"
TIP_TEXT = "Two lads dealing from a grey Honda Civic HVM2207 outside the Co-op on Market Street"
RELAY_WORDS = "which way did the car go?"
UNAVAILABLE = "We have your text but cannot deal with it just now."
TIP_ID = re.compile(r"T-[A-Z0-9]{4,6}")


@pytest.fixture()
def app(config, proxy):
    return create_app({**config, "REDIS_URL": proxy.url, "NOTIFY_ALL_TIPS_TO_DUTY": True})


class Harness:
    """One kind of text, sent again and again from the same Redis state."""

    def __init__(self, app, services, proxy, redis_server, officers, make_phone, fake_twilio):
        self.app, self.services, self.proxy = app, services, proxy
        self.officers, self.make_phone, self.twilio = officers, make_phone, fake_twilio
        self.control = redis_lib.Redis(port=redis_server.port)   # straight to Redis, never through the proxy
        self.data: dict = {}
        self._snapshot: list = []

    # -- state -------------------------------------------------------------------------
    def snapshot(self) -> None:
        """Remember every key (with its TTL) as the kind's setup left it."""
        self._snapshot = [(k, self.control.pttl(k), self.control.dump(k)) for k in self.control.scan_iter()]

    def reset(self) -> None:
        """Back to the snapshot: Redis, the spool, the texts Twilio was sent."""
        self.control.flushall()
        for key, ttl, value in self._snapshot:
            if value is not None:
                self.control.restore(key, max(ttl, 0), value, replace=True)
        shutil.rmtree(spool.spool_dir(self.services.config), ignore_errors=True)
        self.twilio.reset()
        self.fresh_connections()

    def fresh_connections(self) -> None:
        """As a new process has: no connection the outage left dead, one warm one
        (so a new connection's handshake is not counted as a step of the text)."""
        self.services.redis.connection_pool.disconnect()
        self.services.redis.ping()
        for q in self.services.queues.values():
            q.get_redis_server_version()   # rq asks once per queue object

    def let_locks_run_out(self) -> None:
        """The spool is replayed once Redis is back, minutes later: by then a phone's
        lock that the failed turn could not release has run out (10 s at most)."""
        for key in self.control.scan_iter("tl:lock:*"):
            assert 0 < self.control.pttl(key) <= 10_000, key
            self.control.delete(key)

    def worker(self) -> None:
        """rq's worker, in-process, in burst mode (it also runs what its jobs queue:
        drains, sends). Without the scheduler, which nothing here needs (no text is
        due later) and which costs about a second to start after each reset."""
        svc = self.services
        with self.app.app_context():
            SimpleWorker([svc.queues[n] for n in queues.ALL_QUEUES], connection=svc.redis).work(
                burst=True, with_scheduler=False, logging_level="WARNING")

    # -- one text ----------------------------------------------------------------------
    def send(self, kind: Kind, fail_at: int | None = None, how: str = "cut", then_fail: bool = False) -> list[str]:
        """Send the kind's text with Redis failing (``how``) from round trip ``fail_at``
        on; ``then_fail``: and then, after the text, whoever comes next meets that
        failure (here a PING). Redis is back (restored) when this returns."""
        phone, body = kind.text(self)
        self.proxy.reset_count()
        if fail_at:
            self.proxy.fail_at(fail_at, how)
        try:
            replies = phone.send(body)   # asserts a 200
            if then_fail:
                try:
                    self.services.redis.ping()
                except redis_lib.RedisError:
                    pass
            return replies
        finally:
            self.fired = self.proxy.fired
            self.proxy.restore()

    def replay(self) -> tuple[int, int, int]:
        svc = self.services
        return spool.replay(svc, lambda f, b, m, s, at: handle_inbound(svc, f, b, m, s, now=at))


@dataclass
class Kind:
    setup: Callable[[Harness], None]              # with Redis healthy, once
    text: Callable[[Harness], tuple]              # (phone, body)
    answered: Callable[[Harness, list[str]], bool]   # the normal answer
    check: Callable[[Harness], None]              # once Redis is back and the worker ran: exactly once


# -- a tipster's first text: a draft, its idle check --------------------------------------
def draft_text(h):
    return h.make_phone(TIPSTER), FIRST_TEXT


def draft_check(h):
    conv = conversation(h.services, TIPSTER)
    assert conv["texts"] == [FIRST_TEXT] and conv["state"] == "where", conv
    pseudonym = h.services.identity.pseudonym(TIPSTER)
    assert h.services.redis.zscore(keys.DRAFT_IDLE_CHECKS, pseudonym) is not None, "the idle check is missing"
    with h.app.app_context():   # the tipster goes quiet: filed by its check (or the sweep)
        drafts.sweep(h.services, now=time.time() + 2 * drafts.idle_seconds(h.services.config) + 600)
    conv = conversation(h.services, TIPSTER)
    assert conv["state"] == "filed"
    assert tips.load_tip(h.services.redis, conv["tip_id"])["fields"]["what"] == FIRST_TEXT


# -- a tipster's SEND: the tip filed, news for the officer on duty ------------------------
def tip_send_setup(h):
    h.officers.register(OFFICER, name="PC Jones", badge="4411").send("ON")
    h.make_phone(TIPSTER).send(TIP_TEXT)
    h.worker()


def tip_send_check(h):
    conv = conversation(h.services, TIPSTER)
    assert conv["state"] == "filed" and conv["texts"] == [TIP_TEXT], conv
    assert h.services.redis.zcard(keys.TIPS_BY_TIME) == 1
    h.worker()
    told = [m["body"] for m in h.twilio.sent_to(OFFICER)]
    assert len(told) == 1 and told[0].startswith(f"New tip {conv['tip_id']}"), told


# -- an officer's R: the relay to the tipster ---------------------------------------------
def relay_setup(h):
    h.officers.register(OFFICER, name="PC Jones", badge="4411")
    tipster = h.make_phone(TIPSTER)
    tipster.send(TIP_TEXT)
    h.data["tip_id"] = TIP_ID.search(" ".join(tipster.send("SEND"))).group(0)
    h.worker()


def relay_text(h):
    return h.make_phone(OFFICER), f"R {h.data['tip_id']} {RELAY_WORDS}"


def relay_check(h):
    tip_id = h.data["tip_id"]
    h.worker()
    assert [m["body"] for m in h.twilio.sent_to(TIPSTER)] == [f"Avon and Somerset Police re {tip_id}: {RELAY_WORDS}"]
    thread = [e["text"] for e in tips.load_thread(h.services.redis, tip_id) if e["from"].startswith("officer")]
    assert thread == [RELAY_WORDS]


# -- a JOIN with its postcode ---------------------------------------------------------------
def join_check(h):
    pseudonym = h.services.identity.pseudonym(SUBSCRIBER)
    record, paused = subscribers.load(h.services.redis, pseudonym)
    assert list(record) == ["FARMWATCH"] and record["FARMWATCH"]["area"] == "BA3 5QE" and not paused
    assert h.services.redis.zscore(keys.scheme_geo("FARMWATCH", ANY), pseudonym) is not None
    assert h.services.redis.exists(keys.sealed_number(pseudonym))   # an alert can reach them


# -- an officer's alert SEND: the alert, once to each recipient ----------------------------
def alert_setup(h):
    seed(h.services, N_ALERTED, "NHW", LAT, LON, spread_km=1.0, number_base=447700800000)
    replies = h.officers.register(OFFICER, name="PC Jones", badge="4411").send(
        "ALERT NHW 3km BA3 5QE Two men trying car doors on Church Lane")
    h.data["alert"] = re.search(r"SEND (A-\d+)", replies[-1]).group(1)


def alert_check(h):
    h.worker()
    per_number = Counter(m["to"] for m in h.twilio.messages)
    assert per_number == Counter({f"+{447700800000 + i}": 1 for i in range(N_ALERTED)}), per_number
    assert alert_store.load(h.services.redis, h.data["alert"])["state"] == "done"


def nothing(h):
    pass


KINDS = {
    "draft": Kind(nothing, draft_text, lambda h, r: r[0].startswith("ASP Tip Line") and "Where" in r[0],
                  draft_check),
    "tip SEND": Kind(tip_send_setup, lambda h: (h.make_phone(TIPSTER), "SEND"),
                     lambda h, r: "Your tip is T-" in r[0], tip_send_check),
    "officer R": Kind(relay_setup, relay_text, lambda h, r: r[0].startswith("Queued for the tipster"),
                      relay_check),
    "JOIN": Kind(nothing, lambda h: (h.make_phone(SUBSCRIBER), "JOIN FARMWATCH BA3 5QE"),
                 lambda h, r: r[0].startswith("You joined Farm Watch"), join_check),
    "alert SEND": Kind(alert_setup, lambda h: (h.make_phone(OFFICER), f"SEND {h.data['alert']}"),
                       lambda h, r: r[0].startswith(f"Sending {h.data['alert']}"), alert_check),
}


@pytest.fixture()
def harness(app, services, proxy, redis_server, officers, make_phone, fake_twilio):
    return Harness(app, services, proxy, redis_server, officers, make_phone, fake_twilio)


@pytest.mark.parametrize("how", FAILURES)
@pytest.mark.parametrize("name", list(KINDS))
def test_redis_failing_at_each_step_of_an_inbound_text(harness, name, how):
    h, kind = harness, KINDS[name]
    kind.setup(h)
    h.snapshot()
    for _ in range(2):   # the first run loads scripts into Redis; the second is the one counted
        h.reset()
        replies = h.send(kind)
        steps = h.proxy.steps()
        assert kind.answered(h, replies), replies
    kind.check(h)                                   # a clean run passes the check
    assert steps[-1].endswith("EVAL EXEC"), steps   # the save (its last command releases the lock) is last

    for step in range(1, len(steps) + 1):
        where = f"{name}, Redis failing ({how}) from step {steps[step - 1]} of {steps}"
        h.reset()
        replies = h.send(kind, fail_at=step, how=how)
        assert h.fired == (step, how), where
        assert replies[0].startswith(UNAVAILABLE) and len(replies) == 1, (where, replies)
        assert spool.pending(h.services.config) == 1, where
        h.fresh_connections()                       # the replay is a new process
        h.let_locks_run_out()
        assert h.replay() == (1, 0, 0), where       # replayed (or answered from the reply cache)
        try:
            kind.check(h)
        except AssertionError as exc:
            raise AssertionError(f"{where}: {exc}") from exc

    # Right after the save: nothing of the text is left for Redis failing to break, and
    # what follows the save is in Redis, for the worker once Redis is back.
    h.reset()
    replies = h.send(kind, fail_at=len(steps) + 1, how=how, then_fail=True)
    assert h.fired == (len(steps) + 1, how), "the text had round trips after its save"
    assert kind.answered(h, replies), replies
    assert spool.pending(h.services.config) == 0
    h.fresh_connections()
    kind.check(h)

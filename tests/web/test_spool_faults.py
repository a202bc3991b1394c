"""No text is lost when Redis answers with an error, and the spool keeps what it holds.

The errors come from a real Redis server put into each failure state:
out of memory (maxmemory 1, noeviction), READONLY (turned into a replica of a
master that does not exist, as after a Sentinel failover), MISCONF (a failed
background save with stop-writes-on-bgsave-error).
"""
from __future__ import annotations

import os
import stat
import time
import uuid

import pytest
import redis as redis_lib

from bot.web import spool
from bot.web.inbound import handle_inbound
from tests.fakes.redis_proxy import misconf, out_of_memory, read_only
from tests.helpers import conversation


def replay(services):
    return spool.replay(services, lambda f, b, m, s, at: handle_inbound(services, f, b, m, s, now=at))


@pytest.mark.parametrize("fault, error", [(out_of_memory, "maxmemory"), (read_only, "read only"),
                                          (misconf, "MISCONF|RDB snapshots")])
def test_a_redis_error_spools_the_text_and_a_replay_files_it(fault, error, phone, services, redis):
    undo = fault(redis)
    try:
        with pytest.raises(redis_lib.ResponseError, match=error):
            redis.set("probe", 1)                    # the server really is in that state
        replies = phone.send("Two men trying shed doors on Mill Lane", sid="SM" + uuid.uuid4().hex)
        assert "cannot deal with it just now" in replies[0] and "999" in replies[0]
        assert spool.pending(services.config) == 1
    finally:
        undo()
    assert replay(services) == (1, 0, 0)
    assert conversation(services, phone.number)["fields"]["what"] == "Two men trying shed doors on Mill Lane"


def test_the_spool_is_private_and_sealed(phone, services, redis):
    undo = out_of_memory(redis)
    try:
        phone.send("Stolen quad bike, ring me on 07700 900123")
    finally:
        undo()
    path = spool.spool_path(services.config)
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    assert stat.S_IMODE(os.stat(os.path.dirname(path)).st_mode) == 0o700
    content = open(path).read()
    assert "quad bike" not in content and "7700" not in content


def _spool_texts(services, n, start=0):
    for i in range(start, start + n):
        spool.spool_inbound(services, "+447700900%03d" % i, f"text {i}", [], f"SMspool{i:04d}", reason="test")


class Interrupted(BaseException):
    """Like a SIGTERM mid-replay: not an Exception, so nothing in replay catches it."""


def test_an_interrupted_replay_loses_nothing_and_advances_nothing_twice(services):
    _spool_texts(services, 40)
    seen = []

    def dies_after_15(f, b, m, s, at):
        if len(seen) == 15:
            raise Interrupted()
        seen.append(s)
        handle_inbound(services, f, b, m, s, now=at)

    with pytest.raises(Interrupted):
        spool.replay(services, dies_after_15)
    _spool_texts(services, 10, start=40)         # more texts arrive before the next replay
    assert spool.pending(services.config) == 50  # the stranded batch was not overwritten
    done, kept, rejected = replay(services)
    assert (done, kept, rejected) == (50, 0, 0)  # 15 of them answered from the reply cache
    for i in range(50):
        conv = conversation(services, "+447700900%03d" % i)
        assert conv["texts"] == [f"text {i}"], i  # each text exactly once
    assert spool.pending(services.config) == 0


def test_a_malformed_line_does_not_stop_the_replay(services):
    _spool_texts(services, 2)
    with open(spool.spool_path(services.config), "a") as fh:
        fh.write('{"v": 2, "sealed": "not-a-fernet-token"}\n{"trunc')
    _spool_texts(services, 2, start=2)
    assert replay(services) == (4, 0, 2)
    rejected = os.path.join(spool.spool_dir(services.config), spool.REJECTED_NAME)
    assert len(open(rejected).read().splitlines()) == 2
    assert spool.pending(services.config) == 0


def test_texts_that_fail_again_stay_spooled(services):
    _spool_texts(services, 3)

    def redis_still_down(f, b, m, s, at):
        raise redis_lib.ConnectionError("still down")

    assert spool.replay(services, redis_still_down) == (0, 3, 0)
    assert spool.pending(services.config) == 3
    assert replay(services) == (3, 0, 0)


def test_a_replayed_text_keeps_the_time_it_arrived(services):
    _spool_texts(services, 1)
    time.sleep(1.2)
    replayed_at = time.time()
    assert replay(services) == (1, 0, 0)
    conv = conversation(services, "+447700900000")
    assert conv["started_at"] < replayed_at - 1      # when Twilio delivered it, not when it was replayed


def test_the_tipster_is_not_asked_to_send_it_again(phone, redis):
    undo = out_of_memory(redis)
    try:
        reply = phone.send("Someone is breaking into the garages on Elm Row")[0]
    finally:
        undo()
    assert "no need to send it again" in reply and "text again" not in reply and "999" in reply

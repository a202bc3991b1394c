"""Lua scripts outside transactions go by SHA (EVALSHA) and survive SCRIPT FLUSH
(a restart or failover empties the server's script cache: NOSCRIPT, then reload);
they run on whichever client is passed in. Scripts queued in the inbound MULTI
stay plain EVAL (no SCRIPT EXISTS round trip)."""
from __future__ import annotations

import redis as redis_lib

from bot.alerts import tally
from bot.messaging import delivery, throttle
from bot.privacy.identity import keep_number, refresh_number, unpin_number
from bot.store import keys, locks
from tests.fakes.redis_server import RedisServer

SID = "SM" + "ef" * 16


def calls(redis, command: str) -> int:
    """Calls of a command since CONFIG RESETSTAT (Redis 7 counts SCRIPT LOAD as
    'script|load', Redis 6 as 'script')."""
    stats = redis.info("commandstats")
    names = [command] if "|" not in command else [command, command.split("|")[0]]
    return sum(stats.get(f"cmdstat_{name}", {}).get("calls", 0) for name in names)


def run_each_script(redis) -> list:
    """Every registered script once, in an order whose answers say the script ran."""
    return [
        throttle.reserve(redis, "+447700900000", 1, 1.0),       # full bucket: send now
        throttle.reserve(redis, "+447700900000", 1, 1.0),       # empty: wait about a second
        delivery.record_status(redis, SID, "delivered", "", 1.0),
        delivery.record_status(redis, SID, "sent", "", 2.0),    # never back from final
        tally.record(redis, "A-3", "p1", "sent"),
        tally.record(redis, "A-3", "p1", "sent"),               # no double count
    ]


def check_answers(answers) -> None:
    first, second, delivered, late_sent, sent, again = answers
    assert first == 0 and 900 <= second <= 1000
    assert delivered is True and late_sent is False
    assert sent is True and again is False


def test_registered_scripts_go_by_sha_and_reload_after_script_flush(redis):
    redis.config_resetstat()
    check_answers(run_each_script(redis))
    redis.delete(keys.send_bucket("+447700900000"), keys.message_status(SID), keys.alert_results("A-3"),
                 keys.alert_counts("A-3"))
    assert calls(redis, "eval") == 0            # never the whole source per call
    redis.script_flush()                        # NOSCRIPT on the next EVALSHA of each
    redis.config_resetstat()
    check_answers(run_each_script(redis))
    assert calls(redis, "eval") == 0
    assert calls(redis, "evalsha") >= 6
    assert calls(redis, "script|load") >= 3     # each reloaded after the flush
    assert tally.counts(redis, "A-3")["sent"] == 1
    assert redis.hget(keys.message_status(SID), "status") == b"delivered"


def test_scripts_run_on_the_client_passed_in(redis):
    check_answers(run_each_script(redis))       # first used with the app's client ...
    other = RedisServer().start()               # ... then with another server's, which never saw them
    try:
        client = redis_lib.Redis.from_url(other.url)
        check_answers(run_each_script(client))
        assert client.hget(keys.message_status(SID), "status") == b"delivered"
        assert tally.counts(client, "A-3")["sent"] == 1
    finally:
        other.stop()


def test_transaction_scripts_stay_eval_and_work_after_flush(redis, services):
    p = services.identity.pseudonym("+447700900555")
    token, _ = locks.acquire_and_read(redis, p, lambda pipe: None)
    redis.script_flush()
    redis.config_resetstat()
    pipe = redis.pipeline(transaction=True)
    keep_number(pipe, services.identity, p, "+447700900555", 600)
    refresh_number(pipe, p, 900)
    pipe.sadd(keys.number_pin(p), "subscriber")
    unpin_number(pipe, p, "subscriber", 1200)
    locks.release(pipe, p, token)
    pipe.execute()
    assert calls(redis, "eval") == 4 and calls(redis, "evalsha") == 0
    assert calls(redis, "script|exists") == 0 and calls(redis, "script|load") == 0
    assert 900 < redis.ttl(keys.sealed_number(p)) <= 1200
    assert not redis.exists(keys.lock(p))


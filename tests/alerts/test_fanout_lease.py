"""Alert chunk leases (redis-py Locks): a chunk is sent by the one worker holding
its lease; a lease another worker holds is waited out, not shared; a worker whose
lease was taken over stops sending; only one drain job stays on as the watcher.
Every recipient gets the alert once."""
from __future__ import annotations

import re
import threading
import time
from collections import Counter

import pytest

from bot.alerts import fanout, store
from bot.alerts.cli import seed
from bot.store import keys

OFFICER = "+447700900950"
N = 9
BASE = 447700810000
LAT, LON = 51.232096, -2.463952   # BA3 5QE
TEXT = "ALERT NHW 3km BA3 5QE Two men trying car doors on Church Lane"


@pytest.fixture()
def app(config):
    from bot import create_app

    # Chunks of 2, sent one at a time, with a 1 s lease: small enough to watch each step.
    return create_app({**config, "ALERT_CHUNK_SIZE": 2, "ALERT_SEND_THREADS": 1, "ALERT_CHUNK_LEASE_SECONDS": 1})


@pytest.fixture()
def planned(app, make_phone, services):
    """An alert to N subscribers, confirmed and planned (drain jobs queued, none run)."""
    result = app.test_cli_runner().invoke(args=["officer", "add", "--name", "PC Lease", "--phone", OFFICER])
    assert result.exit_code == 0, result.output
    seed(services, N, "NHW", LAT, LON, spread_km=1.0, number_base=BASE)
    officer = make_phone(OFFICER)
    replies = officer.send(TEXT)
    assert f"{N} recipients" in replies[0]
    code = re.search(r"SEND (A-\d+)", replies[-1]).group(1)
    officer.send(f"SEND {code}")
    with app.app_context():
        fanout.plan_alert(code)
    return code


def numbers_of_chunk(services, code: str, n: int) -> list[str]:
    members = services.redis.zrange(keys.alert_recipients(code), n * 2, n * 2 + 1)
    return [services.identity.unseal(services.redis.get(keys.sealed_number(m.decode()))) for m in members]


def post_times(fake_twilio) -> dict[str, list[float]]:
    with fake_twilio.lock:
        out: dict[str, list[float]] = {}
        for r in fake_twilio.requests:
            if r["method"] == "POST":
                out.setdefault(r["form"]["To"], []).append(r["at"])
        return out


def assert_everyone_once(fake_twilio) -> None:
    per_number = Counter(m["to"] for m in fake_twilio.messages)
    assert set(per_number) == {f"+{BASE + i}" for i in range(N)} and set(per_number.values()) == {1}, per_number


def test_a_chunk_held_by_another_worker_waits_for_its_lease(app, planned, services, redis, fake_twilio, worker):
    code = planned
    held_until = time.time() + 2.0
    redis.set(keys.alert_chunk_lease(code, 0), "another-worker", px=2000)
    worker()
    times = post_times(fake_twilio)
    chunk0 = numbers_of_chunk(services, code, 0)
    assert chunk0 and all(min(times[n]) >= held_until - 0.05 for n in chunk0), "sent under another's lease"
    assert all(max(t) < held_until for n, t in times.items() if n not in chunk0)   # the rest did not wait
    assert_everyone_once(fake_twilio)
    assert store.state(redis, code) == "done"


def test_one_watcher_per_alert(app, planned, services, redis, fake_twilio):
    code = planned
    redis.set(keys.alert_chunk_lease(code, 0), "another-worker", px=60_000)
    redis.set(keys.alert_watcher_lease(code), "another-watcher", px=60_000)
    with app.app_context():
        assert fanout.drain_alert(code) == "others are sending"   # sends what is free, does not wait
    sent = {m["to"] for m in fake_twilio.messages}
    assert sent == {f"+{BASE + i}" for i in range(N)} - set(numbers_of_chunk(services, code, 0))
    assert redis.get(keys.alert_chunk_lease(code, 0)) == b"another-worker"   # untouched
    assert redis.get(keys.alert_watcher_lease(code)) == b"another-watcher"


def test_worker_that_lost_its_lease_stops_and_the_new_owner_finishes(planned, services, redis, fake_twilio,
                                                                     worker):
    """Slow sends: while a worker sends the first text of chunk 0, its lease runs out
    and another worker takes the chunk for 1.5 s. The first worker must see that at
    its next send and leave the chunk; the second text goes out after that lease."""
    code = planned
    first, second = numbers_of_chunk(services, code, 0)
    fake_twilio.delay_s = 0.2
    taken: dict[str, float] = {}

    def take_over():
        deadline = time.monotonic() + 10
        while not fake_twilio.requests and time.monotonic() < deadline:
            time.sleep(0.005)
        redis.set(keys.alert_chunk_lease(code, 0), "new-owner", px=1500)   # ran out and was re-taken
        taken["at"] = time.time()

    thief = threading.Thread(target=take_over)
    thief.start()
    worker()
    thief.join()
    times = post_times(fake_twilio)
    assert times[first][0] <= taken["at"]
    assert times[second][0] >= taken["at"] + 1.45, "sent under the new owner's lease"
    assert_everyone_once(fake_twilio)
    assert store.state(redis, code) == "done"

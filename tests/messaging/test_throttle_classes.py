"""The shared token bucket's two classes (bot.messaging.throttle): texts reserve and
may put the bucket into debt; bulk (alert) sends take only tokens that are there,
so a text that reserves during an alert waits for about one alert text, not for
every alert text already reserved. Real Redis, real time (the bucket uses Redis's clock)."""
from __future__ import annotations

import threading
import time

from bot.messaging import throttle
from bot.store import keys

SENDER = "+447700900000"
RATE = 10.0     # segments/s: burst of 10


def tokens(redis) -> float:
    return float(redis.hget(keys.send_bucket(SENDER), "tokens"))


def test_bulk_takes_only_what_is_there_and_never_goes_into_debt(redis):
    assert throttle.take(redis, SENDER, 2, RATE) == 0          # a full bucket: taken
    assert throttle.reserve(redis, SENDER, 8, RATE) == 0       # the rest of the burst
    wait_ms = throttle.take(redis, SENDER, 2, RATE)            # empty: not taken, ask again in ~0.2 s
    assert 150 <= wait_ms <= 200
    assert -0.05 <= tokens(redis) <= 0.05                      # nothing taken, no debt
    assert throttle.reserve(redis, SENDER, 2, RATE) >= 150     # a text still reserves into debt


def test_a_long_bulk_text_is_not_shut_out_when_it_needs_more_than_the_burst(redis):
    slow = 1.0      # burst of 1 segment, a 3-segment alert text
    assert throttle.take(redis, SENDER, 3, slow) == 0
    assert 1900 <= throttle.take(redis, SENDER, 3, slow) <= 3000   # once the bucket holds a second's worth


def test_a_text_goes_ahead_of_alert_texts_waiting_for_their_turn(redis):
    """Four alert senders wait on an empty bucket; a relay reserved after them goes
    first, within about its own segments' time, and the alerts follow at the rate."""
    throttle.reserve(redis, SENDER, 10, RATE)          # the bucket is empty
    order: list[tuple[str, float]] = []
    lock = threading.Lock()

    def send(name: str, bulk: bool) -> None:
        throttle.wait_for_turn(redis, SENDER, 2, RATE, bulk=bulk)
        with lock:
            order.append((name, time.monotonic()))

    alerts = [threading.Thread(target=send, args=(f"alert{i}", True)) for i in range(4)]
    for t in alerts:
        t.start()
    time.sleep(0.05)
    started = time.monotonic()
    relay = threading.Thread(target=send, args=("relay", False))
    relay.start()
    for t in [*alerts, relay]:
        t.join(timeout=10)
    names = [name for name, _ in order]
    assert names[0] == "relay", names
    assert sorted(names) == ["alert0", "alert1", "alert2", "alert3", "relay"]
    assert order[-1][1] - started >= 0.9    # 5 texts x 2 segments at 10/s: the bucket's rate still holds


def test_bulk_wait_ends_when_told_to_stop(redis):
    throttle.reserve(redis, SENDER, 60, RATE)           # 5 s in debt
    asked = []

    def go_on() -> bool:
        asked.append(time.monotonic())
        return len(asked) < 3

    started = time.monotonic()
    assert throttle.wait_for_turn(redis, SENDER, 1, RATE, bulk=True, go_on=go_on) is False
    assert len(asked) == 3 and time.monotonic() - started < 4   # told after 2 polls, not after the debt
    assert tokens(redis) < -20                          # nothing taken (-50, refilled for ~1 s)


def test_refund_gives_tokens_back(redis):
    throttle.reserve(redis, SENDER, 10, RATE)
    before = tokens(redis)
    throttle.refund(redis, SENDER, 4, RATE)
    assert tokens(redis) - before == 4

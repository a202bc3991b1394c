"""A token bucket in Redis, shared by every worker sending from one number.

Two classes of sender share it:

- **Texts** (relays, notifications, urgent tips: everything but alerts) *reserve*:
  each send takes its segments up front, the bucket may go into debt and the
  script answers how long the caller must wait before sending. Reservation (not
  try-and-retry) keeps the achieved rate close to the configured one and is fair
  between workers.
- **Bulk** (alert fan-out) only *takes*: it gets its segments when the bucket has
  them now and never puts it into debt; otherwise the script answers how long
  until it might, and the caller asks again then. So bulk sends never hold
  reservations in the future, and a text that reserves during an alert waits for
  at most about one alert text (segments/rate) instead of behind every alert text
  already reserved by every send thread of every worker (up to
  threads x workers x segments / rate: a minute at 1 segment/s). Alert texts
  still get the whole rate whenever no other text wants it.

Time comes from the Redis server so workers' clocks don't matter.
"""
from __future__ import annotations

import time
from collections.abc import Callable

from bot.store import keys
from bot.store.scripts import LuaScript

# Longest a bulk sender sleeps between asks, so that ``go_on`` (a slice deadline,
# a lease) is looked at that often even when the bucket is far in debt.
BULK_POLL_MAX_S = 0.5

# Lua: refill the bucket for the time since its last use (capped at burst), then
# either reserve (``bulk`` 0: take ``want`` tokens, going negative if need be, and
# return how many ms the caller must wait before sending; 0: send now) or take
# only what is there (``bulk`` 1: if the bucket holds ``want`` tokens (at most
# ``burst``, so a long text is not shut out when burst < want), take them and
# return 0; else take nothing and return the ms until it will hold them).
# The bucket expires when unused for 10 minutes.
# KEYS: bucket
# ARGV: rate (tokens per second), burst, want, bulk (0|1)
_RESERVE = LuaScript("""
local rate = tonumber(ARGV[1])
local burst = tonumber(ARGV[2])
local want = tonumber(ARGV[3])
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local state = redis.call('HMGET', KEYS[1], 'tokens', 'ts')
local tokens = tonumber(state[1]) or burst
local ts = tonumber(state[2]) or now
tokens = math.min(burst, tokens + (now - ts) * rate / 1000)
if ARGV[4] == '1' then
  local need = math.min(want, burst)
  if tokens < need then
    redis.call('HSET', KEYS[1], 'tokens', tostring(tokens), 'ts', tostring(now))
    redis.call('PEXPIRE', KEYS[1], 600000)
    return math.max(1, math.ceil((need - tokens) * 1000 / rate))
  end
end
tokens = tokens - want
redis.call('HSET', KEYS[1], 'tokens', tostring(tokens), 'ts', tostring(now))
redis.call('PEXPIRE', KEYS[1], 600000)
if tokens >= 0 or ARGV[4] == '1' then return 0 end
return math.ceil(-tokens * 1000 / rate)
""")

# Lua: give back tokens taken for a send that did not happen (the recipient opted out
# during the wait, or the caller gave up its turn). Capped at burst on the next refill.
# KEYS: bucket
# ARGV: tokens
_REFUND = LuaScript("""
if redis.call('EXISTS', KEYS[1]) == 1 then
  redis.call('HINCRBYFLOAT', KEYS[1], 'tokens', ARGV[1])
end
return 0
""")


def _burst(rate_per_s: float) -> float:
    return max(1.0, rate_per_s)  # at most one second's worth at once


def reserve(redis, sender: str, segments: int, rate_per_s: float) -> int:
    """Reserve ``segments`` tokens; returns milliseconds to wait before sending."""
    return int(_RESERVE(redis, [keys.send_bucket(sender)], [rate_per_s, _burst(rate_per_s), segments, 0]))


def take(redis, sender: str, segments: int, rate_per_s: float) -> int:
    """Take ``segments`` tokens if the bucket has them (returns 0), never going into
    debt; otherwise takes nothing and returns milliseconds until it might."""
    return int(_RESERVE(redis, [keys.send_bucket(sender)], [rate_per_s, _burst(rate_per_s), segments, 1]))


def refund(redis, sender: str, segments: int, rate_per_s: float) -> None:
    if rate_per_s > 0:
        _REFUND(redis, [keys.send_bucket(sender)], [segments])


def wait_for_turn(redis, sender: str, segments: int, rate_per_s: float, *, bulk: bool = False,
                  go_on: Callable[[], bool] | None = None) -> bool:
    """Wait until this send may go; True once its tokens are taken.

    ``bulk`` (alert fan-out) waits behind every other text (see above). ``go_on``,
    asked before each try while a bulk sender waits, ends the wait (False, nothing
    taken) when it answers False."""
    if rate_per_s <= 0:
        return True
    if not bulk:
        delay_ms = reserve(redis, sender, segments, rate_per_s)
        if delay_ms > 0:
            time.sleep(delay_ms / 1000)
        return True
    while True:
        if go_on is not None and not go_on():
            return False
        delay_ms = take(redis, sender, segments, rate_per_s)
        if delay_ms == 0:
            return True
        time.sleep(min(delay_ms / 1000, BULK_POLL_MAX_S))

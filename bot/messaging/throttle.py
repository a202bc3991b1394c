"""A token bucket in Redis, shared by every worker sending from one number.

Each send reserves its segments up front; the bucket may go into debt and the
script answers how long the caller must wait before sending. Reservation (not
try-and-retry) keeps the achieved rate close to the configured one and is fair
between workers. Time comes from the Redis server so workers' clocks don't matter.
"""
from __future__ import annotations

import time

from bot.store import keys
from bot.store.scripts import LuaScript

# Lua: refill the bucket for the time since its last use (capped at burst), take
# `want` tokens (it may go negative) and return how many ms the caller must wait
# before sending (0: send now). The bucket expires when unused for 10 minutes.
# KEYS: bucket
# ARGV: rate (tokens per second), burst, want
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
tokens = tokens - want
redis.call('HSET', KEYS[1], 'tokens', tostring(tokens), 'ts', tostring(now))
redis.call('PEXPIRE', KEYS[1], 600000)
if tokens >= 0 then return 0 end
return math.ceil(-tokens * 1000 / rate)
""")

# Lua: give back tokens taken for a send that did not happen (the recipient opted out
# while it waited). Capped at burst on the next refill.
# KEYS: bucket
# ARGV: tokens
_REFUND = LuaScript("""
if redis.call('EXISTS', KEYS[1]) == 1 then
  redis.call('HINCRBYFLOAT', KEYS[1], 'tokens', ARGV[1])
end
return 0
""")


def reserve(redis, sender: str, segments: int, rate_per_s: float) -> int:
    """Reserve ``segments`` tokens; returns milliseconds to wait before sending."""
    burst = max(1.0, rate_per_s)  # at most one second's worth at once
    return int(_RESERVE(redis, [keys.send_bucket(sender)], [rate_per_s, burst, segments]))


def refund(redis, sender: str, segments: int, rate_per_s: float) -> None:
    if rate_per_s > 0:
        _REFUND(redis, [keys.send_bucket(sender)], [segments])


def wait_for_turn(redis, sender: str, segments: int, rate_per_s: float) -> None:
    if rate_per_s <= 0:
        return
    delay_ms = reserve(redis, sender, segments, rate_per_s)
    if delay_ms > 0:
        time.sleep(delay_ms / 1000)

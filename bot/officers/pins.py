"""Officer PINs: a salted scrypt hash at rest, an unlock window, and a lockout.

Caller ID can be spoofed, so officers unlock commands with ``PIN 482913``
(required by default outside local mode). The PIN itself is never stored,
logged or kept in a conversation: only ``scrypt$n$r$p$salt$hash`` lives in the
officer record.

Guessing: a PIN is 6 to 8 digits (a million or more choices). Wrong PINs count
towards a lockout (OFFICER_PIN_MAX_FAILURES within OFFICER_PIN_LOCKOUT_MINUTES);
each lockout in a row lasts twice as long as the one before (15 min, 30 min,
1 h ... capped at a day) until a right PIN clears the series. With the defaults
(5 tries) a guesser gets about 5 tries a day after the first week: half the
space takes over 250 years, where a 4-digit PIN with a fixed 15-minute lockout
fell in about 10 days.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import os
import re

from bot.store import keys

# scrypt cost: ~16 MB and tens of milliseconds per check; ample for a PIN that
# is also rate-limited, cheap enough for a webhook request.
_N, _R, _P = 2 ** 14, 8, 1
PIN_PATTERN = re.compile(r"^\d{6,8}$")
MAX_LOCKOUT_MINUTES = 24 * 60
LOCKOUT_SERIES_S = 7 * 24 * 3600     # a series of lockouts is forgotten a week after the last one


class BadPin(ValueError):
    pass


def check_format(pin: str) -> str:
    pin = (pin or "").strip()
    if not PIN_PATTERN.match(pin):
        raise BadPin("a PIN is 6 to 8 digits")
    return pin


def hash_pin(pin: str) -> str:
    salt = os.urandom(16)
    digest = hashlib.scrypt(pin.encode(), salt=salt, n=_N, r=_R, p=_P, dklen=32)
    return "scrypt${}${}${}${}${}".format(_N, _R, _P, base64.b64encode(salt).decode(),
                                          base64.b64encode(digest).decode())


def verify_pin(pin: str, stored: str | None) -> bool:
    if not stored or not pin:
        return False
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != "scrypt":
            return False
        got = hashlib.scrypt(pin.encode(), salt=base64.b64decode(salt), n=int(n), r=int(r), p=int(p),
                             dklen=len(base64.b64decode(digest)))
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(got, base64.b64decode(digest))


def is_unlocked(redis, pseudonym: str) -> bool:
    return bool(redis.exists(keys.officer_unlocked(pseudonym)))


def failures(redis, pseudonym: str) -> tuple[int, int, int]:
    """(wrong PINs in the current window, seconds until the window ends, lockouts in a row)."""
    pipe = redis.pipeline(transaction=False)
    pipe.get(keys.officer_pin_failures(pseudonym))
    pipe.ttl(keys.officer_pin_failures(pseudonym))
    pipe.get(keys.officer_pin_lockouts(pseudonym))
    count, ttl, lockouts = pipe.execute()
    return int(count or 0), max(int(ttl or 0), 0), int(lockouts or 0)


def lockout_minutes(base_minutes: float, lockout_number: int) -> float:
    """How long the n-th lockout in a row lasts (n >= 1): doubling, capped at a day."""
    return min(base_minutes * 2 ** max(lockout_number - 1, 0), MAX_LOCKOUT_MINUTES)


def unlock(pipe, pseudonym: str, minutes: float) -> None:
    pipe.set(keys.officer_unlocked(pseudonym), 1, ex=max(int(minutes * 60), 1))
    pipe.delete(keys.officer_pin_failures(pseudonym), keys.officer_pin_lockouts(pseudonym))


def lock(pipe, pseudonym: str) -> None:
    pipe.delete(keys.officer_unlocked(pseudonym))


# KEYS: failures counter, lockouts-in-a-row counter
# ARGV: window seconds, max failures, lockout seconds for this lockout, series seconds
# The window starts at the first failure (Redis 6 has no EXPIRE NX). The failure
# that reaches the limit turns the window into the lockout: the counter stays at
# the limit (so every PIN is refused) until it expires.
# Plain EVAL, not a registered Script: it is queued in the turn's save MULTI,
# where a Script would cost an extra SCRIPT EXISTS round trip.
_COUNT_FAILURE = """
local n = redis.call('INCR', KEYS[1])
if n == 1 or redis.call('TTL', KEYS[1]) < 0 then redis.call('EXPIRE', KEYS[1], ARGV[1]) end
if n == tonumber(ARGV[2]) then
  redis.call('INCR', KEYS[2])
  redis.call('EXPIRE', KEYS[2], ARGV[4])
  redis.call('EXPIRE', KEYS[1], ARGV[3])
end
return n
"""


def record_failure(pipe, pseudonym: str, window_minutes: float, max_failures: int, lockout_mins: float) -> None:
    pipe.eval(_COUNT_FAILURE, 2, keys.officer_pin_failures(pseudonym), keys.officer_pin_lockouts(pseudonym),
              max(int(window_minutes * 60), 1), max_failures, max(int(lockout_mins * 60), 1),
              LOCKOUT_SERIES_S + int(MAX_LOCKOUT_MINUTES * 60))

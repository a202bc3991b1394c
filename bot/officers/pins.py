"""Officer PINs: a salted scrypt hash at rest, an unlock window, and a lockout.

Caller ID can be spoofed, so a force can require officers to unlock commands
with ``PIN 1234``. The PIN itself is never stored, logged or kept in a
conversation: only ``scrypt$n$r$p$salt$hash`` lives in the officer record.
Wrong PINs count towards a lockout (OFFICER_PIN_MAX_FAILURES within
OFFICER_PIN_LOCKOUT_MINUTES); the counter expires with its window.
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
PIN_PATTERN = re.compile(r"^\d{4,8}$")


class BadPin(ValueError):
    pass


def check_format(pin: str) -> str:
    pin = (pin or "").strip()
    if not PIN_PATTERN.match(pin):
        raise BadPin("a PIN is 4 to 8 digits")
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


def failures(redis, pseudonym: str) -> tuple[int, int]:
    """(wrong PINs in the current window, seconds until the window ends)."""
    pipe = redis.pipeline(transaction=False)
    pipe.get(keys.officer_pin_failures(pseudonym))
    pipe.ttl(keys.officer_pin_failures(pseudonym))
    count, ttl = pipe.execute()
    return int(count or 0), max(int(ttl or 0), 0)


def unlock(pipe, pseudonym: str, minutes: float) -> None:
    pipe.set(keys.officer_unlocked(pseudonym), 1, ex=max(int(minutes * 60), 1))
    pipe.delete(keys.officer_pin_failures(pseudonym))


def lock(pipe, pseudonym: str) -> None:
    pipe.delete(keys.officer_unlocked(pseudonym))


# The window starts at the first failure (Redis 6 has no EXPIRE NX).
_COUNT_FAILURE = """
local n = redis.call('INCR', KEYS[1])
if n == 1 or redis.call('TTL', KEYS[1]) < 0 then redis.call('EXPIRE', KEYS[1], ARGV[1]) end
return n
"""


def record_failure(pipe, pseudonym: str, window_minutes: float) -> None:
    pipe.eval(_COUNT_FAILURE, 1, keys.officer_pin_failures(pseudonym), max(int(window_minutes * 60), 1))

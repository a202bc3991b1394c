"""Rate limits on sign-in: failures counted per account and per client IP, with lockouts.

Two steps are counted apart: ``login`` (email and password) and ``code`` (the
second factor). At each step, CONSOLE_MAX_FAILURES_PER_ACCOUNT failures for one
account, or CONSOLE_MAX_FAILURES_PER_IP from one client IP, within
CONSOLE_LOCKOUT_MINUTES lock that account (or IP) out of both steps for
CONSOLE_LOCKOUT_MINUTES. Counters and lockouts are Redis keys with expiries, so
every web worker sees the same numbers. The account is counted by a hash of the
email typed, whether or not an account has it: an unknown email behaves exactly
like a known one. A successful sign-in clears its account's counters, never an IP's.

The client IP is ``request.remote_addr``: the socket's peer unless PROXY_FIX_X_FOR
says how many proxies' X-Forwarded-For to believe (bot/console/security.py).
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass

from bot.store import keys

STEPS = ("login", "code")


@dataclass(frozen=True)
class Subject:
    scope: str     # account | ip
    value: str     # hashed email / the IP


def account(email: str) -> Subject:
    return Subject("account", hashlib.sha256((email or "").strip().lower().encode()).hexdigest()[:32])


def ip(address: str) -> Subject:
    return Subject("ip", (address or "unknown")[:64])


def _limit(config, subject: Subject) -> int:
    return config["CONSOLE_MAX_FAILURES_PER_ACCOUNT" if subject.scope == "account" else "CONSOLE_MAX_FAILURES_PER_IP"]


def _window(config) -> int:
    return max(1, int(config["CONSOLE_LOCKOUT_MINUTES"] * 60))


def locked(redis, *subjects: Subject) -> int:
    """Seconds until the longest lockout among ``subjects`` ends (0: none locked)."""
    pipe = redis.pipeline(transaction=False)
    for s in subjects:
        pipe.ttl(keys.console_lockout(s.scope, s.value))
    return max([t for t in pipe.execute() if t and t > 0] or [0])


def fail(redis, config, step: str, *subjects: Subject) -> list[Subject]:
    """Count one failure at ``step``; the subjects this failure has just locked out."""
    window = _window(config)
    pipe = redis.pipeline(transaction=True)
    for s in subjects:
        key = keys.console_failures(step, s.scope, s.value)
        pipe.set(key, 0, ex=window, nx=True)   # the window starts at the first failure (Redis 6: no EXPIRE NX)
        pipe.incr(key)
    counts = pipe.execute()[1::2]
    newly = []
    for s, count in zip(subjects, counts):
        if count >= _limit(config, s):
            if redis.set(keys.console_lockout(s.scope, s.value), 1, ex=window, nx=True):
                newly.append(s)
            redis.delete(keys.console_failures(step, s.scope, s.value))
    return newly


def clear(redis, subject: Subject) -> None:
    """After a full sign-in (an account's counters) or an admin's unlock (also its lockout)."""
    redis.delete(*(keys.console_failures(step, subject.scope, subject.value) for step in STEPS),
                 keys.console_lockout(subject.scope, subject.value))


def clear_failures(redis, subject: Subject) -> None:
    redis.delete(*(keys.console_failures(step, subject.scope, subject.value) for step in STEPS))

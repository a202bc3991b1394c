"""A short per-pseudonym lock: one turn at a time per phone, others wait their turn.

Two texts from one number arriving together must both be processed, in order,
against consistent state. Waiting (rather than failing) is what keeps the second
text; the lock expires by itself if a process dies holding it.
"""
from __future__ import annotations

import secrets
import time
from contextlib import contextmanager

from bot.store import keys

# Lua: delete the lock only if we still own it (it may have expired and been
# re-taken). Returns 1 if deleted, else 0. The app's one hand-written
# compare-and-delete: other leases (alert chunks) use redis-py's Lock.
# Sent as plain EVAL, not a registered Script: it is usually queued at the end of
# the inbound save transaction, where a Script makes redis-py send SCRIPT EXISTS
# first (one more round trip per text); the few direct releases (a failed turn,
# the context manager) are not worth a second code path.
# KEYS: lock
# ARGV: token
_RELEASE = """
if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) end
return 0
"""


class LockTimeout(RuntimeError):
    pass


def acquire_and_read(redis, pseudonym: str, reads, hold_ms: int = 10_000, wait_s: float = 12.0):
    """Take the lock and run ``reads(pipe)`` in the same round trip.

    The reads queued after SET NX run on the server only after the lock is set,
    so when the SET succeeded they see state no other turn is changing. Returns
    (token, results of the reads). The caller must release with ``release``.
    """
    key = keys.lock(pseudonym)
    token = secrets.token_hex(8)
    deadline = time.monotonic() + wait_s
    pause = 0.001
    while True:
        pipe = redis.pipeline(transaction=False)
        pipe.set(key, token, nx=True, px=hold_ms)
        reads(pipe)
        got, *results = pipe.execute()
        if got:
            return token, results
        if time.monotonic() > deadline:
            raise LockTimeout(pseudonym)
        time.sleep(pause)
        pause = min(pause * 2, 0.02)


def release(pipe_or_redis, pseudonym: str, token: str) -> None:
    """Compare-and-delete; may be queued at the end of the save transaction."""
    pipe_or_redis.eval(_RELEASE, 1, keys.lock(pseudonym), token)


@contextmanager
def pseudonym_lock(redis, pseudonym: str, hold_ms: int = 10_000, wait_s: float = 12.0):
    """The same lock as a context manager, for jobs that read and write on their own."""
    token, _ = acquire_and_read(redis, pseudonym, lambda pipe: None, hold_ms, wait_s)
    try:
        yield
    finally:
        release(redis, pseudonym, token)

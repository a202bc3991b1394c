"""A drain job's leases and its time slice (bot.alerts.fanout's drain jobs).

A lease is redis-py's Lock on a key with a short TTL, reacquired before every send:
a drain job holds one per chunk it sends, and one drain job holds the alert's
watcher lease. A killed worker's leases run out, and another drain job takes over.
A ``Slice`` is how long a drain job keeps its worker before handing back (why: the
docstring of bot.alerts.fanout, "Time slices").
"""
from __future__ import annotations

import threading
import time

from redis.exceptions import LockError, LockNotOwnedError
from redis.lock import Lock

from bot.messaging import queues

CHECK_EVERY_S = 0.2   # once its slice is used, a drain job looks this often for other work waiting
MAX_SLICE_S = 60      # a drain job hands back after this long even when nothing else waits


def lease(redis, key: str, ttl_s: float) -> Lock:
    """A lease on ``key`` that runs out after ``ttl_s`` unless reacquired.

    Not blocking: a drain job moves on to another chunk rather than wait. Not
    thread-local: the chunk's send threads reacquire the lease the job took."""
    return redis.lock(key, timeout=ttl_s, blocking=False, thread_local=False)


def hold(lease: Lock) -> bool:
    """Keep holding ``lease`` for another TTL, or take it if it is free."""
    try:
        return lease.reacquire()
    except LockError:   # never taken, or it ran out (LockNotOwnedError): try to take it
        return lease.acquire()


def let_go(lease: Lock) -> None:
    try:
        lease.release()
    except LockNotOwnedError:
        pass   # it ran out and may be another worker's by now: theirs to release


class Slice:
    """A drain job's time slice: over once it has lasted ``slice_s`` and a job waits in a
    queue rq serves before the alerts queue, or once it has lasted MAX_SLICE_S (or
    ``slice_s`` if longer). Asked by every send thread; once over, it stays over."""

    def __init__(self, svc, slice_s: float):
        start = time.monotonic()
        self._redis = svc.redis
        ahead = queues.ALL_QUEUES[:queues.ALL_QUEUES.index(queues.ALERTS)]
        self._ahead = [svc.queues[name].key for name in ahead]
        self._look_at = start + slice_s
        self._end = start + max(slice_s, MAX_SLICE_S)
        self._over = False
        self._lock = threading.Lock()

    def over(self) -> bool:
        if self._over or time.monotonic() < self._look_at:
            return self._over
        with self._lock:
            now = time.monotonic()
            if not self._over and now >= self._look_at:
                if now >= self._end or self._others_waiting():
                    self._over = True
                else:
                    self._look_at = now + CHECK_EVERY_S
            return self._over

    def _others_waiting(self) -> bool:
        pipe = self._redis.pipeline(transaction=False)
        for key in self._ahead:
            pipe.llen(key)
        return any(pipe.execute())

"""Optimistic read-modify-write (WATCH/MULTI), the one loop every compare-and-set uses.

A decision is taken on what Redis holds now and committed only if none of the
watched keys changed meanwhile; if one did, the decision is taken again on the new
state. So two officers acting at once never both succeed on a stale read.
"""
from __future__ import annotations

from redis.exceptions import WatchError


def watch_and_commit(redis, watched: list[str], decide, *, tries: int = 50, what: str = "record"):
    """WATCH ``watched``, then ``decide(pipe)`` -> (write(pipe) or None, result), reading
    through the watching pipeline; commit ``write`` in one MULTI. Returns (result,
    committed): committed is False when the decision was to write nothing. Raises
    RuntimeError when the keys changed under every one of ``tries`` attempts."""
    with redis.pipeline(transaction=True) as pipe:
        for _ in range(tries):
            try:
                pipe.watch(*watched)
                write, result = decide(pipe)
                if write is None:
                    pipe.unwatch()
                    return result, False
                pipe.multi()
                write(pipe)
                pipe.execute()
                return result, True
            except WatchError:
                continue
    raise RuntimeError(f"{what} kept changing: gave up after {tries} tries")

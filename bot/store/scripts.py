"""Lua scripts sent by SHA (EVALSHA) to whichever Redis client is passed in.

redis-py's ``Script`` (``register_script``) sends EVALSHA and, on NOSCRIPT (after
SCRIPT FLUSH, a server restart, or a failover to a replica that never loaded the
script), loads the source and tries again. It runs on any client given as
``client=``; it needs a client only when it is created, to encode the source for
its SHA. Our connection is passed in rather than global, so ``LuaScript`` creates
the ``Script`` on first use and hands it each caller's client, as redis-py's own
``Lock`` does with its scripts.

Not for MULTI/EXEC pipelines: a Script queued in a pipeline makes redis-py send
SCRIPT EXISTS (and SCRIPT LOAD) first, one more round trip; there, plain EVAL of
the source is cheaper.
"""
from __future__ import annotations

from collections.abc import Sequence

from redis.commands.core import Script


class LuaScript:
    def __init__(self, source: str):
        self.source = source
        self._script: Script | None = None

    def __call__(self, redis, keys: Sequence, args: Sequence = ()):
        script = self._script
        if script is None:  # two threads may both get here: the two Scripts are equal
            script = self._script = redis.register_script(self.source)
        return script(keys=keys, args=args, client=redis)

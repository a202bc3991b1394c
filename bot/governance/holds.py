"""Legal hold on a tip: while held, neither the retention sweep nor an erasure
deletes it. Placing and releasing are audited with the reason. One hold per tip:
a second matter holding the same tip is recorded in the first hold's reason, and
the hold is released only when neither needs it."""
from __future__ import annotations

import time

import redis as redis_lib

from bot.governance import actors
from bot.officers import audit
from bot.store import keys
from bot.tipline import retention


class HoldError(ValueError):
    """Message for the admin."""


def _clean(reason: str) -> str:
    reason = " ".join(reason.split())
    if not reason:
        raise HoldError("a reason is required")
    return reason


def place(redis, tip_id: str, *, reason: str, by: str, now: float | None = None) -> None:
    reason, actor, now = _clean(reason), actors.admin(by), time.time() if now is None else now
    with redis.pipeline(transaction=True) as pipe:
        try:
            pipe.watch(keys.tip(tip_id), keys.tip_hold(tip_id))   # not deleted or held meanwhile
            if not pipe.exists(keys.tip(tip_id)):
                raise HoldError(f"{tip_id} not found (never filed, expired or erased)")
            current = retention.hold_of(pipe, tip_id)
            if current:
                raise HoldError(f"{tip_id} is already on hold (by {current.get('by')}: {current.get('reason')})")
            pipe.multi()
            retention.place_hold(pipe, tip_id, reason=reason, by=actor["name"], at=now)
            audit.record(pipe, "tip_held", officer=actor, tip_id=tip_id, detail=reason, at=now)
            pipe.execute()
        except redis_lib.WatchError:
            raise HoldError(f"{tip_id} changed while the hold was being placed; try again") from None


def release(redis, tip_id: str, *, reason: str, by: str, now: float | None = None) -> dict:
    """Release the hold; returns the hold that was released."""
    reason, actor, now = _clean(reason), actors.admin(by), time.time() if now is None else now
    with redis.pipeline(transaction=True) as pipe:
        try:
            pipe.watch(keys.tip_hold(tip_id))
            current = retention.hold_of(pipe, tip_id)
            if not current:
                raise HoldError(f"{tip_id} is not on hold")
            pipe.multi()
            retention.release_hold(pipe, tip_id)
            audit.record(pipe, "tip_hold_released", officer=actor, tip_id=tip_id, detail=reason, at=now)
            pipe.execute()
        except redis_lib.WatchError:
            raise HoldError(f"{tip_id}'s hold changed meanwhile; try again") from None
    return current

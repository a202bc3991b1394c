"""Moves of an alert shared by the SMS commands and the console: queue it for sending,
and halt it.

Each move is a compare-and-set on the alert (store.compare_and_set) whose write holds
the audit entry, so a move and its record commit together and two moves at the same
moment cannot both win. ``halt`` is the HALT of bot.alerts.commands (discard a preview,
or stop an alert in flight counting, under the same WATCH, the texts already let out).
"""
from __future__ import annotations

import time

from bot.alerts import fanout, store
from bot.officers import audit
from bot.store import keys


def queue(services, alert_id: str, officer: dict, *, from_states: tuple[str, ...], action: str,
          detail: str = "", fields: dict | None = None, now: float | None = None) -> str:
    """Move the alert from one of ``from_states`` to ``queued`` with its planning job and
    audit entry in the same MULTI. Returns "queued", or the state that stopped it ("gone")."""
    now = now or time.time()
    after: list = []

    def decide(found, _pipe):
        if found is None or found["state"] not in from_states:
            return None, (found or {}).get("state", "gone")

        def write(pipe):
            pipe.hset(keys.alert(alert_id), mapping={"state": "queued", "confirmed_at": now, **(fields or {})})
            pipe.sadd(keys.ALERTS_IN_FLIGHT, alert_id)     # the worker's sweep plans it if the job is lost
            audit.record(pipe, action, officer=officer, alert_id=alert_id, detail=detail, at=now)
            fanout.enqueue_plan(services, alert_id, pipeline=pipe, after_save=after)
        return write, "queued"

    moved = store.compare_and_set(services.redis, alert_id, decide)
    for job in after:
        job()
    return moved


def halt(redis, alert_id: str, officer: dict, now: float | None = None) -> tuple[str, int, int]:
    """Discard a preview (or an alert waiting for approval or its time), or stop one in flight.
    Returns (outcome, gone, stopped): outcome "discarded now", "halted now", or the state
    that left nothing to halt ("halted", "done", "gone" ...)."""
    now = now or time.time()

    def decide(found, pipe):
        state = (found or {}).get("state", "gone")
        if state in ("preview", "pending_approval", "scheduled"):
            def discard(p):
                p.hset(keys.alert(alert_id), mapping={"state": "discarded", "discarded_at": now,
                                                      "discarded_by": officer["pseudonym"]})
                p.zrem(keys.ALERTS_SCHEDULED, alert_id)
                p.zrem(keys.ALERTS_PENDING_APPROVAL, alert_id)
                audit.record(p, "alert_discard", officer=officer, alert_id=alert_id, at=now)
            return discard, ("discarded now", 0, 0)
        held = state == "done" and pipe.zcard(keys.alert_held(alert_id))   # some wait for their quiet hours to end
        if state not in store.ACTIVE and not held:
            return None, (state, 0, 0)
        total = found["total"] if found.get("planned_at") else found["recipients"]
        gone = int(pipe.scard(keys.alert_released(alert_id)))
        stopped = max(0, total - gone)

        def stop(p):
            p.hset(keys.alert(alert_id), mapping={"state": "halted", "halted_at": now,
                                                  "halted_by": officer["pseudonym"], "halted_gone": gone})
            if state == "queued":       # never planned: nothing left to drain
                p.srem(keys.ALERTS_IN_FLIGHT, alert_id)
            audit.record(p, "alert_halt", officer=officer, alert_id=alert_id,
                         detail=f"{gone} gone, {stopped} stopped", at=now)
        return stop, ("halted now", gone, stopped)

    return store.compare_and_set(redis, alert_id, decide, watch_released=True)

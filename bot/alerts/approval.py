"""Alerts composed in the console: saved, then sent now, scheduled, or submitted for a
supervisor's approval (ALERT_APPROVAL_SCHEMES: "" none, "ALL", or scheme keywords).

States added to bot.alerts.store's:
    preview -> queued (send now) | scheduled (a time) | pending_approval (submitted)
    pending_approval -> queued (approved; or scheduled when its time is still ahead) | rejected (with a reason)
    scheduled -> queued (its time comes: a job in rq's scheduler)

Each move is a compare-and-set holding its audit entry (bot.alerts.actions). The author
is never the approver: ``approve`` and ``reject`` refuse the alert's own author ("own").
"""
from __future__ import annotations

import json
import time

from bot.alerts import actions, compose, store
from bot.messaging import queues
from bot.officers import audit
from bot.services import current
from bot.store import keys


def schemes_needing_approval(cfg: dict) -> set[str] | str:
    raw = (cfg.get("ALERT_APPROVAL_SCHEMES") or "").replace(" ", "").upper()
    if raw in ("ALL", "*"):
        return "ALL"
    return {w for w in raw.split(",") if w}


def needs_approval(cfg: dict, chosen: list[str]) -> list[str]:
    """The chosen schemes that need approval ([] if none)."""
    need = schemes_needing_approval(cfg)
    return list(chosen) if need == "ALL" else [s for s in chosen if s in need]


def create(services, composed, *, officer: dict, author: str, staff_id: str, author_name: str,
           recipients: int, now: float | None = None) -> str:
    """Save the alert (state ``preview``) with its incident reference, audited as ``alert``."""
    cfg, redis = services.config, services.redis
    now = now or time.time()
    incident = compose.new_incident(redis, cfg, now)
    body = compose.compose(composed.draft(), incident, cfg)
    est = compose.estimate(body, recipients, cfg)
    alert_id = store.new_id(redis)
    record = {
        "id": alert_id, "state": "preview", "officer": author, "officer_name": author_name, "staff_id": staff_id,
        "schemes": composed.schemes, "categories": composed.categories,
        "radius_m": composed.radius_m if composed.area != "all" else None,
        "lat": composed.lat if composed.area != "all" else None, "lon": composed.lon if composed.area != "all" else None,
        "area": composed.place_code or ("ALL" if composed.area == "all" else "MAP"), "area_kind": composed.area,
        "polygon": json.dumps(composed.points) if composed.area == "polygon" else "",
        "text": composed.text, "body": body, "incident": incident, "segments": est.segments,
        "unicode": int(est.unicode), "recipients": recipients, "created_at": now, "expires_at": now + 30 * 86400,
        "source": "console",
    }
    pipe = redis.pipeline(transaction=True)
    store.save(pipe, record)
    audit.record(pipe, "alert", officer=officer, alert_id=alert_id, text=composed.text, at=now,
                 detail=f"{'+'.join(composed.schemes)} {composed.where()}: {recipients} recipients, {incident}")
    pipe.execute()
    return alert_id


def submit_for_approval(services, alert_id: str, officer: dict, *, send_at: float | None = None) -> str:
    now = time.time()

    def decide(found, _pipe):
        if found is None or found["state"] != "preview":
            return None, (found or {}).get("state", "gone")

        def write(pipe):
            pipe.hset(keys.alert(alert_id), mapping={"state": "pending_approval", "submitted_at": now,
                                                     "send_at": send_at or ""})
            audit.record(pipe, "alert_submit", officer=officer, alert_id=alert_id, at=now,
                         detail="for approval" + (f", to send at {send_at:.0f}" if send_at else ""))
        return write, "pending_approval"
    return store.compare_and_set(services.redis, alert_id, decide)


def schedule(services, alert_id: str, officer: dict, send_at: float, *, from_state: str = "preview",
             action: str = "alert_schedule", extra: dict | None = None) -> str:
    now = time.time()

    def decide(found, _pipe):
        if found is None or found["state"] != from_state:
            return None, (found or {}).get("state", "gone")

        def write(pipe):
            pipe.hset(keys.alert(alert_id), mapping={"state": "scheduled", "send_at": send_at, **(extra or {})})
            audit.record(pipe, action, officer=officer, alert_id=alert_id, at=now, detail=f"to send at {send_at:.0f}")
        return write, "scheduled"
    moved = store.compare_and_set(services.redis, alert_id, decide)
    if moved == "scheduled":
        services.queues[queues.ALERTS].enqueue_at(
            _utc(send_at), send_scheduled, alert_id, job_id=f"alert-at-{alert_id}",
            description=f"send scheduled alert {alert_id}")
    return moved


def _utc(ts: float):
    from datetime import datetime, timezone
    return datetime.fromtimestamp(ts, timezone.utc)


def send_scheduled(alert_id: str) -> str:
    """rq job (rq's scheduler, at the alert's time): a scheduled alert starts sending."""
    svc = current()
    a = store.load(svc.redis, alert_id)
    if a is None or a["state"] != "scheduled":
        return (a or {}).get("state", "gone")
    moved = actions.queue(svc, alert_id, {"pseudonym": "scheduler", "name": "scheduler"}, from_states=("scheduled",),
                          action="alert_send", detail="at its scheduled time")
    if moved == "queued":
        svc.redis.zadd(keys.ALERTS_SENT, {alert_id: time.time()})
    return moved


def approve(services, alert_id: str, officer: dict, *, by_key: str, by_name: str) -> str:
    """"queued", "scheduled" (its time is ahead), "own" (the author), or the state that stopped it."""
    a = store.load(services.redis, alert_id)
    if a is None:
        return "gone"
    if a.get("officer") == by_key:
        audit.record(services.redis, "alert_approve_refused", officer=officer, alert_id=alert_id,
                     detail="the author cannot approve their own alert")
        return "own"
    decided = {"decided_at": time.time(), "decided_by": by_key, "decided_by_name": by_name, "decision": "approved"}
    send_at = float(a.get("send_at") or 0)
    if send_at > time.time():
        return schedule(services, alert_id, officer, send_at, from_state="pending_approval",
                        action="alert_approve", extra=decided)
    return actions.queue(services, alert_id, officer, from_states=("pending_approval",), action="alert_approve",
                         detail="approved: sending now", fields=decided)


def reject(services, alert_id: str, officer: dict, reason: str, *, by_key: str, by_name: str) -> str:
    a = store.load(services.redis, alert_id)
    if a is None:
        return "gone"
    if a.get("officer") == by_key:
        audit.record(services.redis, "alert_reject_refused", officer=officer, alert_id=alert_id,
                     detail="the author cannot decide on their own alert")
        return "own"
    now = time.time()

    def decide(found, _pipe):
        if found is None or found["state"] != "pending_approval":
            return None, (found or {}).get("state", "gone")

        def write(pipe):
            pipe.hset(keys.alert(alert_id), mapping={"state": "rejected", "decided_at": now, "decided_by": by_key,
                                                     "decided_by_name": by_name, "decision": "rejected",
                                                     "reason": reason})
            audit.record(pipe, "alert_reject", officer=officer, alert_id=alert_id, at=now, detail=reason)
        return write, "rejected"
    return store.compare_and_set(services.redis, alert_id, decide)

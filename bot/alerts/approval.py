"""Alerts composed in the console: saved, then sent now, scheduled, or submitted for a
supervisor's approval (ALERT_APPROVAL_SCHEMES: "" none, "ALL", or scheme keywords).

``create`` saves the composed alert (state ``preview``, audited as ``alert``); the moves
after it are bot.alerts.lifecycle's compare-and-sets (send_now, schedule,
submit_for_approval, approve, reject), each given its audit entry, and the fields the
console shows (who decided, the reason), to commit in the same MULTI. The author is
never the approver: ``approve`` and ``reject`` refuse the alert's own author ("own"),
audited as a refusal. A refused move returns "refused: <why>".
"""
from __future__ import annotations

import time

from bot.alerts import compose, lifecycle, store
from bot.officers import audit
from bot.store import keys


def schemes_needing_approval(cfg: dict) -> set[str] | str:
    """For the composer's labels: "ALL", or the scheme keywords that need approval."""
    raw = {w.strip().upper() for w in (cfg.get("ALERT_APPROVAL_SCHEMES") or "").split(",") if w.strip()}
    return "ALL" if "ALL" in raw else raw


def needs_approval(cfg: dict, chosen: list[str]) -> list[str]:
    """The chosen schemes that need approval ([] if none): bot.alerts.lifecycle decides."""
    if not lifecycle.needs_approval(cfg, chosen):
        return []
    need = schemes_needing_approval(cfg)
    return list(chosen) if need == "ALL" else [s for s in chosen if s in need]


def create(services, composed, *, officer: dict, author: str, staff_id: str, author_name: str,
           recipients: int, channel_counts: dict | None = None, now: float | None = None) -> str:
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
        "polygon": [list(p) for p in composed.points] if composed.area == "polygon" else "",
        "text": composed.text, "body": body, "incident": incident, "segments": est.segments,
        "unicode": int(est.unicode), "recipients": recipients, "created_at": now, "expires_at": "",
        "source": "console", "channel_counts": dict(channel_counts or {}),
    }
    pipe = redis.pipeline(transaction=True)
    store.save(pipe, record)
    audit.record(pipe, "alert", officer=officer, alert_id=alert_id, text=composed.text, at=now,
                 detail=f"{'+'.join(composed.schemes)} {composed.where()}: {recipients} recipients, {incident}")
    pipe.execute()
    return alert_id


def _audited(action: str, officer: dict, alert_id: str, detail: str = "", fields: dict | None = None):
    """The ``also`` of a lifecycle move: its audit entry (and display fields) in the move's MULTI."""
    def also(pipe):
        if fields:
            pipe.hset(keys.alert(alert_id), mapping=fields)
        audit.record(pipe, action, officer=officer, alert_id=alert_id, detail=detail)
    return also


def _move(fn, *args, **kwargs) -> str:
    try:
        return fn(*args, **kwargs)
    except lifecycle.Refused as exc:
        return f"refused: {exc}"


def send_now(services, alert_id: str, officer: dict, *, by: str, detail: str = "") -> str:
    return _move(lifecycle.send_now, services, alert_id, by, also=_audited("alert_send", officer, alert_id, detail))


def submit_for_approval(services, alert_id: str, officer: dict, *, by: str, send_at: float | None = None) -> str:
    fields = {"send_at": send_at} if send_at else None
    detail = "for approval" + (f", to send at {send_at:.0f}" if send_at else "")
    return _move(lifecycle.submit_for_approval, services, alert_id, by,
                 also=_audited("alert_submit", officer, alert_id, detail, fields))


def schedule(services, alert_id: str, officer: dict, send_at: float, *, by: str) -> str:
    return _move(lifecycle.schedule, services, alert_id, send_at, by,
                 also=_audited("alert_schedule", officer, alert_id, f"to send at {send_at:.0f}"))


def approve(services, alert_id: str, officer: dict, *, by_key: str, by_name: str) -> str:
    """"queued", "scheduled" (its time is ahead), "own" (the author), or "refused: ..."."""
    a = store.load(services.redis, alert_id)
    if a is not None and a.get("officer") == by_key:
        audit.record(services.redis, "alert_approve_refused", officer=officer, alert_id=alert_id,
                     detail="the author cannot approve their own alert")
        return "own"
    decided = {"decided_at": time.time(), "decided_by_name": by_name, "decision": "approved"}
    return _move(lifecycle.approve, services, alert_id, by_key,
                 also=_audited("alert_approve", officer, alert_id, "approved", decided))


def reject(services, alert_id: str, officer: dict, reason: str, *, by_key: str, by_name: str) -> str:
    a = store.load(services.redis, alert_id)
    if a is not None and a.get("officer") == by_key:
        audit.record(services.redis, "alert_reject_refused", officer=officer, alert_id=alert_id,
                     detail="the author cannot decide on their own alert")
        return "own"
    decided = {"decided_at": time.time(), "decided_by_name": by_name, "decision": "rejected", "reason": reason}
    return _move(lifecycle.reject, services, alert_id, by_key, reason,
                 also=_audited("alert_reject", officer, alert_id, reason, decided))

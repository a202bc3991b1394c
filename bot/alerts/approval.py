"""Alerts composed in the console: saved, then sent now, scheduled, or submitted for a
supervisor's approval (ALERT_APPROVAL_SCHEMES: "" none, "ALL", or scheme keywords).

``create`` saves the composed alert (lifecycle.create_draft, then audited as ``alert``); the moves
after it are bot.alerts.lifecycle's compare-and-sets (send_now, schedule,
submit_for_approval, approve, reject), each given its audit entry, and the fields the
console shows (who decided, the reason), to commit in the same MULTI. The author is
never the approver: ``approve`` and ``reject`` refuse the alert's own author ("own"),
audited as a refusal. A refused move returns a ``Refusal``: a str that reads "refused: <why in
English>" (so ``outcome.startswith("refused")`` and the audit keep working) carrying the
lifecycle.Refused (``outcome.reason``, a catalog.Said), which ``outcome.text(lang)`` says in the
staff member's language (bot/console/alerts.py) or an officer's.
"""
from __future__ import annotations

import json
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
    """Save the alert in ``preview`` with its incident reference (lifecycle.create_draft),
    then what the console shows (who composed it, the counts at the time) with its
    ``alert`` audit entry. Raises compose.BadAlert with a message to show."""
    from bot.alerts import areas

    now = now or time.time()
    circle = (composed.lat, composed.lon, composed.radius_m) if composed.area in ("postcode", "point") else None
    try:
        a = lifecycle.create_draft(services, author, schemes=composed.schemes, text=composed.text,
                                   categories=composed.categories, polygon=composed.points or None, circle=circle,
                                   area=composed.place_code or ("MAP" if circle else ""), author_name=author_name,
                                   now=now, lang_texts=composed.lang_texts)
    except areas.BadArea as exc:
        raise compose.BadAlert.like(exc) from None
    est = compose.estimate(a["body"], recipients, services.config)
    pipe = services.redis.pipeline(transaction=True)
    pipe.hset(keys.alert(a["id"]), mapping={"staff_id": staff_id, "recipients": recipients,
                                           "unicode": int(est.unicode), "area_kind": composed.area,
                                           "channel_counts": json.dumps(dict(channel_counts or {}))})
    audit.record(pipe, "alert", officer=officer, alert_id=a["id"], text=composed.text, at=now,
                 detail=f"{'+'.join(composed.schemes)} {composed.where()}: {recipients} recipients, {a['incident']}")
    pipe.execute()
    return a["id"]


def _audited(action: str, officer: dict, alert_id: str, detail: str = "", fields: dict | None = None):
    """The ``also`` of a lifecycle move: its audit entry (and display fields) in the move's MULTI."""
    def also(pipe):
        if fields:
            pipe.hset(keys.alert(alert_id), mapping=fields)
        audit.record(pipe, action, officer=officer, alert_id=alert_id, detail=detail)
    return also


class Refusal(str):
    """A refused move's outcome: "refused: <English>", with the refusal to say in any language."""

    reason: lifecycle.Refused

    def __new__(cls, reason: lifecycle.Refused):
        made = super().__new__(cls, "refused: " + reason.text(None))
        made.reason = reason
        return made

    def text(self, lang: str | None = None) -> str:
        """Why, in ``lang`` (None: English)."""
        return self.reason.text(lang)


def _move(fn, *args, **kwargs) -> str:
    try:
        return fn(*args, **kwargs)
    except lifecycle.Refused as exc:
        return Refusal(exc)


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

"""The moves of an alert composed in the console: approval, scheduling, sending.

Every function is one compare-and-set (bot.alerts.store.compare_and_set), like SEND
and HALT by text: it reads the alert under WATCH and commits its move only if the
alert did not change meanwhile, so an approval racing a rejection, or a schedule
racing a HALT, has one winner and the loser is told (``Refused``). Each takes an
optional ``also(pipe)``: the caller's audit entry (and anything else) queued in the
same MULTI as the move.

    preview --submit_for_approval--> pending_approval --approve--> queued | scheduled
                                                     \\--reject---> rejected
    preview | approved --schedule(at)--> scheduled --(due: release_due)--> queued
    preview | approved --send_now--> queued
    scheduled | pending_approval --discard--> discarded

``queued`` is what SEND by text leaves: the planning job is queued in the same MULTI
(bot.alerts.fanout.enqueue_plan), and fan-out takes it from there. A scheduled
alert is released by an rq job at its time and, should that job be lost, by the
worker's sweep (``release_due``), each a compare-and-set: released once.

Who may do what (author, supervisor) is the console's to check; ``approve`` refuses
only the author approving their own alert (four eyes).
"""
from __future__ import annotations

import time
from datetime import datetime, timezone

from bot.alerts import fanout, store
from bot.store import keys

APPROVAL_STATES = ("pending_approval",)
SENDABLE = ("preview", "approved")


class Refused(ValueError):
    """The move is not possible now; the message says why (safe to show staff)."""


def create_draft(services, author: str, *, schemes: list[str], text: str, categories: list[str] | None = None,
                 polygon=None, circle: tuple[float, float, float] | None = None, area: str = "",
                 channels: list[str] | None = None, urgency: str = "", author_name: str = "",
                 now: float | None = None) -> dict:
    """A console alert in ``preview`` (nothing sent): the SMS body composed as by ALERT
    (incident reference, contact line, how to leave), segments counted. ``polygon``
    [[lat, lon], ...] or ``circle`` (lat, lon, radius_m) or neither (the force area);
    ``channels`` a subset of sms/email/voice (None: all). Raises compose.BadAlert /
    geo.BadArea with a message to show. Returns the saved alert (store.load's shape)."""
    from bot.alerts import compose, geo
    from bot.alerts import schemes as scheme_data

    now = now or time.time()
    cfg, redis = services.config, services.redis
    if not schemes or any(scheme_data.find(s) is None for s in schemes):
        raise compose.BadAlert("Pick at least one scheme.")
    keywords = [scheme_data.find(s).keyword for s in schemes]
    allowed = {c for kw in keywords for c in scheme_data.get(kw).categories}
    cats = [scheme_data.normalise_category(c) for c in categories or []]
    if any(c not in allowed for c in cats):
        raise compose.BadAlert(f"Unknown category. Categories: {', '.join(sorted(allowed))}.")
    if channels is not None and (not channels or any(c not in store.CHANNELS for c in channels)):
        raise compose.BadAlert("Pick at least one channel: sms, email or voice.")
    ring = geo.parse_polygon(polygon) if polygon else None
    if circle and not ring:
        lat, lon, radius = (float(x) for x in circle)
        if not (cfg["ALERT_MIN_RADIUS_M"] <= radius <= cfg["ALERT_MAX_RADIUS_KM"] * 1000):
            raise geo.BadArea(f"The radius must be {cfg['ALERT_MIN_RADIUS_M']:g} m to "
                              f"{cfg['ALERT_MAX_RADIUS_KM']:g} km.")
    draft = compose.Draft(keywords, cats, None, None, compose.plain(" ".join((text or "").split())))
    if not draft.text:
        raise compose.BadAlert("The alert has no text.")
    compose.compose(draft, "X" * 20, cfg)          # too long? before using up an incident number
    incident = compose.new_incident(redis, cfg, now)
    body = compose.compose(draft, incident, cfg)
    alert = {"id": store.new_id(redis), "state": "preview", "officer": author, "officer_name": author_name,
             "schemes": keywords, "categories": cats, "polygon": [list(p) for p in ring] if ring else None,
             "radius_m": circle[2] if circle and not ring else None, "lat": circle[0] if circle and not ring else None,
             "lon": circle[1] if circle and not ring else None, "area": area or ("drawn area" if ring else "ALL"),
             "channels": list(channels) if channels else [], "urgency": urgency, "text": draft.text, "body": body,
             "incident": incident, "segments": compose.segments(body), "created_at": now, "source": "console"}
    pipe = redis.pipeline(transaction=True)
    store.save(pipe, alert)
    pipe.execute()
    return store.load(redis, alert["id"])


def needs_approval(cfg: dict, schemes: list[str]) -> bool:
    """ALERT_APPROVAL_SCHEMES: "" (none), "ALL", or scheme keywords ("FARMWATCH,NHW")."""
    wanted = {w.strip().upper() for w in (cfg.get("ALERT_APPROVAL_SCHEMES") or "").split(",") if w.strip()}
    return "ALL" in wanted or bool(wanted & {s.upper() for s in schemes})


def _move(redis, alert_id: str, allowed: tuple[str, ...], verb: str, mapping_of, also=None, extra=None) -> str:
    """Move ``alert_id`` from one of ``allowed`` with the fields ``mapping_of(alert)`` (which
    holds the new ``state``); ``extra(pipe, alert)`` queues more in the same MULTI."""
    def decide(found, _pipe):
        if found is None:
            return None, ("refused", f"No alert {alert_id}.")
        if found["state"] not in allowed:
            return None, ("refused", f"{alert_id} is {found['state'].replace('_', ' ')}: it cannot be {verb}.")
        if found["state"] == "preview" and store.is_expired(found):
            pass   # a console draft does not expire the way an SMS preview does (expires_at empty)
        mapping = mapping_of(found)
        if isinstance(mapping, str):      # a refusal decided on the alert's content
            return None, ("refused", mapping)

        def write(pipe):
            pipe.hset(keys.alert(alert_id), mapping=mapping)
            if extra:
                extra(pipe, found, mapping)
            if also:
                also(pipe)
        return write, ("moved", mapping["state"])

    outcome, detail = store.compare_and_set(redis, alert_id, decide)
    if outcome == "refused":
        raise Refused(detail)
    return detail


def submit_for_approval(services, alert_id: str, by: str, *, also=None, now: float | None = None) -> str:
    """preview -> pending_approval. Returns the new state."""
    now = now or time.time()

    def extra(pipe, _found, _mapping):
        pipe.zadd(keys.ALERTS_PENDING_APPROVAL, {alert_id: now})
    return _move(services.redis, alert_id, ("preview",), "submitted for approval",
                 lambda a: {"state": "pending_approval", "submitted_by": by, "submitted_at": now},
                 also, extra)


def approve(services, alert_id: str, by: str, reason: str = "", *, also=None, after_save: list | None = None,
            now: float | None = None) -> str:
    """pending_approval -> queued (sent now) or scheduled (its ``send_at`` is later).
    The author cannot approve their own alert. Returns the new state."""
    now = now or time.time()

    def mapping_of(a):
        if a.get("officer") == by:
            return "An alert must be approved by someone other than its author."
        later = float(a.get("send_at") or 0) > now
        return {"state": "scheduled" if later else "queued", "approved_by": by, "approved_at": now,
                "approved_reason": reason[:500], **({} if later else {"confirmed_at": now})}

    after = [] if after_save is None else after_save

    def extra(pipe, a, mapping):
        pipe.zrem(keys.ALERTS_PENDING_APPROVAL, alert_id)
        _queue_or_schedule(services, pipe, alert_id, mapping["state"], float(a.get("send_at") or 0), after)
    return _then(after_save, after, _move(services.redis, alert_id, APPROVAL_STATES, "approved", mapping_of,
                                          also, extra))


def reject(services, alert_id: str, by: str, reason: str, *, also=None, now: float | None = None) -> str:
    """pending_approval -> rejected, with the reason (required)."""
    now = now or time.time()
    if not (reason or "").strip():
        raise Refused("Please give a reason for rejecting the alert.")

    def extra(pipe, _a, _mapping):
        pipe.zrem(keys.ALERTS_PENDING_APPROVAL, alert_id)
    return _move(services.redis, alert_id, APPROVAL_STATES, "rejected",
                 lambda a: {"state": "rejected", "rejected_by": by, "rejected_at": now,
                            "rejected_reason": reason.strip()[:500]}, also, extra)


def schedule(services, alert_id: str, at: float, by: str = "", *, also=None, now: float | None = None) -> str:
    """preview | approved -> scheduled, to be sent at ``at`` (epoch seconds, in the future)."""
    now = now or time.time()
    if at <= now:
        raise Refused("The time to send must be in the future.")

    def extra(pipe, _a, _mapping):
        _queue_or_schedule(services, pipe, alert_id, "scheduled", at, None)
    return _move(services.redis, alert_id, SENDABLE, "scheduled",
                 lambda a: {"state": "scheduled", "send_at": at, "scheduled_by": by, "scheduled_at": now},
                 also, extra)


def send_now(services, alert_id: str, by: str = "", *, also=None, after_save: list | None = None,
             now: float | None = None) -> str:
    """preview | approved -> queued: the planning job goes in the same MULTI."""
    now = now or time.time()

    after = [] if after_save is None else after_save

    def extra(pipe, _a, _mapping):
        _queue_or_schedule(services, pipe, alert_id, "queued", 0, after)
    return _then(after_save, after, _move(services.redis, alert_id, SENDABLE, "sent",
                                          lambda a: {"state": "queued", "confirmed_at": now, "confirmed_by": by},
                                          also, extra))


def discard(services, alert_id: str, by: str = "", *, also=None, now: float | None = None) -> str:
    """preview | pending_approval | approved | scheduled -> discarded (nothing was sent)."""
    now = now or time.time()

    def extra(pipe, _a, _mapping):
        pipe.zrem(keys.ALERTS_SCHEDULED, alert_id)
        pipe.zrem(keys.ALERTS_PENDING_APPROVAL, alert_id)
    return _move(services.redis, alert_id, ("preview", "pending_approval", "approved", "scheduled"), "discarded",
                 lambda a: {"state": "discarded", "discarded_by": by, "discarded_at": now}, also, extra)


def _then(given, after: list, result: str) -> str:
    """Run the after-commit actions we collected ourselves (the caller's list is theirs to run)."""
    if given is None:
        for action in after:
            action()
    return result


def _queue_or_schedule(services, pipe, alert_id: str, state: str, at: float, after_save) -> None:
    if state == "queued":
        pipe.zrem(keys.ALERTS_SCHEDULED, alert_id)
        pipe.sadd(keys.ALERTS_IN_FLIGHT, alert_id)
        pipe.zadd(keys.ALERTS_SENT, {alert_id: time.time()})      # the CAP feed's list
        fanout.enqueue_plan(services, alert_id, pipeline=pipe, after_save=after_save)
    else:
        pipe.zadd(keys.ALERTS_SCHEDULED, {alert_id: at})
        q = services.queues[fanout.queues.ALERTS]
        if q.is_async:   # punctual release; the sweep (release_due) is the safety net
            pipe_safe_enqueue_at(q, at, alert_id)


def pipe_safe_enqueue_at(q, at: float, alert_id: str) -> None:
    """rq's scheduled job that releases a scheduled alert at its time (outside the MULTI:
    a job that runs early or twice finds the alert not due, or not scheduled, and does nothing)."""
    q.enqueue_at(datetime.fromtimestamp(at, tz=timezone.utc), release_job, alert_id,
                 job_id=f"alert-release-{alert_id}-{int(at)}", description=f"release scheduled alert {alert_id}")


def release_job(alert_id: str) -> str:
    """rq job: send a scheduled alert whose time has come."""
    from bot.services import current

    return release(current(), alert_id)


def release(services, alert_id: str, now: float | None = None) -> str:
    """scheduled -> queued once ``send_at`` has passed (a compare-and-set: once)."""
    now = now or time.time()

    def mapping_of(a):
        if float(a.get("send_at") or 0) > now + 1:
            return "not due yet"
        return {"state": "queued", "confirmed_at": now}

    after: list = []

    def extra(pipe, _a, _mapping):
        _queue_or_schedule(services, pipe, alert_id, "queued", 0, after)
    try:
        return _then(None, after, _move(services.redis, alert_id, ("scheduled",), "released", mapping_of, None,
                                        extra))
    except Refused as exc:
        return str(exc)


def release_due(services, now: float | None = None) -> list[str]:
    """The worker's sweep: release every scheduled alert that is due (their rq job lost)."""
    now = now or time.time()
    out = []
    for raw in services.redis.zrangebyscore(keys.ALERTS_SCHEDULED, 0, now):
        alert_id = raw.decode()
        if release(services, alert_id, now) == "queued":
            out.append(alert_id)
        elif store.state(services.redis, alert_id) != "scheduled":
            services.redis.zrem(keys.ALERTS_SCHEDULED, alert_id)
    return out

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

Every refusal is a ``Refused`` (a catalog.Said: ``alert_refused_*`` in bot/locales/<lang>.json,
the state and verb words ``alert_state_*`` / ``alert_verb_*``), and every draft error a
compose.BadAlert / areas.BadArea (``alert_err_*``), so the console says them in the staff
member's language (``exc.text(lang)``); ``str(exc)`` is English, for the audit log.

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

from bot.alerts import fanout, selection, store
from bot.messaging import catalog
from bot.store import keys

APPROVAL_STATES = ("pending_approval",)
SENDABLE = ("preview", "approved")


# The verbs of the moves, for "A-3 is rejected: it cannot be approved." (``alert_verb_<verb>``).
VERBS = ("submit", "approve", "reject", "schedule", "send", "discard", "release")


class Refused(catalog.Said):
    """The move is not possible now; the message says why (safe to show staff): a catalog
    text (``Refused.of(name, **values)``), ``str(exc)`` in English, ``exc.text(lang)`` in any
    other language."""


def _state_word(state: str) -> catalog.Said:
    """An alert's state as a catalog word (``alert_state_<state>``) to put in a refusal."""
    return catalog.Said.of(f"alert_state_{state}") if f"alert_state_{state}" in catalog.load(catalog.BASE)["texts"] \
        else catalog.Said(state.replace("_", " "))


def create_draft(services, author: str, *, schemes: list[str], text: str, categories: list[str] | None = None,
                 polygon=None, circle: tuple[float, float, float] | None = None, area: str = "",
                 channels: list[str] | None = None, urgency: str = "", author_name: str = "",
                 now: float | None = None, lang_texts: dict[str, str] | None = None) -> dict:
    """A console alert in ``preview`` (nothing sent): the SMS body composed as by ALERT
    (incident reference, contact line, how to leave), segments counted. ``polygon``
    [[lat, lon], ...] or ``circle`` (lat, lon, radius_m) or neither (the force area);
    ``channels`` a subset of sms/email/voice (None: all). Raises compose.BadAlert /
    areas.BadArea with a message to show. Returns the saved alert (store.load's shape).
    ``lang_texts``: {language: the officer's text in it} for configured languages other
    than the default (``text``); each gets its own SMS body (``lang_bodies``), and a
    recipient whose language has none gets the default's (bot.alerts.fanout)."""
    from bot.alerts import areas, compose
    from bot.alerts import schemes as scheme_data

    now = now or time.time()
    cfg, redis = services.config, services.redis
    if not schemes or any(scheme_data.find(s) is None for s in schemes):
        raise compose.BadAlert.of("alert_err_pick_scheme")
    keywords = [scheme_data.find(s).keyword for s in schemes]
    allowed = {c for kw in keywords for c in scheme_data.get(kw).categories}
    cats = [scheme_data.normalise_category(c) for c in categories or []]
    unknown = [c for c in cats if c not in allowed]
    if unknown:
        raise compose.BadAlert.of("alert_err_category", category=unknown[0], choices=", ".join(sorted(allowed)))
    if channels is not None and (not channels or any(c not in selection.CHANNELS for c in channels)):
        raise compose.BadAlert.of("alert_err_pick_channel")
    ring = areas.parse_polygon(polygon) if polygon else None
    if circle and not ring:
        lat, lon, radius = (float(x) for x in circle)
        if not (cfg["ALERT_MIN_RADIUS_M"] <= radius <= cfg["ALERT_MAX_RADIUS_KM"] * 1000):
            raise areas.BadArea.of("alert_err_radius_range", min=f"{cfg['ALERT_MIN_RADIUS_M']:g}",
                                 max=f"{cfg['ALERT_MAX_RADIUS_KM']:g}")
    draft = compose.Draft(keywords, cats, None, None, compose.plain(" ".join((text or "").split())))
    if not draft.text:
        raise compose.BadAlert.of("alert_err_empty")
    compose.compose(draft, "X" * 20, cfg)          # too long? before using up an incident number
    for lang, t in (lang_texts or {}).items():
        if t and t.strip():
            try:
                compose.compose(compose.Draft(keywords, cats, None, None, compose.plain(" ".join(t.split()))),
                                "X" * 20, cfg, lang)
            except compose.BadAlert as exc:
                raise compose.BadAlert.of("alert_err_lang_text", language=catalog.name_of(lang), error=exc) from None
    incident = compose.new_incident(redis, cfg, now)
    body = compose.compose(draft, incident, cfg)
    extra = {lang: compose.plain(" ".join((t or "").split())) for lang, t in (lang_texts or {}).items()}
    extra = {lang: t for lang, t in extra.items() if t}
    bodies = {lang: compose.compose(compose.Draft(keywords, cats, None, None, t), incident, cfg, lang)
              for lang, t in extra.items()}
    alert = {"id": store.new_id(redis), "state": "preview", "officer": author, "officer_name": author_name,
             "schemes": keywords, "categories": cats, "polygon": [list(p) for p in ring] if ring else None,
             "radius_m": circle[2] if circle and not ring else None, "lat": circle[0] if circle and not ring else None,
             "lon": circle[1] if circle and not ring else None, "area": area or ("" if ring else "ALL"),
             "channels": list(channels) if channels else [], "urgency": urgency, "text": draft.text, "body": body,
             "incident": incident, "segments": max([compose.segments(b) for b in (body, *bodies.values())]),
             "created_at": now, "source": "console", "lang_texts": extra, "lang_bodies": bodies}
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
    holds the new ``state``, or is a Refused: a refusal decided on the alert's content);
    ``extra(pipe, alert)`` queues more in the same MULTI. ``verb``: one of VERBS."""
    def decide(found, _pipe):
        if found is None:
            return None, ("refused", Refused.of("alert_refused_none", alert_id=alert_id))
        if found["state"] not in allowed:
            return None, ("refused", Refused.of("alert_refused_state", alert_id=alert_id,
                                                state=_state_word(found["state"]),
                                                verb=catalog.Said.of(f"alert_verb_{verb}")))
        if found["state"] == "preview" and store.is_expired(found):
            pass   # a console draft does not expire the way an SMS preview does (expires_at empty)
        mapping = mapping_of(found)
        if isinstance(mapping, Refused):      # a refusal decided on the alert's content
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
        raise detail
    return detail


def submit_for_approval(services, alert_id: str, by: str, *, also=None, now: float | None = None) -> str:
    """preview -> pending_approval. Returns the new state."""
    now = now or time.time()

    def extra(pipe, _found, _mapping):
        pipe.zadd(keys.ALERTS_PENDING_APPROVAL, {alert_id: now})
    return _move(services.redis, alert_id, ("preview",), "submit",
                 lambda a: {"state": "pending_approval", "submitted_by": by, "submitted_at": now},
                 also, extra)


def approve(services, alert_id: str, by: str, reason: str = "", *, also=None, after_save: list | None = None,
            now: float | None = None) -> str:
    """pending_approval -> queued (sent now) or scheduled (its ``send_at`` is later).
    The author cannot approve their own alert. Returns the new state."""
    now = now or time.time()

    def mapping_of(a):
        if a.get("officer") == by:
            return Refused.of("alert_refused_own")
        later = float(a.get("send_at") or 0) > now
        return {"state": "scheduled" if later else "queued", "approved_by": by, "approved_at": now,
                "approved_reason": reason[:500], **({} if later else {"confirmed_at": now})}

    after = [] if after_save is None else after_save

    def extra(pipe, a, mapping):
        pipe.zrem(keys.ALERTS_PENDING_APPROVAL, alert_id)
        _queue_or_schedule(services, pipe, alert_id, mapping["state"], float(a.get("send_at") or 0), after)
    return _then(after_save, after, _move(services.redis, alert_id, APPROVAL_STATES, "approve", mapping_of,
                                          also, extra))


def reject(services, alert_id: str, by: str, reason: str, *, also=None, now: float | None = None) -> str:
    """pending_approval -> rejected, with the reason (required)."""
    now = now or time.time()
    if not (reason or "").strip():
        raise Refused.of("alert_refused_reason")

    def extra(pipe, _a, _mapping):
        pipe.zrem(keys.ALERTS_PENDING_APPROVAL, alert_id)
    return _move(services.redis, alert_id, APPROVAL_STATES, "reject",
                 lambda a: {"state": "rejected", "rejected_by": by, "rejected_at": now,
                            "rejected_reason": reason.strip()[:500]}, also, extra)


def schedule(services, alert_id: str, at: float, by: str = "", *, also=None, now: float | None = None) -> str:
    """preview | approved -> scheduled, to be sent at ``at`` (epoch seconds, in the future)."""
    now = now or time.time()
    if at <= now:
        raise Refused.of("alert_refused_past")

    def extra(pipe, _a, _mapping):
        _queue_or_schedule(services, pipe, alert_id, "scheduled", at, None)
    return _move(services.redis, alert_id, SENDABLE, "schedule",
                 lambda a: {"state": "scheduled", "send_at": at, "scheduled_by": by, "scheduled_at": now},
                 also, extra)


def send_now(services, alert_id: str, by: str = "", *, also=None, after_save: list | None = None,
             now: float | None = None) -> str:
    """preview | approved -> queued: the planning job goes in the same MULTI."""
    now = now or time.time()

    after = [] if after_save is None else after_save

    def extra(pipe, _a, _mapping):
        _queue_or_schedule(services, pipe, alert_id, "queued", 0, after)
    return _then(after_save, after, _move(services.redis, alert_id, SENDABLE, "send",
                                          lambda a: {"state": "queued", "confirmed_at": now, "confirmed_by": by},
                                          also, extra))


def discard(services, alert_id: str, by: str = "", *, also=None, now: float | None = None) -> str:
    """preview | pending_approval | approved | scheduled -> discarded (nothing was sent)."""
    now = now or time.time()

    def extra(pipe, _a, _mapping):
        pipe.zrem(keys.ALERTS_SCHEDULED, alert_id)
        pipe.zrem(keys.ALERTS_PENDING_APPROVAL, alert_id)
    return _move(services.redis, alert_id, ("preview", "pending_approval", "approved", "scheduled"), "discard",
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
            return Refused.of("alert_refused_not_due", alert_id=alert_id)
        return {"state": "queued", "confirmed_at": now}

    after: list = []

    def extra(pipe, _a, _mapping):
        _queue_or_schedule(services, pipe, alert_id, "queued", 0, after)
    try:
        return _then(None, after, _move(services.redis, alert_id, ("scheduled",), "release", mapping_of, None,
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

"""Officer commands for community alerts: ALERT (preview), SEND (confirm), STATUS, HALT.

Nothing goes out before SEND: ALERT only counts recipients, shows the exact text
and what it costs (segments, time to send, price), and refuses an alert nobody
would get. SEND queues the planning job in the same MULTI as the move to
``queued`` (no selection or sending inside the HTTP request); past ALERT_CONFIRM_OVER_SEGMENTS segments a
text or ALERT_CONFIRM_OVER_COST in all it needs ``SEND A-12 CONFIRM``. HALT is the
stop word because CANCEL is a Twilio opt-out keyword.

Who: only the author SENDs; the author or a supervisor sees (STATUS), discards
(HALT of a preview) or stops (HALT in flight) an alert. Everything is audited,
refusals too.

SEND and HALT move the alert's state with a compare-and-set that commits at once
(bot.alerts.store.compare_and_set) rather than in the turn's save: their replies
say who won, and the turn's MULTI caches its reply before it runs. The audit entry
of a move is in the same MULTI as the move. Everything else (the preview record,
refusals, STATUS) is written with the turn, as other commands are.

Why CONFIRM and not YES: YES is a Twilio opt-in keyword when it is a whole text,
so an officer who answers a warning with a bare YES would be handled as a
subscriber opting in, not confirm anything; ``SEND A-12 CONFIRM`` also names the
alert it confirms, so a late or stray confirmation cannot send another one.
"""
from __future__ import annotations

import logging
import uuid

from bot.alerts import actions, compose, fanout, store, tally
from bot.officers import audit, registry
from bot.officers.commands import command
from bot.store import keys

log = logging.getLogger(__name__)
CONFIRM = "CONFIRM"


def _audit_later(turn, officer: dict, action: str, alert_id: str = "", detail: str = "", text: str = ""):
    turn.writes.append(lambda pipe: audit.record(pipe, action, officer=officer, alert_id=alert_id, detail=detail,
                                                 text=text, at=turn.now))


def _refuse(turn, officer: dict, action: str, alert_id: str, reply: str, detail: str = "") -> list[str]:
    """A refusal changes nothing and is audited with the turn."""
    _audit_later(turn, officer, f"{action}_refused", alert_id, detail or reply.split(". ")[0][:80])
    return [reply]


@command("ALERT", usage="ALERT <scheme|ALL> [5km BA3 5QE] [#cat] <text>")
def alert(turn, officer: dict, args: str) -> list[str]:
    cfg, redis = turn.config, turn.redis
    try:
        draft = compose.parse(args, cfg)
        compose.compose(draft, "X" * 20, cfg)  # length check before using up an incident number
    except compose.BadAlert as exc:
        return _refuse(turn, officer, "alert", "", str(exc))
    which = "ALL" if len(draft.schemes) > 1 else draft.schemes[0]
    cats = f" #{' #'.join(draft.categories)}" if draft.categories else ""
    selection = {"id": f"new-{uuid.uuid4().hex[:12]}", "schemes": draft.schemes, "categories": draft.categories,
                 "radius_m": draft.radius_m, "lat": draft.place.lat if draft.place else None,
                 "lon": draft.place.lon if draft.place else None}
    recipients = store.count(redis, selection)
    if not recipients:
        where = draft.where() if draft.place else "in the whole force area"
        nobody = f"there are no{cats} subscribers" if which == "ALL" else f"{which}{cats} has no subscribers"
        tip = " Try a larger radius or ALL." if draft.place else ""
        return _refuse(turn, officer, "alert", "", f"No one would get this alert: {nobody} {where}. "
                       f"Nothing was saved.{tip}", detail=f"no recipients: {which}{cats} {draft.where()}")
    incident = compose.new_incident(redis, cfg, turn.now)
    body = compose.compose(draft, incident, cfg)
    alert_id = store.new_id(redis)
    est = compose.estimate(body, recipients, cfg)
    record = {
        **selection, "id": alert_id, "state": "preview", "officer": officer["pseudonym"],
        "officer_name": registry.display_name(officer),
        "area": draft.place.code if draft.place else "ALL", "text": draft.text, "body": body, "incident": incident,
        "segments": est.segments, "unicode": int(est.unicode), "recipients": recipients,
        "created_at": turn.now, "expires_at": turn.now + cfg["ALERT_PREVIEW_MINUTES"] * 60,
    }
    detail = (f"{which}{cats} {draft.where()}: {compose.plural(recipients, 'recipient')}, "
              f"{compose.plural(est.segments, 'segment')} {'UCS-2' if est.unicode else 'GSM-7'}, {incident}")

    def write(pipe):
        store.save(pipe, record)
        audit.record(pipe, "alert", officer=officer, alert_id=alert_id, detail=detail, text=draft.text, at=turn.now)

    turn.writes.append(write)
    log.info("alert %s previewed by %s: %d recipients", alert_id, officer["pseudonym"][:12], recipients)
    minutes = f"{cfg['ALERT_PREVIEW_MINUTES']:g}"
    reasons = compose.confirm_reasons(est, cfg)
    if reasons:
        prompt = [f"Warning: {reasons}.", compose.room_line(draft.text, body),
                  f"To send it anyway, reply SEND {alert_id} {CONFIRM} within {minutes} min, or HALT {alert_id} "
                  "to discard it. Nothing has been sent."]
    else:
        prompt = [compose.room_line(draft.text, body),
                  f"Reply SEND {alert_id} to send it within {minutes} min, or HALT {alert_id} to discard it. "
                  "Nothing has been sent."]
    summary = [f"Preview {alert_id}: {compose.plural(recipients, 'recipient')} ({which}{cats}, {draft.where()}).",
               compose.cost_line(est, cfg), "Text:"]
    # The bot's own lines packed into messages of at most two segments; the alert text
    # exactly as subscribers will get it in between (its length is the officer's).
    return compose.pack(summary) + [body] + compose.pack([compose.unicode_line(est, body)] + prompt)


def _find_alert(turn, officer: dict, args: str, verb_name: str):
    """(alert, None) or (None, the refusal, audited)."""
    alert_id = store.normalise_id(args.split()[0]) if args.split() else None
    action = f"alert_{verb_name.lower()}"
    if not alert_id:
        return None, _refuse(turn, officer, action, "", f"Text {verb_name} and the alert code, e.g. {verb_name} A-12.")
    a = store.load(turn.redis, alert_id)
    if a is None:
        return None, _refuse(turn, officer, action, alert_id, f"No alert {alert_id}.")
    return a, None


def _may_follow(officer: dict, a: dict) -> bool:
    """STATUS and HALT: the author, or a supervisor (who can stop it when the author is off shift)."""
    return a["officer"] == officer["pseudonym"] or officer.get("role") == "supervisor"


def _not_theirs(turn, officer: dict, a: dict, verb_name: str, verb: str) -> list[str]:
    return _refuse(turn, officer, f"alert_{verb_name.lower()}", a["id"],
                   f"{a['id']} is {a.get('officer_name') or 'another officer'}'s alert: only they or a supervisor "
                   f"can {verb} it.", detail="not the author or a supervisor")


@command("SEND", usage="SEND A-12 (confirm an alert)")
def send(turn, officer: dict, args: str) -> list[str]:
    a, refused = _find_alert(turn, officer, args, "SEND")
    if refused:
        return refused
    alert_id, cfg = a["id"], turn.config
    if a["officer"] != officer["pseudonym"]:
        return _refuse(turn, officer, "alert_send", alert_id, f"Only the officer who wrote {alert_id} can send it.",
                       detail="not the author")
    if a["state"] in ("queued", "sending", "done"):
        return _refuse(turn, officer, "alert_send", alert_id,
                       f"{alert_id} is already {a['state']}. Text STATUS {alert_id} for progress.")
    if a["state"] != "preview":
        return _refuse(turn, officer, "alert_send", alert_id,
                       f"{alert_id} was {a['state']} and cannot be sent. Write a new ALERT.")
    if store.is_expired(a, turn.now):
        def expire(found, _pipe):
            if not found or found["state"] != "preview":
                return None, None
            return (lambda pipe: pipe.hset(keys.alert(alert_id), "state", "expired")), None
        store.compare_and_set(turn.redis, alert_id, expire)
        return _refuse(turn, officer, "alert_send", alert_id,
                       f"{alert_id} expired (not confirmed within {cfg['ALERT_PREVIEW_MINUTES']:g} min). "
                       "Write a new ALERT.")
    recipients = store.count(turn.redis, a)     # people may have left or stopped since the preview
    if not recipients:
        return _refuse(turn, officer, "alert_send", alert_id,
                       f"{alert_id} now has no recipients (they left or stopped texts since the preview). "
                       "Nothing was sent.", detail="no recipients")
    est = compose.estimate(a["body"], recipients, cfg)
    reasons = compose.confirm_reasons(est, cfg)
    if reasons and CONFIRM not in (w.upper() for w in args.split()[1:]):
        return _refuse(turn, officer, "alert_send", alert_id,
                       f"{alert_id} needs confirming: {reasons}. Reply SEND {alert_id} {CONFIRM} to send "
                       f"it, or HALT {alert_id} to discard it. Nothing has been sent.", detail=f"needs {CONFIRM}")
    detail = (f"{compose.plural(recipients, 'recipient')}, {est.total_segments} segments, "
              f"about {compose.money(est.price, cfg)}" + (f", {CONFIRM}" if reasons else ""))

    def confirm(found, _pipe):
        if found is None or found["state"] != "preview":   # HALTed (discarded) meanwhile
            return None, (found or {}).get("state", "gone")

        def write(pipe):
            pipe.hset(keys.alert(alert_id), mapping={"state": "queued", "confirmed_at": turn.now,
                                                     "recipients": recipients})
            pipe.sadd(keys.ALERTS_IN_FLIGHT, alert_id)     # the worker's sweep plans it if the job is lost
            pipe.zadd(keys.ALERTS_SENT, {alert_id: turn.now})   # the CAP feed (bot.alerts.cap)
            audit.record(pipe, "alert_send", officer=officer, alert_id=alert_id, detail=detail, at=turn.now)
            # The planning job commits with the confirmation: no moment at which the
            # alert is confirmed and nothing will send it.
            fanout.enqueue_plan(turn.services, alert_id, pipeline=pipe, after_save=turn.after)
        return write, "queued"

    moved = store.compare_and_set(turn.redis, alert_id, confirm)
    if moved != "queued":
        return _refuse(turn, officer, "alert_send", alert_id,
                       f"{alert_id} was {moved} and cannot be sent. Write a new ALERT.")
    log.info("alert %s confirmed by %s", alert_id, officer["pseudonym"][:12])
    return [f"Sending {alert_id} ({a['incident']}) to {compose.plural(recipients, 'recipient')}: "
            f"{compose.plural(est.total_segments, 'segment')}, "
            f"{compose.duration(est.seconds)}, about {compose.money(est.price, cfg)}. "
            f"Text STATUS {alert_id} for progress, HALT {alert_id} to stop it."]


@command("STATUS", usage="STATUS A-12")
def status(turn, officer: dict, args: str) -> list[str]:
    a, refused = _find_alert(turn, officer, args, "STATUS")
    if refused:
        return refused
    if not _may_follow(officer, a):
        return _not_theirs(turn, officer, a, "STATUS", "see")
    _audit_later(turn, officer, "alert_status", a["id"], detail=a["state"])
    if a["state"] == "preview":
        left = max(0, int((float(a["expires_at"]) - turn.now) // 60))
        return [f"{a['id']} is a preview for {a['recipients']} recipients, not sent. "
                f"SEND {a['id']} within {left} min to send it."]
    c = tally.counts(turn.redis, a["id"])
    total = a["total"] if a.get("planned_at") else a["recipients"]
    if a["state"] == "halted":
        # Let out before the HALT: those go (or are on their way); every other one was stopped.
        gone = a["halted_gone"]
        c["halted"] = max(0, total - gone)
        queued = max(0, gone - (c["sent"] + c["delivered"] + c["failed"] + c["skipped"]))
    else:
        queued = max(0, total - sum(c.values()))
    return [f"{a['id']} ({a['incident']}) {a['state']}: {total} recipients. queued {queued}, "
            f"sent {c['sent']} (awaiting report), delivered {c['delivered']}, failed {c['failed']}, "
            f"opted out {c['skipped']}, halted {c['halted']}."]


@command("HALT", usage="HALT A-12 (stop or discard an alert)")
def halt(turn, officer: dict, args: str) -> list[str]:
    a, refused = _find_alert(turn, officer, args, "HALT")
    if refused:
        return refused
    alert_id = a["id"]
    if not _may_follow(officer, a):
        return _not_theirs(turn, officer, a, "HALT", "halt")
    outcome, gone, stopped = actions.halt(turn.redis, alert_id, officer, turn.now)
    if outcome == "discarded now":
        return [f"{alert_id} discarded. Nothing was sent."]
    if outcome == "halted now":
        log.warning("alert %s halted by %s: %d gone, %d stopped", alert_id, officer["pseudonym"][:12], gone, stopped)
        return [f"Halted {alert_id}: {compose.plural(gone, 'text')} had already gone, "
                f"{stopped} {'was' if stopped == 1 else 'were'} stopped. STATUS {alert_id} for the final counts."]
    if outcome == "halted":
        return _refuse(turn, officer, "alert_halt", alert_id,
                       f"{alert_id} is already halted. Text STATUS {alert_id} for the counts.")
    return _refuse(turn, officer, "alert_halt", alert_id, f"{alert_id} is {outcome}; there is nothing to halt.")

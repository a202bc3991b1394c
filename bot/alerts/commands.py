"""Officer commands for community alerts: ALERT (preview), SEND (confirm), STATUS, HALT.

Nothing goes out before SEND: ALERT only counts recipients and shows the exact
text. SEND enqueues the planning job after the turn is saved (no selection or
sending inside the HTTP request). HALT is the stop word because CANCEL is a
Twilio opt-out keyword.
"""
from __future__ import annotations

import logging
import time

from bot.alerts import compose, fanout, store, tally
from bot.officers.commands import command
from bot.store import keys

log = logging.getLogger(__name__)


@command("ALERT", usage="ALERT <scheme|ALL> [5km BA3 5QE] [#cat] <text>")
def alert(turn, officer: dict, args: str) -> list[str]:
    cfg, redis = turn.config, turn.redis
    try:
        draft = compose.parse(args, cfg)
        compose.compose(draft, "X" * 20, cfg)  # length check before using up an incident number
    except compose.BadAlert as exc:
        return [str(exc)]
    incident = compose.new_incident(redis, cfg, turn.now)
    body = compose.compose(draft, incident, cfg)
    alert_id = store.new_id(redis)
    record = {
        "id": alert_id, "state": "preview", "officer": officer["pseudonym"],
        "officer_name": officer.get("name", ""), "schemes": draft.schemes, "categories": draft.categories,
        "radius_m": draft.radius_m, "lat": draft.place.lat if draft.place else None,
        "lon": draft.place.lon if draft.place else None, "area": draft.place.code if draft.place else "ALL",
        "text": draft.text, "body": body, "incident": incident, "segments": compose.segments(body),
        "created_at": turn.now, "expires_at": turn.now + cfg["ALERT_PREVIEW_MINUTES"] * 60,
    }
    record["recipients"] = store.count(redis, record)
    turn.writes.append(lambda pipe: store.save(pipe, record))
    log.info("alert %s previewed by %s: %d recipients", alert_id, officer["pseudonym"][:12], record["recipients"])
    cats = f" #{' #'.join(draft.categories)}" if draft.categories else ""
    which = "ALL" if len(draft.schemes) > 1 else draft.schemes[0]
    return [f"Preview {alert_id}: {record['recipients']} recipients ({which}{cats}, "
            f"{draft.where()}), {record['segments']} segment(s) each. Text:",
            body,
            f"Reply SEND {alert_id} to send it within {cfg['ALERT_PREVIEW_MINUTES']:g} min, "
            f"or HALT {alert_id} to discard it. Nothing has been sent."]


def _find_alert(turn, args: str, verb_name: str):
    """The alert named in ``args``, or an error reply. Any active officer may look one
    up: STATUS and HALT are for every officer (an alert in flight must be stoppable
    when its author is off shift); SEND checks authorship itself."""
    alert_id = store.normalise_id(args.split()[0]) if args.split() else None
    if not alert_id:
        return None, f"Text {verb_name} and the alert code, e.g. {verb_name} A-12."
    a = store.load(turn.redis, alert_id)
    if a is None:
        return None, f"No alert {alert_id}."
    return a, None


@command("SEND", usage="SEND A-12 (confirm an alert)")
def send(turn, officer: dict, args: str) -> list[str]:
    a, error = _find_alert(turn, args, "SEND")
    if error:
        return [error]
    if a["officer"] != officer["pseudonym"]:
        return [f"Only the officer who wrote {a['id']} can send it."]
    if a["state"] in ("queued", "sending", "done"):
        return [f"{a['id']} is already {a['state']}. Text STATUS {a['id']} for progress."]
    if a["state"] != "preview":
        return [f"{a['id']} was {a['state']} and cannot be sent. Write a new ALERT."]
    if store.is_expired(a, turn.now):
        turn.writes.append(lambda pipe: pipe.hset(keys.alert(a["id"]), "state", "expired"))
        return [f"{a['id']} expired (not confirmed within {turn.config['ALERT_PREVIEW_MINUTES']:g} min). "
                "Write a new ALERT."]
    turn.writes.append(lambda pipe: pipe.hset(keys.alert(a["id"]), mapping={
        "state": "queued", "confirmed_at": turn.now}))
    svc = turn.services
    turn.after.append(lambda: fanout.enqueue_plan(svc, a["id"]))
    log.info("alert %s confirmed by %s", a["id"], officer["pseudonym"][:12])
    return [f"Sending {a['id']} ({a['incident']}) to about {a['recipients']} recipients. "
            f"Text STATUS {a['id']} for progress, HALT {a['id']} to stop it."]


@command("STATUS", usage="STATUS A-12")
def status(turn, officer: dict, args: str) -> list[str]:
    a, error = _find_alert(turn, args, "STATUS")
    if error:
        return [error]
    if a["state"] == "preview":
        left = max(0, int((float(a["expires_at"]) - time.time()) // 60))
        return [f"{a['id']} is a preview for {a['recipients']} recipients, not sent. "
                f"SEND {a['id']} within {left} min to send it."]
    c = tally.counts(turn.redis, a["id"])
    total = a["total"] if a.get("planned_at") else a["recipients"]
    finished = sum(c.values())
    queued = max(0, total - finished)
    if a["state"] == "halted":  # whoever was still waiting will not get it
        c["halted"], queued = c["halted"] + queued, 0
    return [f"{a['id']} ({a['incident']}) {a['state']}: {total} recipients. queued {queued}, "
            f"sent {c['sent']} (awaiting report), delivered {c['delivered']}, failed {c['failed']}, "
            f"opted out {c['skipped']}, halted {c['halted']}."]


@command("HALT", usage="HALT A-12 (stop or discard an alert)")
def halt(turn, officer: dict, args: str) -> list[str]:
    a, error = _find_alert(turn, args, "HALT")
    if error:
        return [error]
    if a["state"] == "preview":
        turn.writes.append(lambda pipe: pipe.hset(keys.alert(a["id"]), "state", "discarded"))
        return [f"{a['id']} discarded. Nothing was sent."]
    if a["state"] in store.ACTIVE:
        turn.writes.append(lambda pipe: pipe.hset(keys.alert(a["id"]), mapping={
            "state": "halted", "halted_at": turn.now, "halted_by": officer["pseudonym"]}))
        log.warning("alert %s halted by %s", a["id"], officer["pseudonym"][:12])
        c = tally.counts(turn.redis, a["id"])
        return [f"Halting {a['id']}: no more texts will go out. {c['sent'] + c['delivered']} were already sent. "
                f"Text STATUS {a['id']} for the final counts."]
    return [f"{a['id']} is {a['state']}; there is nothing to halt."]

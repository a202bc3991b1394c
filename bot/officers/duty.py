"""Duty notifications: new urgent tips (and, if the force wants, every new tip)
are texted to the officers on duty.

- ``TipUrgent`` -> every on-duty officer at once, on the URGENT queue (drained
  first by every worker). If nobody is on duty, the active supervisors get it:
  an urgent tip must never sit unseen because everyone forgot to text ON.
- ``TipFiled`` -> on-duty officers only when NOTIFY_ALL_TIPS_TO_DUTY is set.

The text is one line built from the tip record (ID, place, plate, what
happened), never the tipster's number. Its parts must be SafeText: the latest
emergency text comes redacted on the event, the rest is read back from the tip
record (which holds only redacted text); a plain str is refused. Dedupe keys
name (event, tip, officer), so a redelivered event or a retried job never texts
an officer twice.

Each officer gets it in their own language (``commands.language_of``): the heading and the
frame ("| at", "| plate", "SHOW ...") are catalog texts (``duty_*``); one body per language.
"""
from __future__ import annotations

import logging
from collections.abc import Callable

from bot.messaging import after_save, catalog, outbound, queues
from bot.messaging.segments import MAX_BODY_CHARS
from bot.officers import audit, registry
from bot.officers.commands import language_of
from bot.privacy.identity import BadNumber, keep_number, normalise_number, pin_number
from bot.privacy.redact import SafeText, require
from bot.store import keys
from bot.tipline import summary, tips

log = logging.getLogger(__name__)


def notification(tip: dict, heading: SafeText, latest: SafeText | None = None,
                 lang: str = catalog.BASE) -> SafeText:
    """``URGENT tip T-7K2Q: <what> | at <place> | plate <plate> | SHOW ...`` in ``lang``."""
    require(heading, "the notification heading")
    news = [require(latest, "the urgent text")] if latest is not None else []
    place, plate = SafeText.stored(summary.place(tip)), SafeText.stored(summary.plate(tip))
    what = summary.clip(latest, 300) if latest else SafeText.stored(summary.headline(tip, 300, lang))
    parts = [f"{heading} {tip['id']}:", what]
    if place:
        parts.append(catalog.text(lang, "duty_at", place=summary.clip(place, 60)))
    if plate:
        parts.append(catalog.text(lang, "duty_plate", plate=plate))
    parts.append(catalog.text(lang, "duty_show", tip_id=tip["id"]))
    body = summary.gsm7_letters(" ".join(parts))[:MAX_BODY_CHARS]
    return SafeText.compose(body, heading, *news, place, plate, *([] if latest else [what]))


def notify(services, tip_id: str, event: str, heading: Callable[[str], SafeText], recipients: list[dict],
           queue: str, latest: SafeText | None = None, message_sid: str | None = None) -> int:
    """Text ``recipients`` about the tip; ``heading(lang)``: its heading in a language."""
    tip = tips.load_tip(services.redis, tip_id)
    if tip is None:
        return 0
    bodies: dict[str, SafeText] = {}
    # Once per (event, tip, officer); a later emergency text on a filed tip is a new message.
    news_sid = message_sid if latest else None
    for officer in recipients:
        lang = language_of(services.config, officer)
        if lang not in bodies:
            bodies[lang] = notification(tip, heading(lang), latest, lang)
        body = bodies[lang]
        p = officer["pseudonym"]
        dedupe_key = keys.duty_send(event, tip_id, p, news_sid)
        if after_save.already_queued(services, dedupe_key):
            continue  # a second delivery of the event: don't queue a second job for two workers to race on
        outbound.queue_text(services, p, body, dedupe_key, kind=f"duty_{event}",
                            label=registry.display_name(officer), queue=queue)
    return len(recipients)


FALLBACK_PIN = "urgent_fallback"


def fallback_numbers(config) -> list[str]:
    """URGENT_FALLBACK_NUMBERS as E.164 (bad entries are skipped, and doctor reports them)."""
    out = []
    for raw in (config.get("URGENT_FALLBACK_NUMBERS") or "").split(","):
        try:
            out.append(normalise_number(raw, config["DEFAULT_REGION"]))
        except BadNumber:
            continue
    return out


def fallback_recipients(services) -> list[dict]:
    """The control-room numbers as recipients: sealed and pinned like officers' numbers,
    so the send job (which only knows pseudonyms) can reach them."""
    recipients = []
    for number in fallback_numbers(services.config):
        p = services.identity.pseudonym(number)
        pipe = services.redis.pipeline(transaction=True)
        pin_number(pipe, p, FALLBACK_PIN)   # first: keep_number leaves a pinned number without expiry
        keep_number(pipe, services.identity, p, number, services.config["NUMBER_RETENTION_DAYS"] * 86400)
        pipe.execute()
        recipients.append({"pseudonym": p, "name": "urgent fallback", "badge": number[-4:]})
    return recipients


def urgent_recipients(services) -> tuple[list[dict], str]:
    """Who gets an urgent tip now, and why them: on-duty officers, else active supervisors,
    else the URGENT_FALLBACK_NUMBERS (a control room)."""
    on_duty = registry.on_duty(services.redis)
    if on_duty:
        return on_duty, "on duty"
    supervisors = registry.supervisors(services.redis)
    if supervisors:
        return supervisors, "no officer on duty: supervisors"
    return fallback_recipients(services), "no officer on duty, no supervisor: the urgent fallback"


def urgent_reach(services) -> int:
    """How many would get an urgent tip now (no writes: for the tipster's reply and warnings)."""
    return (len(registry.on_duty(services.redis)) or len(registry.supervisors(services.redis))
            or len(fallback_numbers(services.config)))


def on_tip_urgent(services, event) -> None:
    """TipUrgent listener."""
    tip_id, reason = event.tip_id, event.reason
    recipients, why = urgent_recipients(services)
    if not recipients:
        log.error("urgent tip %s reached NOBODY: no officer on duty, no active supervisor and no "
                  "URGENT_FALLBACK_NUMBERS; register a supervisor or set a fallback", tip_id)
    elif why != "on duty":
        log.warning("urgent tip %s: %s (%d)", tip_id, why, len(recipients))
    # The reason is a label from nlp's fixed urgency patterns ("weapon mentioned: knife").
    def heading(lang: str) -> SafeText:
        return SafeText.system(catalog.text(lang, "duty_urgent_reason", reason=summary.clip(reason, 30)) if reason
                               else catalog.text(lang, "duty_urgent"))
    notify(services, tip_id, "urgent", heading, recipients, queues.URGENT, latest=event.text,
           message_sid=event.message_sid)


def on_tip_filed(services, event) -> None:
    """TipFiled listener."""
    if not services.config["NOTIFY_ALL_TIPS_TO_DUTY"]:
        return
    name = "duty_" + ("urgent_" if event.urgent else "") + ("partial" if event.partial else "new")
    notify(services, event.tip_id, "filed", lambda lang: SafeText.system(catalog.text(lang, name)),
           registry.on_duty(services.redis), queues.TEXTS)


def on_opt_out(event) -> None:
    """OptOutChanged listener: an officer who texts STOP gets no texts: take them off
    duty so the on-duty list (and who is sent urgent tips) stays honest."""
    turn = event.turn
    if not (event.opted_out and turn.is_officer):
        return
    officer = registry.load(turn.redis, turn.pseudonym)
    if officer is None or not officer["on_duty"]:
        return

    def write(pipe):
        registry.set_duty(pipe, officer["pseudonym"], False)
        audit.record(pipe, "duty_off", officer=officer, detail="opted out (STOP)", at=turn.now)

    turn.writes.append(write)

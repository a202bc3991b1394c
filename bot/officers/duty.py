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
"""
from __future__ import annotations

import logging

from bot.messaging import after_save, outbound, queues
from bot.messaging.segments import MAX_BODY_CHARS
from bot.officers import registry
from bot.privacy.redact import SafeText, require
from bot.store import keys
from bot.tipline import summary, tips

log = logging.getLogger(__name__)


def notification(tip: dict, heading: SafeText, latest: SafeText | None = None) -> SafeText:
    require(heading, "the notification heading")
    news = [require(latest, "the urgent text")] if latest is not None else []
    place, plate = SafeText.stored(summary.place(tip)), SafeText.stored(summary.plate(tip))
    what = summary.clip(latest, 300) if latest else SafeText.stored(summary.headline(tip, 300))
    parts = [f"{heading} {tip['id']}:", what]
    if place:
        parts.append(f"| at {summary.clip(place, 60)}")
    if plate:
        parts.append(f"| plate {plate}")
    parts.append(f"| SHOW {tip['id']} or R {tip['id']} <msg>")
    body = summary.to_gsm7(" ".join(parts))[:MAX_BODY_CHARS]
    return SafeText.compose(body, heading, *news, place, plate, *([] if latest else [what]))


def notify(services, tip_id: str, event: str, heading: SafeText, recipients: list[dict], queue: str,
           latest: SafeText | None = None, message_sid: str | None = None) -> int:
    tip = tips.load_tip(services.redis, tip_id)
    if tip is None:
        return 0
    body = notification(tip, heading, latest)
    # Once per (event, tip, officer); a later emergency text on a filed tip is a new message.
    news_sid = message_sid if latest else None
    for officer in recipients:
        p = officer["pseudonym"]
        dedupe_key = keys.duty_send(event, tip_id, p, news_sid)
        if after_save.already_queued(services, dedupe_key):
            continue  # a second delivery of the event: don't queue a second job for two workers to race on
        outbound.queue_text(services, p, body, dedupe_key, kind=f"duty_{event}",
                            label=registry.display_name(officer), queue=queue)
    return len(recipients)


def on_tip_urgent(services, event) -> None:
    """TipUrgent listener."""
    tip_id, reason = event.tip_id, event.reason
    recipients = registry.on_duty(services.redis)
    if not recipients:
        recipients = registry.supervisors(services.redis)
        log.warning("urgent tip %s: no officer on duty; notifying %d supervisors", tip_id, len(recipients))
    # The reason is a label from nlp's fixed urgency patterns ("weapon mentioned: knife").
    heading = SafeText.system(f"URGENT ({summary.clip(reason, 30)}) tip" if reason else "URGENT tip")
    notify(services, tip_id, "urgent", heading, recipients, queues.URGENT, latest=event.text,
           message_sid=event.message_sid)


def on_tip_filed(services, event) -> None:
    """TipFiled listener."""
    if not services.config["NOTIFY_ALL_TIPS_TO_DUTY"]:
        return
    heading = ("URGENT " if event.urgent else "") + ("Partial tip" if event.partial else "New tip")
    heading = SafeText.system(heading)
    notify(services, event.tip_id, "filed", heading, registry.on_duty(services.redis), queues.TEXTS)


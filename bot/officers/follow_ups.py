"""Tipster to officer: a tipster's answer on a tip, forwarded by text.

bot.tipline.conversation appends a follow-up to the thread and emits
``TipsterFollowUp``; we forward it to the officer who last wrote to that tip, else
whoever claimed it, else the on-duty officers, else the supervisors, each in their
language. Forwarded texts carry the tip ID and the tipster's words, which the inbound
pipeline has already stripped of the tipster's own number (the event carries SafeText,
and the builders here refuse anything else).
"""
from __future__ import annotations

import logging

from bot.messaging import after_save, catalog, outbound, queues
from bot.messaging.segments import MAX_BODY_CHARS, gsm7_letters
from bot.officers import commands, registry
from bot.privacy.redact import SafeText, require
from bot.store import keys
from bot.tipline import tips

log = logging.getLogger(__name__)


def follow_up_recipients(redis, tip: dict) -> list[dict]:
    for candidate in (tip.get("last_officer"), tip.get("claimed_by")):
        found = registry.active(redis, [candidate])
        if found:
            return found
    return registry.on_duty(redis) or registry.supervisors(redis)


def forward_body(tip: dict, text: SafeText, lang: str = catalog.BASE) -> SafeText:
    """"Tipster re T-7K2Q: <their words>", framed in the officer's language ``lang``."""
    require(text, "a tipster's follow-up")
    tip_id = tip["id"]
    if str(text) == catalog.text(catalog.BASE, "tip_withdrawn_note"):   # bot.tipline.conversation's note
        text = SafeText.system(gsm7_letters(catalog.text(lang, "tip_withdrawn_note")))
    label = gsm7_letters(catalog.text(lang, "relay_forward_closed" if tip.get("status") == "closed"
                                      else "relay_forward", tip_id=tip_id))
    words = text.strip() or gsm7_letters(catalog.text(lang, "relay_forward_empty", tip_id=tip_id))
    suffix = " " + gsm7_letters(catalog.text(lang, "relay_forward_cut", tip_id=tip_id))
    if len(label) + len(words) > MAX_BODY_CHARS:
        words = words[: MAX_BODY_CHARS - len(label) - len(suffix)] + suffix
    return SafeText.compose(label + words, text)


def on_follow_up(services, event) -> None:
    """TipsterFollowUp listener: forward a tipster's reply to the right officer(s)."""
    tip_id, text, redis = event.tip_id, event.text, services.redis
    tip = tips.load_tip(redis, tip_id)
    if tip is None:
        return
    recipients = follow_up_recipients(redis, tip)
    if not recipients:
        log.warning("follow-up on %s: no officer to forward it to (none on duty)", tip_id)
        return
    # The event's ref, not a counter: a second delivery of it must name the same texts.
    n = event.ref or redis.hincrby(keys.tip(tip_id), "forward_seq", 1)
    bodies: dict[str, SafeText] = {}
    for officer in recipients:
        lang = commands.language_of(services.config, officer)
        body = bodies.get(lang) or bodies.setdefault(lang, forward_body(tip, text, lang))
        p = officer["pseudonym"]
        dedupe_key = keys.forward_send(tip_id, n, p)
        if after_save.already_queued(services, dedupe_key):
            continue  # forwarded by an earlier delivery of this event
        outbound.queue_text(services, p, body, dedupe_key, kind="forward",
                            label=registry.display_name(officer), queue=queues.TEXTS, ordered=True)

"""The masked relay: officer -> tipster by tip ID, tipster -> officer by event.

Officer to tipster (``R <tip> <text>``): the officer only ever names a tip ID.
The text is queued as an rq job addressed to the tipster's *pseudonym*; the job
alone unseals the number (bot.outbound). Before queueing we refuse, with a clear
answer and nothing sent, when the tip is unknown or closed, the text is empty or
too long, the tipster has opted out, or their sealed number has expired.

Tipster to officer: bot.tipline.conversation appends a follow-up to the
thread and emits ``TipsterFollowUp``; we forward it to the officer who last
wrote to that tip, else whoever claimed it, else the on-duty officers, else the
supervisors. Forwarded texts carry the tip ID and the tipster's words, which the
inbound pipeline has already stripped of the tipster's own number.
"""
from __future__ import annotations

import logging

from bot.messaging import after_save, outbound, queues
from bot.messaging.segments import to_gsm7
from bot.officers import audit, registry
from bot.store import keys
from bot.tipline import tips
from bot.tipline.summary import clip

log = logging.getLogger(__name__)

MAX_SMS_CHARS = 1600   # Twilio's limit for one message body


def relay_body(config: dict, tip_id: str, text: str) -> str:
    """``Avon and Somerset Police re T-7K2Q: which way did the car go?`` (GSM-7)."""
    return to_gsm7(f"{config['FORCE_NAME']} re {tip_id}: {' '.join(text.split())}")


def refusal(turn, tip: dict, text: str) -> str | None:
    """Why this relay must not be sent (a text for the officer), or None."""
    tip_id, redis = tip["id"], turn.redis
    if tip.get("status") == "closed":
        return f"{tip_id} is closed. Nothing was sent to the tipster."
    if not text.strip():
        return f"Your message to the tipster of {tip_id} was empty. Nothing was sent. Usage: R {tip_id} <message>"
    body = relay_body(turn.config, tip_id, text)
    if len(body) > MAX_SMS_CHARS:
        room = MAX_SMS_CHARS - (len(body) - len(" ".join(text.split())))
        return (f"Too long: the text to the tipster of {tip_id} would be {len(body)} characters; the limit is "
                f"{MAX_SMS_CHARS} ({room} for your message). Nothing was sent.")
    tipster = tip.get("tipster") or ""
    pipe = redis.pipeline(transaction=False)
    pipe.exists(keys.opt_out(tipster))
    pipe.exists(keys.sealed_number(tipster))
    opted_out, number_held = pipe.execute()
    if not tipster or opted_out:
        return f"The tipster of {tip_id} has opted out (texted STOP). Nothing was sent."
    if not number_held:
        days = turn.config["NUMBER_RETENTION_DAYS"]
        return (f"The tipster's number for {tip_id} is no longer held (deleted {days:g} days after their last "
                f"text). Nothing was sent.")
    return None


def send_to_tipster(turn, officer: dict, tip: dict, text: str) -> list[str]:
    """Queue one relay text (after the turn is saved) and record it on the tip."""
    tip_id, svc, now = tip["id"], turn.services, turn.now
    why = refusal(turn, tip, text)
    if why:
        turn.writes.append(lambda pipe: audit.record(pipe, "reply_refused", officer=officer, tip_id=tip_id,
                                                     detail=why.split(".")[0][:80], at=now))
        return [why]
    text = " ".join(text.split())
    body = relay_body(turn.config, tip_id, text)
    # A number per relay message: the job's dedupe key, so a retried job never sends twice
    # while two identical messages are still two texts.
    n = turn.redis.hincrby(keys.tip(tip_id), "relay_seq", 1)
    who = f"officer {registry.display_name(officer)}"

    def write(pipe):
        tips.append_to_thread(pipe, tip_id, who, text, now)
        pipe.hset(keys.tip(tip_id), mapping={"last_officer": officer["pseudonym"], "last_relay_at": now})
        audit.record(pipe, "reply", officer=officer, tip_id=tip_id, detail=f"message {n}, {len(body)} chars",
                     at=now)

    turn.writes.append(write)
    tipster = tip["tipster"]
    turn.after.append(lambda: outbound.queue_text(svc, tipster, body, f"relay:{tip_id}:{n}", kind="relay",
                                                  label=tip_id, ordered=True))
    log.info("relay %s message %d queued by officer %s", tip_id, n, officer["pseudonym"][:12])
    return [f"Sent to the tipster of {tip_id} as: {clip(body, 100)}"]


# -- tipster -> officer ------------------------------------------------------------
def follow_up_recipients(redis, tip: dict) -> list[dict]:
    for candidate in (tip.get("last_officer"), tip.get("claimed_by")):
        found = registry.active(redis, [candidate])
        if found:
            return found
    return registry.on_duty(redis) or registry.supervisors(redis)


def forward_body(tip: dict, text: str) -> str:
    tip_id = tip["id"]
    label = f"Tipster re {tip_id}{' (closed)' if tip.get('status') == 'closed' else ''}: "
    text = text.strip() or f"(no text; SHOW {tip_id})"
    suffix = f" [cut: SHOW {tip_id}]"
    if len(label) + len(text) > MAX_SMS_CHARS:
        text = text[: MAX_SMS_CHARS - len(label) - len(suffix)] + suffix
    return label + text


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
    body = forward_body(tip, text)
    for officer in recipients:
        p = officer["pseudonym"]
        if after_save.already_queued(services, f"fwd:{tip_id}:{n}:{p[:16]}"):
            continue  # forwarded by an earlier delivery of this event
        outbound.queue_text(services, p, body, f"fwd:{tip_id}:{n}:{p[:16]}", kind="forward",
                            label=registry.display_name(officer), queue=queues.TEXTS, ordered=True)


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


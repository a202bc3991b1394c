"""The masked relay: officer -> tipster by tip ID, tipster -> officer by event.

Officer to tipster (``R <tip> <text>``): the officer only ever names a tip ID.
The text is queued as an rq job addressed to the tipster's *pseudonym*; the job
alone unseals the number (bot.messaging.outbound). Before queueing we refuse,
with a clear answer and nothing sent, when the tip is unknown or closed, the text
is empty or too long, the tipster has opted out, or their sealed number has expired.

The job, its place in the order of texts to the tipster, the thread entry and the
audit entry are all written in the R text's save transaction: Redis failing (or
the process dying) right after the save cannot lose the text. The checks that read
Redis and the message's number cost one round trip together (a Lua script), so an
R text is five round trips: lock and read, the officer, the tip, the checks, the save.

The officer is told "Queued for the tipster of ..." (queued is all we know then).
If the text cannot be delivered (refused by Twilio, retries used up, the job lost,
the tipster opted out meanwhile, or Twilio reports it undelivered later), the
send job announces ``TextUndelivered``: we text the officer who wrote it why, never
the number, and note it on the tip's thread for SHOW and the console.

Tipster to officer: bot.tipline.conversation appends a follow-up to the
thread and emits ``TipsterFollowUp``; we forward it to the officer who last
wrote to that tip, else whoever claimed it, else the on-duty officers, else the
supervisors. Forwarded texts carry the tip ID and the tipster's words, which the
inbound pipeline has already stripped of the tipster's own number (the event
carries SafeText, and the builders here refuse anything else).
"""
from __future__ import annotations

import logging
import time

from bot.messaging import after_save, outbound, queues
from bot.messaging.segments import MAX_BODY_CHARS, to_gsm7
from bot.officers import audit, registry
from bot.privacy.redact import SafeText, require
from bot.store import keys
from bot.store.scripts import LuaScript
from bot.tipline import tips
from bot.tipline.summary import clip

log = logging.getLogger(__name__)


def relay_body(config: dict, tip_id: str, text: SafeText) -> SafeText:
    """``Avon and Somerset Police re T-7K2Q: which way did the car go?`` (GSM-7)."""
    require(text, "the relay text")
    return SafeText.compose(to_gsm7(f"{config['FORCE_NAME']} re {tip_id}: {' '.join(text.split())}"), text)


# Lua: the checks that read Redis and the message's number, in one round trip. A
# refused relay uses up no number. Returns the number, or REFUSED_* below.
# KEYS: tip, opt_out(tipster), sealed_number(tipster)
_CHECK_AND_NUMBER = LuaScript("""
if redis.call('EXISTS', KEYS[1]) == 0 then return -3 end
if redis.call('HGET', KEYS[1], 'status') == 'closed' then return -4 end
if redis.call('EXISTS', KEYS[2]) == 1 then return -1 end
if redis.call('EXISTS', KEYS[3]) == 0 then return -2 end
return redis.call('HINCRBY', KEYS[1], 'relay_seq', 1)
""")
REFUSED_OPTED_OUT, REFUSED_NUMBER_GONE, REFUSED_NO_TIP, REFUSED_CLOSED = -1, -2, -3, -4


def check_and_number(turn, tip: dict, text: SafeText) -> tuple[str | None, int]:
    """(why this relay must not be sent, as a text for the officer; None) or (None, the
    relay's message number: its dedupe key, so a retried job never sends twice while
    two identical messages are still two texts)."""
    tip_id = tip["id"]
    if tip.get("status") == "closed":
        return _closed(tip_id), 0
    if not text.strip():
        return (f"Your message to the tipster of {tip_id} was empty. Nothing was sent. "
                f"Usage: R {tip_id} <message>"), 0
    body = relay_body(turn.config, tip_id, text)
    if len(body) > MAX_BODY_CHARS:
        room = MAX_BODY_CHARS - (len(body) - len(" ".join(text.split())))
        return (f"Too long: the text to the tipster of {tip_id} would be {len(body)} characters; the limit is "
                f"{MAX_BODY_CHARS} ({room} for your message). Nothing was sent."), 0
    tipster = tip.get("tipster") or ""
    if not tipster:
        return _opted_out(tip_id), 0
    n = int(_CHECK_AND_NUMBER(turn.redis, [keys.tip(tip_id), keys.opt_out(tipster), keys.sealed_number(tipster)]))
    if n == REFUSED_OPTED_OUT:
        return _opted_out(tip_id), 0
    if n == REFUSED_NUMBER_GONE:
        days = turn.config["NUMBER_RETENTION_DAYS"]
        return (f"The tipster's number for {tip_id} is no longer held (deleted {days:g} days after their last "
                f"text). Nothing was sent."), 0
    if n == REFUSED_NO_TIP:
        return f"No tip {tip_id}. Nothing was sent.", 0
    if n == REFUSED_CLOSED:   # closed since we read it
        return _closed(tip_id), 0
    return None, n


def _closed(tip_id: str) -> str:
    return f"{tip_id} is closed. Nothing was sent to the tipster."


def _opted_out(tip_id: str) -> str:
    return f"The tipster of {tip_id} has opted out (texted STOP). Nothing was sent."


def send_to_tipster(turn, officer: dict, tip: dict, text: str) -> list[str]:
    """Queue one relay text and record it on the tip, all in the turn's save."""
    tip_id, svc, now = tip["id"], turn.services, turn.now
    text = SafeText.staff(text)   # the officer's own words, from the R command
    why, n = check_and_number(turn, tip, text)
    if why:
        turn.writes.append(lambda pipe: audit.record(pipe, "reply_refused", officer=officer, tip_id=tip_id,
                                                     detail=why.split(".")[0][:80], at=now))
        return [why]
    body = relay_body(turn.config, tip_id, text)
    words = " ".join(text.split())
    who = f"officer {registry.display_name(officer)}"
    tipster = tip["tipster"]

    def write(pipe):
        tips.append_to_thread(pipe, tip_id, who, words, now)
        pipe.hset(keys.tip(tip_id), mapping={"last_officer": officer["pseudonym"], "last_relay_at": now,
                                             _sent_by(n): officer["pseudonym"]})  # told if it is not delivered
        tips.expect_answer(pipe, tip["tipster"], tip_id, now, turn.config)  # their next text may be the answer
        audit.record(pipe, "reply", officer=officer, tip_id=tip_id, detail=f"message {n}, {len(body)} chars",
                     at=now)
        # The text itself, in the same MULTI: the officer is told "Queued" only if it is.
        outbound.queue_text(svc, tipster, body, keys.relay_send(tip_id, n), kind="relay", label=tip_id,
                            ordered=True, pipeline=pipe, after_save=turn.after)

    turn.writes.append(write)
    log.info("relay %s message %d queued by officer %s", tip_id, n, officer["pseudonym"][:12])
    return [f"Queued for the tipster of {tip_id} as: {clip(body, 100)}"]


def _sent_by(n: int) -> str:
    """Tip record field: the officer who wrote relay message ``n``."""
    return f"relay_{n}_by"


def on_undelivered(services, event) -> None:
    """TextUndelivered listener: a relay will not reach the tipster. Text the officer who
    wrote it why (never the number) and note it on the thread; once per message, however
    often the event comes."""
    found = keys.relay_send_parts(event.dedupe_key)
    if not found:
        return
    tip_id, n = found
    redis = services.redis
    if not redis.exists(keys.tip(tip_id)):
        return
    by = redis.hget(keys.tip(tip_id), _sent_by(n))
    officer = registry.active(redis, [by.decode()]) if by else []
    name = registry.display_name(officer[0]) if officer else "an officer"
    if event.reason == "opted_out":   # skipped at send time: it never left
        verb, why = "was not sent", "the tipster has opted out"
    else:
        verb, why = "could not be delivered", event.why or "reason unknown"
    _note_on_thread(redis, tip_id, n, f"Message {n} from {name} not delivered to the tipster: {why}.")
    log.info("relay %s message %d not delivered: %s", tip_id, n, event.reason)
    if officer:
        notice = to_gsm7(f"Your message to the tipster of {tip_id} {verb} ({why}). Nothing more will be tried.")
        p = officer[0]["pseudonym"]
        outbound.queue_text(services, p, SafeText.system(notice), keys.relay_failed_send(tip_id, n, p),
                            kind="relay_failed", label=name, queue=queues.TEXTS)


def _note_on_thread(redis, tip_id: str, n: int, text: str) -> None:
    field, now = f"relay_{n}_undelivered", time.time()

    def once(pipe) -> None:
        if pipe.hexists(keys.tip(tip_id), field):
            return
        pipe.multi()
        pipe.hset(keys.tip(tip_id), field, now)
        tips.append_to_thread(pipe, tip_id, "system", text, now)

    redis.transaction(once, keys.tip(tip_id))


# -- tipster -> officer ------------------------------------------------------------
def follow_up_recipients(redis, tip: dict) -> list[dict]:
    for candidate in (tip.get("last_officer"), tip.get("claimed_by")):
        found = registry.active(redis, [candidate])
        if found:
            return found
    return registry.on_duty(redis) or registry.supervisors(redis)


def forward_body(tip: dict, text: SafeText) -> SafeText:
    require(text, "a tipster's follow-up")
    tip_id = tip["id"]
    label = f"Tipster re {tip_id}{' (closed)' if tip.get('status') == 'closed' else ''}: "
    words = text.strip() or f"(no text; SHOW {tip_id})"
    suffix = f" [cut: SHOW {tip_id}]"
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
    body = forward_body(tip, text)
    for officer in recipients:
        p = officer["pseudonym"]
        dedupe_key = keys.forward_send(tip_id, n, p)
        if after_save.already_queued(services, dedupe_key):
            continue  # forwarded by an earlier delivery of this event
        outbound.queue_text(services, p, body, dedupe_key, kind="forward",
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


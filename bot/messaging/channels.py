"""Email and voice sends with the SMS path's guarantees (bot.messaging.outbound).

One send per dedupe key: the record keys.outbound(dedupe_key) goes claimed -> sent |
failed | skipped, as for texts, and a run that finds it final does nothing. Each
channel has its own throttle, shared by every worker:

- email: a token bucket of EMAIL_RATE_PER_SECOND (bot.messaging.throttle, bucket
  "mail:<From>");
- voice: VOICE_CALLS_IN_PARALLEL slots (a Redis sorted set, keys.call_slots): a call
  holds one from its creation until its final status callback (completed, busy,
  no-answer, failed, canceled: ``call_ended``), or VOICE_CALL_MAX_SECONDS if that
  callback never comes.

After a crash between claiming and recording: a call is looked up at Twilio
(``already_called``) before calling again; SMTP has nothing to ask, so the email is
sent again with the *same* Message-ID (derived from the dedupe key), which mail
systems take as the same message. Bounces and complaints (``mail_failed``) and
call statuses (``call_status``) are announced as DeliveryStatusChanged with the
SMS vocabulary ("delivered", "failed"), so alert tallies follow every channel alike.
"""
from __future__ import annotations

import hashlib
import logging
import time
from email.message import EmailMessage
from email.utils import formatdate

from bot import events
from bot.messaging import failures, throttle
from bot.messaging.mail import MailError
from bot.messaging.outbound import LAST, RETRYABLE
from bot.messaging.send_records import FINAL_STATES, TransientSendError, state_of
from bot.messaging.voice import FINAL as CALL_FINAL
from bot.messaging.voice import RANK as CALL_RANK
from bot.privacy.identity import read_email, read_number
from bot.store import keys
from bot.store.scripts import LuaScript

log = logging.getLogger(__name__)
SLOT_POLL_S = 0.05

# Lua: take one of ``limit`` call slots for ``member`` (already held: yes), dropping
# slots past their time. Server time, so workers' clocks do not matter.
# KEYS: call_slots
# ARGV: dedupe key, limit, hold (s)
_TAKE_SLOT = LuaScript("""
local t = redis.call('TIME')
local now = tonumber(t[1]) + tonumber(t[2]) / 1e6
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now)
if redis.call('ZSCORE', KEYS[1], ARGV[1]) then return 1 end
if redis.call('ZCARD', KEYS[1]) >= tonumber(ARGV[2]) then return 0 end
redis.call('ZADD', KEYS[1], now + tonumber(ARGV[3]), ARGV[1])
redis.call('EXPIRE', KEYS[1], 86400)
return 1
""")

# Lua: a call status, only forward (like bot.messaging.delivery's for texts).
# KEYS: message_status(call sid)
# ARGV: status, rank, time, expiry
_CALL_STATUS = LuaScript("""
local cur = tonumber(redis.call('HGET', KEYS[1], 'rank') or '0')
if cur >= 9 or tonumber(ARGV[2]) <= cur then return 0 end
redis.call('HSET', KEYS[1], 'status', ARGV[1], 'rank', ARGV[2], 'at', ARGV[3])
redis.call('EXPIRE', KEYS[1], ARGV[4])
return 1
""")


def message_id(dedupe_key: str, from_address: str) -> str:
    """The same Message-ID for every attempt of one email (a resend is the same message)."""
    domain = from_address.rsplit("@", 1)[-1].strip(" >") if "@" in from_address else "alerts.invalid"
    digest = hashlib.sha256(dedupe_key.encode()).hexdigest()[:32]
    return f"<{digest}@{domain}>"


def record_outcome(svc, dedupe_key: str, recipient: str, state: str, *, sid: str = "", reason: str = "",
            detail: str = "", kind: str = "", label: str = "", owner_key: str | None = None) -> str:
    out_key = keys.outbound(dedupe_key)
    pipe = svc.redis.pipeline(transaction=True)
    pipe.hset(out_key, mapping={"state": state, "sid": sid, "reason": reason, "detail": detail,
                                "done_at": time.time(), "recipient": recipient, "kind": kind, "label": label})
    pipe.expire(out_key, keys.DELIVERY_RECORD_TTL_S)
    if owner_key and sid:
        pipe.set(owner_key, out_key, ex=keys.DELIVERY_RECORD_TTL_S)
    pipe.execute()
    if state in ("failed", "skipped"):
        svc.events.emit(events.TextUndelivered(dedupe_key=dedupe_key, reason=reason,
                                               why=failures.describe(reason, detail, 1)))
    return state


def _claim(svc, dedupe_key: str, recipient: str, kind: str, label: str) -> None:
    out_key = keys.outbound(dedupe_key)
    pipe = svc.redis.pipeline(transaction=True)
    pipe.hset(out_key, mapping={"state": "claimed", "claimed_at": time.time(), "recipient": recipient,
                                "kind": kind, "label": label})
    pipe.hincrby(out_key, "attempts", 1)
    pipe.expire(out_key, keys.DELIVERY_RECORD_TTL_S)
    pipe.execute()


# -- email ------------------------------------------------------------------------------------
def deliver_email(svc, email_pseudonym: str, build, dedupe_key: str, *, kind: str = "alert", label: str = "",
                  attempt: str = RETRYABLE) -> str:
    """Send one email at most once per dedupe key (see the module's note on crashes).
    ``build(to_address, message_id) -> EmailMessage`` writes it; the address is read
    from its sealed copy here and goes nowhere else."""
    redis = svc.redis
    state = state_of(redis, dedupe_key)
    if state in FINAL_STATES:
        return state
    ctx = {"kind": kind, "label": label}
    address = read_email(redis, svc.identity, email_pseudonym)
    if address is None:
        return record_outcome(svc, dedupe_key, "m" + email_pseudonym, "failed", reason="address_gone", **ctx)
    mailer = svc.mailer
    throttle.wait_for_turn(redis, "mail:" + mailer.sender_id, 1, float(svc.config["EMAIL_RATE_PER_SECOND"]))
    mid = message_id(dedupe_key, svc.config.get("ALERT_EMAIL_FROM") or "")
    message: EmailMessage = build(address, mid)
    if "Date" not in message:
        message["Date"] = formatdate(localtime=False, usegmt=True)
    _claim(svc, dedupe_key, "m" + email_pseudonym, **ctx)
    try:
        mailer.send(redis, message, {"recipient": "m" + email_pseudonym, **ctx})
    except MailError as exc:
        error = exc
    else:
        return record_outcome(svc, dedupe_key, "m" + email_pseudonym, "sent", sid=mid, owner_key=keys.email_owner(mid),
                       **ctx)
    if not error.transient or attempt == LAST:
        log.warning("email %s not sent: %s", dedupe_key, error.label)
        return record_outcome(svc, dedupe_key, "m" + email_pseudonym, "failed",
                       reason="email_refused" if not error.transient else "retries_exhausted",
                       detail=error.label, **ctx)
    redis.hset(keys.outbound(dedupe_key), "state", "retry")
    log.warning("email %s: %s (will retry)", dedupe_key, error.label)
    raise TransientSendError(error.label)


def mail_failed(svc, mid: str, reason: str, detail: str = "") -> str | None:
    """A bounce or complaint for the email with Message-ID ``mid``: its record becomes
    ``failed`` (reason ``bounced``/``complaint``) and its feature is told. Returns the
    email's dedupe key, or None when the Message-ID is not one of ours."""
    owner = svc.redis.get(keys.email_owner(mid))
    dedupe_key = keys.outbound_dedupe_key(owner.decode()) if owner else None
    if not dedupe_key:
        return None
    svc.redis.hset(keys.outbound(dedupe_key), mapping={"state": "failed", "reason": reason, "detail": detail[:200],
                                                        "done_at": time.time()})
    svc.events.emit(events.DeliveryStatusChanged(dedupe_key=dedupe_key, status="failed"))
    return dedupe_key


# -- voice ------------------------------------------------------------------------------------
def take_slot(svc, dedupe_key: str) -> bool:
    cfg = svc.config
    return bool(_TAKE_SLOT(svc.redis, [keys.call_slots(svc.caller.sender_id)],
                           [dedupe_key, int(cfg["VOICE_CALLS_IN_PARALLEL"]), float(cfg["VOICE_CALL_MAX_SECONDS"])]))


def free_slot(svc, dedupe_key: str) -> None:
    svc.redis.zrem(keys.call_slots(svc.caller.sender_id), dedupe_key)


def deliver_call(svc, pseudonym: str, twiml: str, dedupe_key: str, *, kind: str = "alert", label: str = "",
                 keepalive=None, attempt: str = RETRYABLE) -> str:
    """Place one call at most once per dedupe key, when one of the parallel slots is free.
    ``keepalive()`` is called while waiting for a slot (a chunk's lease)."""
    redis = svc.redis
    state = state_of(redis, dedupe_key)
    if state in FINAL_STATES:
        return state
    ctx = {"kind": kind, "label": label}
    member = "v" + pseudonym
    number = read_number(redis, svc.identity, pseudonym)
    if number is None:
        return record_outcome(svc, dedupe_key, member, "failed", reason="number_expired", **ctx)
    if state == "claimed":
        claimed_at = float(redis.hget(keys.outbound(dedupe_key), "claimed_at") or 0)
        try:
            sid = svc.caller.already_called(number, claimed_at)
        except Exception as exc:   # noqa: BLE001  (any SDK or network error: retried)
            raise TransientSendError(f"reconcile call: {failures.classify(exc).label}") from None
        if sid:
            return record_outcome(svc, dedupe_key, member, "sent", sid=sid, owner_key=keys.call_owner(sid), **ctx)
    last_kept = time.monotonic()
    while not take_slot(svc, dedupe_key):
        if keepalive and time.monotonic() - last_kept > 1.0:
            try:
                keepalive()
            except Exception:   # noqa: BLE001  (the chunk's lease ran out: its new owner calls)
                raise TransientSendError("lease lost while waiting for a call slot") from None
            last_kept = time.monotonic()
        time.sleep(SLOT_POLL_S)
    _claim(svc, dedupe_key, member, **ctx)
    try:
        sid = svc.caller.call(redis, number, twiml, {"recipient": member, **ctx})
    except Exception as exc:   # noqa: BLE001  (every SDK error class, network, surprises)
        error = failures.classify(exc)
    else:
        return record_outcome(svc, dedupe_key, member, "sent", sid=sid, owner_key=keys.call_owner(sid), **ctx)
    free_slot(svc, dedupe_key)
    if not error.transient or attempt == LAST:
        return record_outcome(svc, dedupe_key, member, "failed", reason=error.reason, detail=error.label, **ctx)
    if not error.ambiguous:
        redis.hset(keys.outbound(dedupe_key), "state", "retry")
    raise TransientSendError(error.label)


CALL_TO_DELIVERY = {"in-progress": "delivered", "answered": "delivered", "completed": "delivered",
                    "busy": "failed", "no-answer": "failed", "failed": "failed", "canceled": "failed",
                    "queued": "sent", "initiated": "sent", "ringing": "sent"}


def call_status(svc, call_sid: str, status: str, at: float) -> bool:
    """A call status callback: recorded only forward; a final one frees the call's slot;
    announced as DeliveryStatusChanged ("delivered" once answered, "failed" if never).
    Returns whether it changed anything."""
    if status not in CALL_RANK:
        return False
    changed = bool(_CALL_STATUS(svc.redis, [keys.message_status(call_sid)],
                                [status, CALL_RANK[status], at, keys.DELIVERY_RECORD_TTL_S]))
    owner = svc.redis.get(keys.call_owner(call_sid))
    dedupe_key = keys.outbound_dedupe_key(owner.decode()) if owner else None
    if dedupe_key and status in CALL_FINAL:
        free_slot(svc, dedupe_key)
    if not changed or not dedupe_key:
        return changed
    if status in CALL_FINAL and CALL_TO_DELIVERY[status] == "failed":
        svc.redis.hset(keys.outbound(dedupe_key), mapping={"state": "failed", "reason": f"call_{status}",
                                                            "done_at": time.time()})
    svc.events.emit(events.DeliveryStatusChanged(dedupe_key=dedupe_key, status=CALL_TO_DELIVERY[status]))
    return True

"""The record of one outbound text (``keys.outbound(dedupe_key)``): its state, the claim
before a send, how it ends, and telling the feature that queued it when it did not arrive.

States: queued (no record yet), ``claimed`` (a run is sending it; a run that finds it so
asks Twilio whether it went out before sending again: POST /Messages is not idempotent),
``retry`` (Twilio refused it for now: 429), and the final ``sent``, ``failed`` and
``skipped``, each with a ``reason`` (bot.messaging.failures). A final record is never
changed back (status callbacks arrive out of order; bot.messaging.delivery).
"""
from __future__ import annotations

import logging
import time

from bot import events
from bot.messaging import failures
from bot.privacy.identity import read_number
from bot.store import keys
from bot.store.scripts import LuaScript

log = logging.getLogger("bot.messaging.outbound")   # one logger for the send path

FINAL_STATES = {"sent", "failed", "skipped"}
UNDELIVERED = {"failed", "skipped"}
OPTED_OUT = failures.OPTED_OUT


class TransientSendError(RuntimeError):
    """Raised so rq retries the job with backoff. Its text never names the recipient."""


def settle(svc, dedupe_key: str, recipient: str, body: str | None, reason: str, kind: str = "",
           label: str = "") -> str:
    """End a text nobody will try again: ``sent`` if Twilio has it, else ``failed``.
    Without the body we cannot ask Twilio, so a text claimed mid-send is ``unconfirmed``."""
    redis = svc.redis
    state = state_of(redis, dedupe_key)
    if state in FINAL_STATES:
        return state
    ctx = {"kind": kind, "label": label}
    if state == "claimed":
        number = read_number(redis, svc.identity, recipient)
        if body is None or number is None:
            return finish(svc, dedupe_key, recipient, "failed", reason="unconfirmed", **ctx)
        ended = finish_if_sent(svc, dedupe_key, recipient, number, body, ctx)
        if ended:
            return ended
    log.warning("send %s settled as failed: %s", dedupe_key, reason)
    return finish(svc, dedupe_key, recipient, "failed", reason=reason, **ctx)


def finish_if_sent(svc, dedupe_key: str, recipient: str, number: str, body: str, ctx: dict) -> str | None:
    """Ask Twilio whether a claimed text went out since its claim: ``sent`` if it did,
    ``failed``/``unconfirmed`` if Twilio cannot be asked; None (left as it is) if it did not."""
    claimed_at = float(svc.redis.hget(keys.outbound(dedupe_key), "claimed_at") or 0)
    try:
        sid = svc.sender.already_sent(number, body, claimed_at)
    except Exception as exc:   # any SDK or network error: classified, never logged raw
        return finish(svc, dedupe_key, recipient, "failed", reason="unconfirmed",
                      detail=failures.classify(exc).label, **ctx)
    return finish(svc, dedupe_key, recipient, "sent", sid=sid, **ctx) if sid else None


def state_of(redis, dedupe_key: str) -> str | None:
    state = redis.hget(keys.outbound(dedupe_key), "state")
    return state.decode() if state else None


def state_and_claimed_at(redis, dedupe_key: str) -> tuple[str | None, str]:
    """The record's state and the ``claimed_at`` of its last claim ("" if never claimed)."""
    state, claimed_at = redis.hmget(keys.outbound(dedupe_key), "state", "claimed_at")
    return (state.decode() if state else None), (claimed_at.decode() if claimed_at else "")


# Lua: claim one send, after its wait for the token bucket. If the text was finished
# meanwhile, return that state. If the recipient opted out (a STOP saved while it
# waited), finish it as skipped/opted_out and return 'opted_out'. If another run of the
# same text claimed it since this run read the record (its ``claimed_at`` is not the
# one this run saw), return 'taken' and change nothing. Otherwise mark it claimed
# (state, claimed_at, recipient, kind, label; attempts + 1) and return 'claimed'.
# The opt-out and the claim are one step, so a STOP saved before the claim always wins.
# The two keys carry different hash tags: fine on the single primary we run on
# (README, Scaling); the turn's save MULTI and _finish cross tags the same way.
# KEYS: opt_out(recipient), outbound(dedupe_key)
# ARGV: now (epoch s), recipient, kind, label, ttl (s), claimed_at as this run read it ("" if none)
_CLAIM = LuaScript("""
local state = redis.call('HGET', KEYS[2], 'state')
if state == 'sent' or state == 'failed' or state == 'skipped' then return state end
if (redis.call('HGET', KEYS[2], 'claimed_at') or '') ~= ARGV[6] then return 'taken' end
if redis.call('EXISTS', KEYS[1]) == 1 then
  redis.call('HSET', KEYS[2], 'state', 'skipped', 'sid', '', 'reason', 'opted_out', 'detail', '',
             'done_at', ARGV[1], 'recipient', ARGV[2])
  if ARGV[3] ~= '' then redis.call('HSET', KEYS[2], 'kind', ARGV[3], 'label', ARGV[4]) end
  redis.call('EXPIRE', KEYS[2], ARGV[5])
  return 'opted_out'
end
redis.call('HSET', KEYS[2], 'state', 'claimed', 'claimed_at', ARGV[1], 'recipient', ARGV[2],
           'kind', ARGV[3], 'label', ARGV[4])
redis.call('HINCRBY', KEYS[2], 'attempts', 1)
redis.call('EXPIRE', KEYS[2], ARGV[5])
return 'claimed'
""")


def claim_send(redis, recipient: str, dedupe_key: str, claimed_before: str, ctx: dict) -> str:
    out = _CLAIM(redis, [keys.opt_out(recipient), keys.outbound(dedupe_key)],
                 [repr(time.time()), recipient, ctx["kind"], ctx["label"], keys.DELIVERY_RECORD_TTL_S,
                  claimed_before])
    return out.decode() if isinstance(out, bytes) else out


def finish(svc, dedupe_key: str, recipient: str, state: str, sid: str = "", reason: str = "",
            detail: str = "", kind: str = "", label: str = "", opt_out: bool = False) -> str:
    redis, out_key = svc.redis, keys.outbound(dedupe_key)
    mapping = {"state": state, "sid": sid, "reason": reason, "detail": detail, "done_at": time.time(),
               "recipient": recipient}
    if kind:
        mapping.update(kind=kind, label=label)
    pipe = redis.pipeline(transaction=True)
    pipe.hset(out_key, mapping=mapping)
    pipe.expire(out_key, keys.DELIVERY_RECORD_TTL_S)
    if sid:
        pipe.set(keys.message_owner(sid), out_key, ex=keys.DELIVERY_RECORD_TTL_S)
    if opt_out:   # Twilio blocks every text to them now: record it like a STOP
        pipe.set(keys.opt_out(recipient), str(OPTED_OUT))
    pipe.execute()
    if state in UNDELIVERED:
        announce(svc, dedupe_key, reason, detail)
    elif state == "sent" and sid and svc.config.get("LOCAL_MODE"):
        # Local mode has no carrier to send a status callback: the recorded text is as
        # delivered as it will ever be, so STATUS and tallies reach a final state.
        from bot.messaging import delivery  # delivery imports this module

        delivery.report(svc, sid, "delivered", "", time.time())
    return state


def mark_undelivered(svc, dedupe_key: str, error_code: str) -> None:
    """A status callback said undelivered/failed for a text we recorded ``sent``."""
    redis, out_key = svc.redis, keys.outbound(dedupe_key)
    reason = "opted_out_21610" if error_code == str(OPTED_OUT) else f"twilio_{error_code or 'undelivered'}"
    recipient = redis.hget(out_key, "recipient")
    pipe = redis.pipeline(transaction=True)
    pipe.hset(out_key, mapping={"state": "failed", "reason": reason, "detail": "status callback",
                                "done_at": time.time()})
    pipe.expire(out_key, keys.DELIVERY_RECORD_TTL_S)
    if recipient and reason == "opted_out_21610":
        pipe.set(keys.opt_out(recipient.decode()), str(OPTED_OUT))
    pipe.execute()
    announce(svc, dedupe_key, reason, "")


def announce(svc, dedupe_key: str, reason: str, detail: str) -> None:
    """Tell the feature that queued the text (TextUndelivered), then mark it told. A run
    that dies in between leaves it unmarked, and the job's next run tells again
    (listeners are idempotent per dedupe key)."""
    attempts = int(svc.redis.hget(keys.outbound(dedupe_key), "attempts") or 0)
    why = failures.describe(reason, detail, attempts)
    svc.events.emit(events.TextUndelivered(dedupe_key=dedupe_key, reason=reason, why=why))
    svc.redis.hset(keys.outbound(dedupe_key), "announced", 1)


def announce_unless_done(svc, dedupe_key: str) -> None:
    state, reason, detail, announced = svc.redis.hmget(keys.outbound(dedupe_key), "state", "reason", "detail",
                                                       "announced")
    if state and state.decode() in UNDELIVERED and not announced:
        announce(svc, dedupe_key, (reason or b"").decode(), (detail or b"").decode())

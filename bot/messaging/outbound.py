"""Texts that are not the immediate reply to an inbound text go through here.

``queue_text`` (called by web code and other jobs) enqueues ``send_text``, an rq
job that takes the recipient's pseudonym, the body and a dedupe key naming
(message, recipient). The body is a ``SafeText`` (bot.privacy.redact): queue_text
refuses a plain str, and the job refuses a payload that did not come through it,
so no text reaches Twilio, or a job payload that failed jobs keep for a year,
without having been vetted. The job resolves the sealed number, checks the
opt-out again at send time, waits for the shared token bucket and sends.

Idempotency: ``keys.outbound(dedupe_key)`` records the send's state. A retried
job that finds ``sent``/``failed``/``skipped`` does nothing. One that finds
``claimed`` (a worker died between claiming and recording) asks the transport
whether the text went out before sending again, because POST /Messages is not
idempotent.
"""
from __future__ import annotations

import logging
import time

from twilio.base.exceptions import TwilioRestException

from bot.messaging import queues, throttle
from bot.messaging.segments import count_segments
from bot.privacy.identity import read_number
from bot.privacy.redact import SafeText, require
from bot.services import current
from bot.store import keys

log = logging.getLogger(__name__)

FINAL_STATES = {"sent", "failed", "skipped"}
OPTED_OUT = 21610
TRANSIENT_HTTP = {429} | set(range(500, 600))


class TransientSendError(RuntimeError):
    """Raised so rq retries the job with backoff."""


def queue_text(services, recipient: str, body: SafeText, dedupe_key: str, *, kind: str,
               label: str = "", queue: str = queues.TEXTS, ordered: bool = False):
    """Enqueue one text. ``ordered=True`` keeps texts to one recipient in order.
    ``body`` must be SafeText: a plain str is a TypeError."""
    require(body, "the body of a queued text")
    seq = _next_in_order(services.redis, recipient) if ordered else 0
    return services.queues[queue].enqueue(
        send_text, recipient, body, dedupe_key, kind, label, seq,
        job_id=f"send-{dedupe_key}".replace(":", "-"), retry=queues.retry(queues.SEND_RETRY),
        description=f"send {kind} {dedupe_key}",
    )


def _next_in_order(redis, recipient: str) -> int:
    # The counter expires like send_done (and is refreshed with it in _finish): a
    # counter that outlived send_done would make the next text wait for
    # predecessors that can never be recorded, and fail.
    pipe = redis.pipeline(transaction=True)
    pipe.incr(keys.send_sequence(recipient))
    pipe.expire(keys.send_sequence(recipient), keys.DELIVERY_RECORD_TTL_S)
    return pipe.execute()[0]


def send_text(recipient: str, body: SafeText, dedupe_key: str, kind: str = "text",
              label: str = "", seq: int = 0) -> str:
    """rq job: send one text at most once. Returns the final state."""
    svc = current()
    if not isinstance(body, SafeText) and redis_state(svc.redis, dedupe_key) is None:
        log.error("send %s: payload body was not vetted (not queued by queue_text); not sent", dedupe_key)
        return _finish(svc.redis, keys.outbound(dedupe_key), recipient, seq, "failed", reason="body_not_vetted")
    return deliver(svc, recipient, body, dedupe_key, kind, label, seq)


def redis_state(redis, dedupe_key: str) -> str | None:
    state = redis.hget(keys.outbound(dedupe_key), "state")
    return state.decode() if state else None


def deliver(svc, recipient: str, body: str, dedupe_key: str, kind: str = "text",
            label: str = "", seq: int = 0) -> str:
    redis = svc.redis
    out_key = keys.outbound(dedupe_key)
    state = redis.hget(out_key, "state")
    state = state.decode() if state else None
    if state in FINAL_STATES:
        return state
    if seq:
        _wait_for_predecessors(redis, recipient, seq)

    if redis.exists(keys.opt_out(recipient)):
        return _finish(redis, out_key, recipient, seq, "skipped", reason="opted_out")
    number = read_number(redis, svc.identity, recipient)
    if number is None:
        return _finish(redis, out_key, recipient, seq, "failed", reason="number_expired")

    if state == "claimed":  # a worker died mid-send: did it go out?
        claimed_at = float(redis.hget(out_key, "claimed_at") or 0)
        sid = svc.sender.already_sent(number, body, claimed_at)
        if sid:
            return _finish(redis, out_key, recipient, seq, "sent", sid=sid)

    throttle.wait_for_turn(redis, svc.sender.sender_id, count_segments(body),
                           svc.config["SEND_RATE_SEGMENTS_PER_SECOND"])
    redis.hset(out_key, mapping={"state": "claimed", "claimed_at": time.time(), "kind": kind,
                                 "recipient": recipient})
    redis.expire(out_key, keys.DELIVERY_RECORD_TTL_S)
    meta = {"recipient": recipient, "label": label, "kind": kind}
    try:
        sid = svc.sender.send(redis, number, body, meta)
    except TwilioRestException as exc:
        if exc.code == OPTED_OUT:
            redis.set(keys.opt_out(recipient), "21610")
            return _finish(redis, out_key, recipient, seq, "failed", reason="opted_out_21610")
        if exc.status in TRANSIENT_HTTP:
            redis.hset(out_key, "state", "retry")
            log.warning("send %s transient error %s (will retry)", dedupe_key, exc.status)
            raise TransientSendError(f"HTTP {exc.status}") from None
        log.warning("send %s permanent error %s/%s", dedupe_key, exc.status, exc.code)
        return _finish(redis, out_key, recipient, seq, "failed", reason=f"twilio_{exc.code or exc.status}")
    except OSError as exc:  # connection refused/reset, timeouts
        redis.hset(out_key, "state", "retry")
        raise TransientSendError(type(exc).__name__) from None
    return _finish(redis, out_key, recipient, seq, "sent", sid=sid)


def _finish(redis, out_key: str, recipient: str, seq: int, state: str, sid: str = "", reason: str = "") -> str:
    pipe = redis.pipeline(transaction=True)
    pipe.hset(out_key, mapping={"state": state, "sid": sid, "reason": reason, "done_at": time.time()})
    pipe.expire(out_key, keys.DELIVERY_RECORD_TTL_S)
    if sid:
        pipe.set(keys.message_owner(sid), out_key, ex=keys.DELIVERY_RECORD_TTL_S)
    if seq:
        pipe.set(keys.send_done(recipient), seq, ex=keys.DELIVERY_RECORD_TTL_S)
        pipe.expire(keys.send_sequence(recipient), keys.DELIVERY_RECORD_TTL_S)
    pipe.execute()
    return state


def _wait_for_predecessors(redis, recipient: str, seq: int, wait_s: float = 20.0) -> None:
    """Texts to one recipient go out in the order they were queued."""
    deadline = time.monotonic() + wait_s
    while int(redis.get(keys.send_done(recipient)) or 0) < seq - 1:
        if time.monotonic() > deadline:
            raise TransientSendError("earlier text to this recipient not sent yet")
        time.sleep(0.05)

"""Texts that are not the immediate reply to an inbound text go through here.

``queue_text`` (inside a turn's save, or from a listener or job) enqueues
``send_text``, an rq job whose body is a ``SafeText`` (bot.privacy.redact):
queue_text and ``deliver`` refuse a plain str, and the job refuses a payload
that did not come through it, so no text reaches Twilio, or a job payload that
failed jobs keep for a year, without having been vetted. The job resolves the
sealed number, checks the opt-out, waits for the shared token bucket, and then
checks the opt-out again and claims the send in one step (``_CLAIM``) before it
sends.

STOP: a STOP saved before the claim always wins, however long the text waited
for its turn in the bucket (seconds at a long code's 1-10 segments/s): the claim
finds the opt-out and ends the text ``skipped``/``opted_out`` without sending. A
STOP saved after the claim races the send itself, one HTTP call to Twilio
(normally ~100-300 ms, at most the transport's 10 s timeout): that text may
still go out. Twilio's Advanced Opt-Out, which the README says to keep on,
blocks every text after Twilio has processed the STOP (error 21610, recorded
as an opt-out).

Idempotency: ``keys.outbound(dedupe_key)`` records the send's state. A retried
job that finds ``sent``/``failed``/``skipped`` does nothing. One that finds
``claimed`` (a worker died between claiming and recording, or Twilio answered
with a 5xx or never answered) asks the transport whether the text went out
before sending again, because POST /Messages is not idempotent.

Every text ends in a final state (``sent``, ``failed`` or ``skipped``, with a
``reason``: bot.messaging.failures):

- a permanent Twilio error ends it at once; 429/5xx/network errors are retried
  (queues.SEND_RETRY) and the last attempt ends it ``failed``/``retries_exhausted``
  instead of raising;
- a job that dies on its last attempt (exception or kill -9) gets one more run
  from rq that never sends, only settles the record (queues.SETTLE_AFTER_S); the
  failure callback settles it too when even that run raised;
- a text whose predecessor is gone settles the predecessor (below).

A text that did not reach its recipient is announced once it is final
(``events.TextUndelivered``), so the officer who wrote a relay is told.

Order: ``ordered=True`` chains a text to the last one queued to that recipient, in
the transaction that queues its job; its job runs only once the predecessor's record
is final, waiting a bounded time (bot.messaging.send_order). The record of one text,
its claim and how it ends: bot.messaging.send_records.
"""
from __future__ import annotations

import logging
from collections.abc import Callable

from rq import Queue, get_current_job
from rq.job import Callback

from bot.messaging import failures, queues, throttle
from bot.messaging.segments import count_segments
from bot.messaging.send_order import LINKED, job_id, link, order_wait, predecessor, predecessor_pending, queued_before
from bot.messaging.send_records import (
    FINAL_STATES,
    TransientSendError,
    announce,
    announce_unless_done,
    claim_send,
    finish,
    finish_if_sent,
    settle,
    state_and_claimed_at,
    state_of,
)
from bot.privacy.identity import read_number
from bot.privacy.redact import SafeText, require
from bot.services import current
from bot.store import keys

log = logging.getLogger(__name__)

# What this run of a send job may do (from rq's retries_left): retry by raising, end
# the text on failure (the last attempt), or only settle it (the run after the last).
RETRYABLE, LAST, SETTLE = "retryable", "last", "settle"


def queue_text(services, recipient: str, body: SafeText, dedupe_key: str, *, kind: str,
               label: str = "", queue: str = queues.TEXTS, ordered: bool = False, pipeline=None,
               after_save: list | None = None):
    """Enqueue one text (once per dedupe key). ``ordered=True`` keeps texts to one
    recipient in order. ``body`` must be SafeText: a plain str is a TypeError.

    With ``pipeline`` (a MULTI the caller executes: a turn's save), the job and its
    link in the recipient's order are queued *in* that transaction, with no round
    trip of their own: they commit with the caller's state or not at all. The caller
    names a text it has never queued (its dedupe key is new in this transaction), so
    there is nothing to look up first. ``after_save`` (the turn's ``after``) is where
    the enqueue goes instead when the queues run jobs in-process (RQ_SYNC): rq would
    run the job inside the enqueue, before the commit.

    Without ``pipeline`` (listeners, jobs: they may run again), a text queued before
    is not queued twice, and the job and its link still commit together."""
    require(body, "the body of a queued text")
    q = services.queues[queue]
    data = Queue.prepare_data(
        send_text, args=(recipient, body, dedupe_key, kind, label, LINKED if ordered else ""),
        job_id=job_id(dedupe_key), retry=queues.send_retry(), on_failure=Callback(on_send_job_failed),
        description=f"send {kind} {dedupe_key}")
    if pipeline is not None:
        if not q.is_async:
            if after_save is None:
                raise ValueError("queue_text(pipeline=...) needs after_save for in-process queues (RQ_SYNC)")
            after_save.append(lambda: queue_text(services, recipient, body, dedupe_key, kind=kind, label=label,
                                                 queue=queue, ordered=ordered))
            return None
        if ordered:
            link(pipeline, recipient, dedupe_key)
        return q.enqueue_many([data], pipeline=pipeline)[0]
    redis = services.redis
    existing = queued_before(redis, dedupe_key)
    if existing is not None:   # a replayed after-save step: one job per text, and no second link in the chain
        return existing
    pipe = redis.pipeline(transaction=True)
    if ordered:
        link(pipe, recipient, dedupe_key)
    if not q.is_async:         # the job runs inside its enqueue: its link must be in Redis first
        pipe.execute()
        return q.enqueue_many([data])[0]
    job = q.enqueue_many([data], pipeline=pipe)[0]
    pipe.execute()
    return job


def send_text(recipient: str, body: SafeText, dedupe_key: str, kind: str = "text",
              label: str = "", after: str = ""):
    """rq job: send one text at most once. Returns the final state, or rq's Retry
    while an earlier text to the same recipient is still unfinished."""
    svc = current()
    job = get_current_job()
    state = state_of(svc.redis, dedupe_key)
    if state in FINAL_STATES:
        announce_unless_done(svc, dedupe_key)   # an earlier run may have died before telling anyone
        return state
    if not isinstance(body, SafeText):
        log.error("send %s: payload body was not vetted (not queued by queue_text); not sent", dedupe_key)
        return finish(svc, dedupe_key, recipient, "failed", reason="body_not_vetted", kind=kind, label=label)
    after = predecessor(svc.redis, dedupe_key, after)
    if after and predecessor_pending(svc, recipient, after):
        wait = order_wait(job)
        if wait is not None:
            return wait
        log.warning("send %s: earlier text %s still unfinished after the wait; sending out of order",
                    dedupe_key, after)
    return deliver(svc, recipient, body, dedupe_key, kind, label, attempt=_attempt(job))


def _attempt(job) -> str:
    if job is None:            # called directly (alerts' chunks, tests): the caller retries
        return RETRYABLE
    left = job.retries_left
    if left is None or left == 1:
        return LAST
    return SETTLE if left <= 0 else RETRYABLE


def deliver(svc, recipient: str, body: SafeText, dedupe_key: str, kind: str = "text",
            label: str = "", attempt: str = RETRYABLE, *, bulk: bool = False,
            go_on: Callable[[], bool] | None = None) -> str | None:
    """Send one text at most once; returns its state. Raises TransientSendError for a
    retry unless ``attempt`` is LAST (then a transient failure ends it) or SETTLE.
    ``body`` must be SafeText, as for queue_text (alert fan-out calls this directly).

    ``bulk`` (alert fan-out) waits for the token bucket behind every other text
    (bot.messaging.throttle). ``go_on`` is asked while a bulk text waits and once
    more just before the claim (alert fan-out: the chunk's lease is still ours and
    its time slice not over); when it answers False the text is left as it was,
    unclaimed, and None is returned: the caller's to send later. None also when
    another run of the same text claimed it while this one waited."""
    require(body, "the body of a delivered text")
    redis = svc.redis
    state, claimed_before = state_and_claimed_at(redis, dedupe_key)
    if state in FINAL_STATES:
        return state
    if attempt == SETTLE:
        return settle(svc, dedupe_key, recipient, body, reason="interrupted", kind=kind, label=label)

    ctx = {"kind": kind, "label": label}
    if redis.exists(keys.opt_out(recipient)):
        return finish(svc, dedupe_key, recipient, "skipped", reason="opted_out", **ctx)
    number = read_number(redis, svc.identity, recipient)
    if number is None:
        return finish(svc, dedupe_key, recipient, "failed", reason="number_expired", **ctx)

    if state == "claimed":  # a worker died mid-send, or Twilio's answer was unclear: did it go out?
        try:
            sid = svc.sender.already_sent(number, body, float(claimed_before or 0))
        except Exception as exc:  # any SDK or network error: classified, never logged raw
            error = failures.classify(exc)
        else:
            if sid:
                return finish(svc, dedupe_key, recipient, "sent", sid=sid, **ctx)
            error = None
        if error is not None:
            if attempt == LAST:
                return finish(svc, dedupe_key, recipient, "failed", reason="unconfirmed", detail=error.label,
                               **ctx)
            log.warning("send %s: could not ask Twilio whether it went out (%s); will retry", dedupe_key,
                        error.label)
            raise TransientSendError(f"reconcile: {error.label}")

    sender, segments = svc.sender.sender_id, count_segments(body)
    rate = svc.config["SEND_RATE_SEGMENTS_PER_SECOND"]
    if not throttle.wait_for_turn(redis, sender, segments, rate, bulk=bulk, go_on=go_on):
        return None
    if go_on is not None and not go_on():
        throttle.refund(redis, sender, segments, rate)
        return None
    # The wait may have taken seconds: a STOP saved meanwhile wins (see the module's docstring).
    claim = claim_send(redis, recipient, dedupe_key, claimed_before, ctx)
    if claim != "claimed":
        throttle.refund(redis, sender, segments, rate)
        if claim == "opted_out":   # a STOP during the wait: the claim recorded it skipped
            announce(svc, dedupe_key, "opted_out", "")
            return "skipped"
        if claim in FINAL_STATES:
            return claim
        log.warning("send %s: claimed by another run while this one waited; leaving it to that run", dedupe_key)
        return None
    meta = {"recipient": recipient, "label": label, "kind": kind}
    try:
        sid = svc.sender.send(redis, number, body, meta)
    except Exception as exc:  # every SDK error class (both formats), network, surprises
        error = failures.classify(exc)
    else:
        return finish(svc, dedupe_key, recipient, "sent", sid=sid, **ctx)
    # Outside the except block: the TransientSendError below carries no context whose
    # message (Twilio's error text, a URL) could name the recipient in rq's traceback.
    return _after_failed_send(svc, dedupe_key, recipient, number, body, error, attempt, ctx)


def _after_failed_send(svc, dedupe_key: str, recipient: str, number: str, body: str,
                       error: failures.SendError, attempt: str, ctx: dict) -> str:
    redis = svc.redis
    if not error.transient:
        log.warning("send %s refused by Twilio: %s", dedupe_key, error.label)
        return finish(svc, dedupe_key, recipient, "failed", reason=error.reason, detail=error.label,
                       opt_out=error.reason == "opted_out_21610", **ctx)
    if not error.ambiguous:   # refused (429): nothing to ask Twilio about next time
        redis.hset(keys.outbound(dedupe_key), "state", "retry")
    # Ambiguous (5xx, timeouts): the record stays "claimed", so the next run asks first.
    if attempt == LAST:
        ended = finish_if_sent(svc, dedupe_key, recipient, number, body, ctx) if error.ambiguous else None
        if ended:
            return ended
        log.warning("send %s: %s on the last attempt; giving up", dedupe_key, error.label)
        return finish(svc, dedupe_key, recipient, "failed", reason="retries_exhausted", detail=error.label,
                       **ctx)
    log.warning("send %s: %s (will retry)", dedupe_key, error.label)
    raise TransientSendError(error.label)


def on_send_job_failed(job, connection, exc_type, exc_value, tb) -> None:
    """rq failure callback (also run for jobs abandoned by a dead worker). rq runs it on
    every failure; only when no run is left does it settle the text."""
    if job.retries_left:   # rq runs it again: the settling run at the latest
        return
    try:
        svc = current()
    except RuntimeError:   # no app context: the next successor or a re-run settles it
        log.error("send job %s failed for good outside the app context; left unsettled", job.id)
        return
    recipient, body, dedupe_key = job.args[:3]
    kind, label = (list(job.args[3:5]) + ["", ""])[:2]
    settle(svc, dedupe_key, recipient, body, reason="interrupted", kind=kind, label=label)

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

Order: ``ordered=True`` chains a text to the last one queued to that recipient
(``keys.send_last``), in the transaction that queues its job (``_link``). Its job
runs only once the predecessor's record is final.
While the predecessor is queued, scheduled or running, the job returns rq's
``Retry`` (run me later; it does not use up the send attempts) rather than hold a
worker the predecessor may need, for at most queues.ORDER_WAIT; then it sends out
of order rather than never. A predecessor whose job is gone or failed in rq is
settled by its successor and holds nothing up.
"""
from __future__ import annotations

import logging
import time
from collections.abc import Callable

from rq import Queue, get_current_job
from rq.exceptions import NoSuchJobError
from rq.job import Callback, Job, JobStatus

from bot import events
from bot.messaging import failures, queues, throttle
from bot.messaging.segments import count_segments
from bot.privacy.identity import read_number
from bot.privacy.redact import SafeText, require
from bot.services import current
from bot.store import keys
from bot.store.scripts import LuaScript

log = logging.getLogger(__name__)

FINAL_STATES = {"sent", "failed", "skipped"}
UNDELIVERED = {"failed", "skipped"}
OPTED_OUT = failures.OPTED_OUT
ORDER_POLL_S = 5.0   # a predecessor running right now usually finishes within this

# What this run of a send job may do (from rq's retries_left): retry by raising, end
# the text on failure (the last attempt), or only settle it (the run after the last).
RETRYABLE, LAST, SETTLE = "retryable", "last", "settle"


class TransientSendError(RuntimeError):
    """Raised so rq retries the job with backoff. Its text never names the recipient."""


def job_id(dedupe_key: str) -> str:
    return f"send-{dedupe_key}".replace(":", "-")


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
            _link(pipeline, recipient, dedupe_key)
        return q.enqueue_many([data], pipeline=pipeline)[0]
    redis = services.redis
    existing = _queued_before(redis, dedupe_key)
    if existing is not None:   # a replayed after-save step: one job per text, and no second link in the chain
        return existing
    pipe = redis.pipeline(transaction=True)
    if ordered:
        _link(pipe, recipient, dedupe_key)
    if not q.is_async:         # the job runs inside its enqueue: its link must be in Redis first
        pipe.execute()
        return q.enqueue_many([data])[0]
    job = q.enqueue_many([data], pipeline=pipe)[0]
    pipe.execute()
    return job


def _queued_before(redis, dedupe_key: str):
    try:
        return Job.fetch(job_id(dedupe_key), connection=redis)
    except NoSuchJobError:
        return None


# The order of texts to one recipient is a chain: ``keys.send_last`` names the last
# ordered text queued to them, and each text's outbound record names the one before
# it (field ``after``), both written in the transaction that queues the text's job
# (so a job is never queued without its link, nor a link without its job). The job
# is given LINKED and reads its predecessor from its record when it runs. The link
# expires with the records it points at: a missing predecessor holds nothing up.
LINKED = "@linked"
# Lua (plain EVAL: it is queued inside MULTI, where a registered Script would cost a
# SCRIPT EXISTS round trip first).
# KEYS: send_last(recipient), outbound(dedupe_key)
# ARGV: dedupe_key, ttl (s)
_LINK = """
local prev = redis.call('GET', KEYS[1])
redis.call('SET', KEYS[1], ARGV[1], 'EX', ARGV[2])
if prev and prev ~= ARGV[1] then
  redis.call('HSET', KEYS[2], 'after', prev)
  redis.call('EXPIRE', KEYS[2], ARGV[2])
end
return prev
"""


def _link(pipe, recipient: str, dedupe_key: str) -> None:
    pipe.eval(_LINK, 2, keys.send_last(recipient), keys.outbound(dedupe_key), dedupe_key,
              keys.DELIVERY_RECORD_TTL_S)


def _predecessor(redis, dedupe_key: str, after: str) -> str:
    """The text this one waits for: from its record (LINKED), or as an older job was given it."""
    if after != LINKED:
        return after if isinstance(after, str) else ""
    prev = redis.hget(keys.outbound(dedupe_key), "after")
    return prev.decode() if prev else ""


def send_text(recipient: str, body: SafeText, dedupe_key: str, kind: str = "text",
              label: str = "", after: str = ""):
    """rq job: send one text at most once. Returns the final state, or rq's Retry
    while an earlier text to the same recipient is still unfinished."""
    svc = current()
    job = get_current_job()
    state = _state(svc.redis, dedupe_key)
    if state in FINAL_STATES:
        _announce_unless_done(svc, dedupe_key)   # an earlier run may have died before telling anyone
        return state
    if not isinstance(body, SafeText):
        log.error("send %s: payload body was not vetted (not queued by queue_text); not sent", dedupe_key)
        return _finish(svc, dedupe_key, recipient, "failed", reason="body_not_vetted", kind=kind, label=label)
    after = _predecessor(svc.redis, dedupe_key, after)
    if after and _predecessor_pending(svc, recipient, after):
        wait = _order_wait(job)
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
    state, claimed_before = _state_and_claim(redis, dedupe_key)
    if state in FINAL_STATES:
        return state
    if attempt == SETTLE:
        return settle(svc, dedupe_key, recipient, body, reason="interrupted", kind=kind, label=label)

    ctx = {"kind": kind, "label": label}
    if redis.exists(keys.opt_out(recipient)):
        return _finish(svc, dedupe_key, recipient, "skipped", reason="opted_out", **ctx)
    number = read_number(redis, svc.identity, recipient)
    if number is None:
        return _finish(svc, dedupe_key, recipient, "failed", reason="number_expired", **ctx)

    if state == "claimed":  # a worker died mid-send, or Twilio's answer was unclear: did it go out?
        try:
            sid = svc.sender.already_sent(number, body, float(claimed_before or 0))
        except Exception as exc:  # any SDK or network error: classified, never logged raw
            error = failures.classify(exc)
        else:
            if sid:
                return _finish(svc, dedupe_key, recipient, "sent", sid=sid, **ctx)
            error = None
        if error is not None:
            if attempt == LAST:
                return _finish(svc, dedupe_key, recipient, "failed", reason="unconfirmed", detail=error.label,
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
    claim = _claim(redis, recipient, dedupe_key, claimed_before, ctx)
    if claim != "claimed":
        throttle.refund(redis, sender, segments, rate)
        if claim == "opted_out":   # a STOP during the wait: the claim recorded it skipped
            _announce(svc, dedupe_key, "opted_out", "")
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
        return _finish(svc, dedupe_key, recipient, "sent", sid=sid, **ctx)
    # Outside the except block: the TransientSendError below carries no context whose
    # message (Twilio's error text, a URL) could name the recipient in rq's traceback.
    return _after_failed_send(svc, dedupe_key, recipient, number, body, error, attempt, ctx)


def _after_failed_send(svc, dedupe_key: str, recipient: str, number: str, body: str,
                       error: failures.SendError, attempt: str, ctx: dict) -> str:
    redis = svc.redis
    if not error.transient:
        log.warning("send %s refused by Twilio: %s", dedupe_key, error.label)
        return _finish(svc, dedupe_key, recipient, "failed", reason=error.reason, detail=error.label,
                       opt_out=error.reason == "opted_out_21610", **ctx)
    if not error.ambiguous:   # refused (429): nothing to ask Twilio about next time
        redis.hset(keys.outbound(dedupe_key), "state", "retry")
    # Ambiguous (5xx, timeouts): the record stays "claimed", so the next run asks first.
    if attempt == LAST:
        if error.ambiguous:
            claimed_at = float(redis.hget(keys.outbound(dedupe_key), "claimed_at") or 0)
            try:
                sid = svc.sender.already_sent(number, body, claimed_at)
            except Exception as exc:
                return _finish(svc, dedupe_key, recipient, "failed", reason="unconfirmed",
                               detail=failures.classify(exc).label, **ctx)
            if sid:
                return _finish(svc, dedupe_key, recipient, "sent", sid=sid, **ctx)
        log.warning("send %s: %s on the last attempt; giving up", dedupe_key, error.label)
        return _finish(svc, dedupe_key, recipient, "failed", reason="retries_exhausted", detail=error.label,
                       **ctx)
    log.warning("send %s: %s (will retry)", dedupe_key, error.label)
    raise TransientSendError(error.label)


def settle(svc, dedupe_key: str, recipient: str, body: str | None, reason: str, kind: str = "",
           label: str = "") -> str:
    """End a text nobody will try again: ``sent`` if Twilio has it, else ``failed``.
    Without the body we cannot ask Twilio, so a text claimed mid-send is ``unconfirmed``."""
    redis = svc.redis
    state = _state(redis, dedupe_key)
    if state in FINAL_STATES:
        return state
    ctx = {"kind": kind, "label": label}
    if state == "claimed":
        number = read_number(redis, svc.identity, recipient)
        if body is None or number is None:
            return _finish(svc, dedupe_key, recipient, "failed", reason="unconfirmed", **ctx)
        claimed_at = float(redis.hget(keys.outbound(dedupe_key), "claimed_at") or 0)
        try:
            sid = svc.sender.already_sent(number, body, claimed_at)
        except Exception as exc:
            return _finish(svc, dedupe_key, recipient, "failed", reason="unconfirmed",
                           detail=failures.classify(exc).label, **ctx)
        if sid:
            return _finish(svc, dedupe_key, recipient, "sent", sid=sid, **ctx)
    log.warning("send %s settled as failed: %s", dedupe_key, reason)
    return _finish(svc, dedupe_key, recipient, "failed", reason=reason, **ctx)


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


# -- order ------------------------------------------------------------------------------
def _predecessor_pending(svc, recipient: str, after: str) -> bool:
    """Whether the earlier text ``after`` is still to finish; settles it if its job is gone."""
    redis = svc.redis
    if _state(redis, after) in FINAL_STATES:
        return False
    job = _queued_before(redis, after)
    if job is None:
        if _state(redis, after) is None:
            return False   # never queued, or its records expired long ago
        settle(svc, after, recipient, None, reason="interrupted")   # lost with its job
        return False
    status = job.get_status()
    if status == JobStatus.STARTED and _final_within(redis, after, ORDER_POLL_S):
        return False
    if status in (JobStatus.QUEUED, JobStatus.SCHEDULED, JobStatus.DEFERRED, JobStatus.STARTED):
        return True
    # Finished, failed, stopped or canceled in rq without a final record: nobody runs it again.
    args = list(job.args) + ["", ""]
    settle(svc, after, recipient, args[1], reason="interrupted", kind=args[3], label=args[4])
    return False


def _final_within(redis, dedupe_key: str, seconds: float) -> bool:
    deadline, pause = time.monotonic() + seconds, 0.05
    while time.monotonic() < deadline:
        if _state(redis, dedupe_key) in FINAL_STATES:
            return True
        time.sleep(pause)
        pause = min(pause * 2, 0.5)
    return False


def _order_wait(job):
    """rq's Retry to run this job later, or None when the wait is used up (bounded)."""
    if job is None:
        raise TransientSendError("an earlier text to this recipient is not finished yet")
    created = job.created_at.timestamp() if job.created_at else time.time()
    if time.time() - created > queues.ORDER_WAIT["budget_s"]:
        return None
    return queues.order_wait(job.number_of_retries or 0)


# -- records ----------------------------------------------------------------------------
def _state(redis, dedupe_key: str) -> str | None:
    state = redis.hget(keys.outbound(dedupe_key), "state")
    return state.decode() if state else None


def _state_and_claim(redis, dedupe_key: str) -> tuple[str | None, str]:
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


def _claim(redis, recipient: str, dedupe_key: str, claimed_before: str, ctx: dict) -> str:
    out = _CLAIM(redis, [keys.opt_out(recipient), keys.outbound(dedupe_key)],
                 [repr(time.time()), recipient, ctx["kind"], ctx["label"], keys.DELIVERY_RECORD_TTL_S,
                  claimed_before])
    return out.decode() if isinstance(out, bytes) else out


def _finish(svc, dedupe_key: str, recipient: str, state: str, sid: str = "", reason: str = "",
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
        _announce(svc, dedupe_key, reason, detail)
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
    _announce(svc, dedupe_key, reason, "")


def _announce(svc, dedupe_key: str, reason: str, detail: str) -> None:
    """Tell the feature that queued the text (TextUndelivered), then mark it told. A run
    that dies in between leaves it unmarked, and the job's next run tells again
    (listeners are idempotent per dedupe key)."""
    attempts = int(svc.redis.hget(keys.outbound(dedupe_key), "attempts") or 0)
    why = failures.describe(reason, detail, attempts)
    svc.events.emit(events.TextUndelivered(dedupe_key=dedupe_key, reason=reason, why=why))
    svc.redis.hset(keys.outbound(dedupe_key), "announced", 1)


def _announce_unless_done(svc, dedupe_key: str) -> None:
    state, reason, detail, announced = svc.redis.hmget(keys.outbound(dedupe_key), "state", "reason", "detail",
                                                       "announced")
    if state and state.decode() in UNDELIVERED and not announced:
        _announce(svc, dedupe_key, (reason or b"").decode(), (detail or b"").decode())

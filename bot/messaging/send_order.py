"""The order of texts to one recipient (``queue_text(ordered=True)``).

The order is a chain: ``keys.send_last`` names the last ordered text queued to a
recipient, and each text's outbound record names the one before it (field ``after``),
both written in the transaction that queues the text's job (so a job is never queued
without its link, nor a link without its job). The job is given LINKED and reads its
predecessor from its record when it runs; it sends only once the predecessor's record
is final. While the predecessor is queued, scheduled or running, the job returns rq's
``Retry`` (run me later; it does not use up the send attempts) rather than hold a worker
the predecessor may need, for at most queues.ORDER_WAIT; then it sends out of order
rather than never. A predecessor whose job is gone or failed in rq is settled by its
successor and holds nothing up. The link expires with the records it points at.
"""
from __future__ import annotations

import time

from rq.exceptions import NoSuchJobError
from rq.job import Job, JobStatus

from bot.messaging import queues
from bot.messaging.send_records import FINAL_STATES, TransientSendError, settle, state_of
from bot.store import keys

ORDER_POLL_S = 5.0   # a predecessor running right now usually finishes within this
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


def job_id(dedupe_key: str) -> str:
    """The send job's ID for a text (one job per text: rq refuses a second)."""
    return f"send-{dedupe_key}".replace(":", "-")


def queued_before(redis, dedupe_key: str):
    """The send job of a text, if one was queued and rq still has it."""
    try:
        return Job.fetch(job_id(dedupe_key), connection=redis)
    except NoSuchJobError:
        return None


def link(pipe, recipient: str, dedupe_key: str) -> None:
    """Chain the text to the last one queued to ``recipient`` (in the caller's MULTI)."""
    pipe.eval(_LINK, 2, keys.send_last(recipient), keys.outbound(dedupe_key), dedupe_key,
              keys.DELIVERY_RECORD_TTL_S)


def predecessor(redis, dedupe_key: str, after: str) -> str:
    """The text this one waits for: from its record (LINKED), or as an older job was given it."""
    if after != LINKED:
        return after if isinstance(after, str) else ""
    prev = redis.hget(keys.outbound(dedupe_key), "after")
    return prev.decode() if prev else ""


def predecessor_pending(svc, recipient: str, after: str) -> bool:
    """Whether the earlier text ``after`` is still to finish; settles it if its job is gone."""
    redis = svc.redis
    if state_of(redis, after) in FINAL_STATES:
        return False
    job = queued_before(redis, after)
    if job is None:
        if state_of(redis, after) is None:
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
        if state_of(redis, dedupe_key) in FINAL_STATES:
            return True
        time.sleep(pause)
        pause = min(pause * 2, 0.5)
    return False


def order_wait(job):
    """rq's Retry to run this job later, or None when the wait is used up (bounded)."""
    if job is None:
        raise TransientSendError("an earlier text to this recipient is not finished yet")
    created = job.created_at.timestamp() if job.created_at else time.time()
    if time.time() - created > queues.ORDER_WAIT["budget_s"]:
        return None
    return queues.order_wait(job.number_of_retries or 0)

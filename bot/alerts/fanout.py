"""Sending a confirmed alert: one planning job, then drain jobs on queues.ALERTS.

SEND queues the planning job in the MULTI that moves the alert to ``queued``
(bot.alerts.commands), so the confirmation and the job commit together; the
worker's sweep (``sweep``) plans a confirmed alert whose job was lost anyway.
plan_alert selects the recipients into a frozen sorted set, counts chunks
(ALERT_CHUNK_SIZE recipients each) and enqueues up to MAX_DRAINERS drain jobs.

A drain job takes any chunk nobody holds (a lease: redis-py's Lock, a key with a
short TTL, reacquired before every send) and sends to each recipient through
bot.messaging.outbound.deliver with dedupe key keys.alert_send, so a chunk taken
over after a crash skips everyone already sent and asks Twilio about the one
that was mid-send. When no free chunk is left, one drain job stays on as the
alert's watcher: if a chunk's lease expires unfinished (its worker was killed),
the watcher takes the chunk over. So a kill -9 costs one lease period, not rq's
abandoned-job timeout; rq's own retry of the killed job (StartedJobRegistry
cleanup) is the last resort and finds the work done.

The token bucket in bot.messaging.throttle (inside deliver) keeps every worker
together at SEND_RATE_SEGMENTS_PER_SECOND.

HALT: each text is let out by store.release, atomically against HALT's
compare-and-set, so a recipient is either let out before the HALT (the text goes,
and HALT counted it) or never. The planner's and the finisher's state moves are
compare-and-sets too, so neither can overwrite a HALT that landed meanwhile.
"""
from __future__ import annotations

import logging
import math
import threading
import time
import uuid
from concurrent.futures import ThreadPoolExecutor

from redis.exceptions import LockError, LockNotOwnedError
from redis.lock import Lock
from rq.exceptions import NoSuchJobError
from rq.job import Job, JobStatus

from bot.alerts import store, tally
from bot.messaging import queues
from bot.privacy.redact import SafeText
from bot.services import current
from bot.store import keys

log = logging.getLogger(__name__)
MAX_DRAINERS = 8
PLAN_RETRY = {"max": 3, "interval": [0, 0, 0]}
DRAIN_RETRY = {"max": 5, "interval": [5, 30, 120, 600, 1800]}
_PENDING = (JobStatus.QUEUED, JobStatus.SCHEDULED, JobStatus.DEFERRED, JobStatus.STARTED)


def lease_seconds(cfg: dict, segments: int) -> float:
    """Long enough to cover one throttled send even when many workers share the bucket."""
    rate = float(cfg["SEND_RATE_SEGMENTS_PER_SECOND"]) or 1000.0
    return max(cfg["ALERT_CHUNK_LEASE_SECONDS"], 4 * MAX_DRAINERS * segments / rate)


def _lease(redis, key: str, ttl_s: float) -> Lock:
    """A lease on ``key`` that runs out after ``ttl_s`` unless reacquired.

    Not blocking: a drain job moves on to another chunk rather than wait. Not
    thread-local: the chunk's send threads reacquire the lease the job took."""
    return redis.lock(key, timeout=ttl_s, blocking=False, thread_local=False)


def _hold(lease: Lock) -> bool:
    """Keep holding ``lease`` for another TTL, or take it if it is free."""
    try:
        return lease.reacquire()
    except LockError:   # never taken, or it ran out (LockNotOwnedError): try to take it
        return lease.acquire()


def _let_go(lease: Lock) -> None:
    try:
        lease.release()
    except LockNotOwnedError:
        pass   # it ran out and may be another worker's by now: theirs to release


def job_timeout(alert: dict, cfg: dict) -> int:
    rate = float(cfg["SEND_RATE_SEGMENTS_PER_SECOND"]) or 1000.0
    return int(alert["total"] * max(alert["segments"], 1) / rate * 2) + 600


def plan_job_id(alert_id: str) -> str:
    return f"alert-plan-{alert_id}"


def enqueue_plan(services, alert_id: str, *, pipeline=None, after_save: list | None = None) -> None:
    """Queue the alert's planning job; with ``pipeline``, inside that MULTI (SEND's move
    to ``queued``), so the two commit together. ``after_save`` gets the enqueue instead
    when the queues run jobs in-process (RQ_SYNC): the job would run before the commit."""
    q = services.queues[queues.ALERTS]
    if pipeline is not None and not q.is_async:
        if after_save is None:
            raise ValueError("enqueue_plan(pipeline=...) needs after_save for in-process queues (RQ_SYNC)")
        after_save.append(lambda: enqueue_plan(services, alert_id))
        return
    q.enqueue_many([q.prepare_data(plan_alert, (alert_id,), job_id=plan_job_id(alert_id),
                                   retry=queues.retry(PLAN_RETRY), description=f"plan alert {alert_id}")],
                   pipeline=pipeline)


def plan_alert(alert_id: str) -> int:
    """rq job: select recipients once (idempotent on retry) and start the drain jobs."""
    svc = current()
    redis = svc.redis
    alert = store.load(redis, alert_id)
    if alert is None or alert["state"] not in store.ACTIVE:
        return 0
    if alert["state"] == "queued":
        total = store.select(redis, alert, keys.alert_recipients(alert_id))
        size = svc.config["ALERT_CHUNK_SIZE"]
        chunks = math.ceil(total / size) if total else 0

        def start_sending(found, _pipe):
            if found is None or found["state"] != "queued":    # HALTed since we read it
                return None, (found or {}).get("state")

            def write(pipe):
                pipe.hset(keys.alert(alert_id), mapping={"total": total, "chunks": chunks, "state": "sending",
                                                         "chunk_size": size, "planned_at": time.time()})
                pipe.sadd(keys.ALERTS_IN_FLIGHT, alert_id)
            return write, "sending"

        if store.compare_and_set(redis, alert_id, start_sending) != "sending":
            redis.srem(keys.ALERTS_IN_FLIGHT, alert_id)
            return 0
        alert.update(total=total, chunks=chunks, state="sending", chunk_size=size)
        log.info("alert %s planned: %d recipients in %d chunks", alert_id, total, chunks)
    if not alert["chunks"]:
        _finish_alert(redis, alert_id)
        return 0
    start_drainers(svc, alert)
    return alert["total"]


def start_drainers(svc, alert: dict) -> None:
    q = svc.queues[queues.ALERTS]
    n = min(MAX_DRAINERS, alert["chunks"])
    timeout = job_timeout(alert, svc.config)
    q.enqueue_many([
        q.prepare_data(drain_alert, (alert["id"],), job_id=f"alert-drain-{alert['id']}-{i}-{uuid.uuid4().hex[:6]}",
                       timeout=timeout, retry=queues.retry(DRAIN_RETRY), description=f"send alert {alert['id']}")
        for i in range(n)])


def drain_alert(alert_id: str) -> str:
    """rq job: send chunks until none is left, then watch for abandoned ones."""
    svc = current()
    redis = svc.redis
    alert = store.load(redis, alert_id)
    if alert is None or alert["state"] not in ("sending", "halted"):
        return "nothing to do"
    # The alert text as composed at ALERT: the officer's words and our template (never a tipster's).
    body, size, chunks = SafeText.staff(alert["body"]), int(alert["chunk_size"]), alert["chunks"]
    ttl_s = lease_seconds(svc.config, alert["segments"])
    watcher = _lease(redis, keys.alert_watcher_lease(alert_id), ttl_s)
    retry_later: set[int] = set()   # chunks with transient errors: rq retries them with backoff
    while True:
        done = {int(x) for x in redis.smembers(keys.alert_chunks_done(alert_id))}
        if len(done) >= chunks:
            _finish_alert(redis, alert_id)
            return "done"
        took = False
        for n in range(chunks):
            if n in done or n in retry_later:
                continue
            chunk = _lease(redis, keys.alert_chunk_lease(alert_id, n), ttl_s)
            if not chunk.acquire():
                continue
            took = True
            try:
                if _send_chunk(svc, alert_id, body, n, size, chunk):
                    retry_later.add(n)
            finally:
                _let_go(chunk)
        if took:
            continue
        if retry_later:
            from bot.messaging.outbound import TransientSendError
            raise TransientSendError("some alert texts hit transient errors; retrying the chunk")
        # Every unfinished chunk is held by another worker: one of us watches in case it died.
        if not _hold(watcher):
            return "others are sending"
        time.sleep(0.5)


def _send_chunk(svc, alert_id: str, body: SafeText, n: int, size: int, chunk: Lock) -> bool:
    """Send one chunk; returns True if some recipient hit a transient error (retry later).

    A few threads send at once because each POST to Twilio waits on the network
    (~100 ms); the shared token bucket inside deliver() still sets the pace."""
    from bot.alerts import channels
    from bot.messaging.outbound import TransientSendError

    redis = svc.redis
    members = [m.decode() for m in redis.zrange(keys.alert_recipients(alert_id), n * size, (n + 1) * size - 1)]
    stop = threading.Event()        # set when halted or the lease was lost
    outcome = {"transient": False, "halted": False}

    def send_one(p: str) -> None:
        if stop.is_set():
            return
        try:
            chunk.reacquire()   # a full TTL for this send
        except LockNotOwnedError:
            log.warning("alert %s chunk %d: lease lost, leaving it to its new owner", alert_id, n)
            stop.set()
            return
        if channels.maybe_hold(svc, alert_id, p):    # in their quiet hours: sent when those end
            return
        if not store.release(redis, alert_id, p):    # halted: this one (and the rest) stay unsent
            outcome["halted"] = True
            stop.set()
            return
        try:   # by the recipient's channel (SMS, email, voice): bot.alerts.channels
            state = channels.deliver_to(svc, alert_id, p, body, keepalive=chunk.reacquire)
        except TransientSendError:
            outcome["transient"] = True
            return
        tally.record(redis, alert_id, p, state)
        if state == "sent":
            _apply_early_callback(redis, alert_id, p)

    threads = max(1, int(svc.config["ALERT_SEND_THREADS"]))
    with ThreadPoolExecutor(max_workers=threads) as pool:
        for future in [pool.submit(send_one, p) for p in members]:
            future.result()
    if outcome["halted"]:
        # Those let out before the HALT go (HALT counted them); the rest are halted.
        for p, out in zip(members, store.released(redis, alert_id, members)):
            if not out:
                tally.record(redis, alert_id, p, "halted")
    elif stop.is_set():
        return outcome["transient"]  # lease lost: the new owner finishes the chunk
    if not outcome["transient"]:    # a text let out but hit by a transient error is retried, even after HALT
        redis.sadd(keys.alert_chunks_done(alert_id), n)
        redis.expire(keys.alert_chunks_done(alert_id), keys.DELIVERY_RECORD_TTL_S)
    return outcome["transient"]


def _apply_early_callback(redis, alert_id: str, p: str) -> None:
    """A delivery report can arrive before we recorded the SID: apply it now."""
    sid = redis.hget(keys.outbound(keys.alert_send(alert_id, p)), "sid")
    if sid:
        status = redis.hget(keys.message_status(sid.decode()), "status")
        if status:
            tally.record(redis, alert_id, p, tally.TWILIO_TO_STATE.get(status.decode(), "sent"))


def _finish_alert(redis, alert_id: str) -> None:
    """sending -> done (a halted alert stays halted), out of the in-flight set."""
    def finish(found, _pipe):
        def write(pipe):
            pipe.srem(keys.ALERTS_IN_FLIGHT, alert_id)
            if found is not None:
                pipe.hsetnx(keys.alert(alert_id), "finished_at", time.time())
                if found["state"] == "sending":
                    pipe.hset(keys.alert(alert_id), "state", "done")
        return write, None

    store.compare_and_set(redis, alert_id, finish)


def _plan_pending(redis, alert_id: str) -> bool:
    """Is the alert's planning job still to run (queued, scheduled for a retry, running)?"""
    try:
        job = Job.fetch(plan_job_id(alert_id), connection=redis)
    except NoSuchJobError:
        return False
    return job.get_status(refresh=False) in _PENDING


def _replan_if_lost(services, alert_id: str) -> bool:
    """Queue the planning job again for a confirmed alert whose job is gone or ended
    (failed for good, lost with a primary that failed over). Planning twice is harmless."""
    redis = services.redis
    if store.state(redis, alert_id) != "queued" or _plan_pending(redis, alert_id):
        return False
    if store.state(redis, alert_id) != "queued":   # the job we found ended had just planned it
        return False
    try:
        Job.fetch(plan_job_id(alert_id), connection=redis).delete()   # out of the failed registry
    except NoSuchJobError:
        pass
    enqueue_plan(services, alert_id)
    return True


def sweep(services) -> list[str]:
    """Plan every confirmed alert whose planning job went missing; returns their IDs.

    SEND queues the job in the MULTI that confirms the alert, so a failure right
    after it loses nothing, but a job can still end without planning (its retries
    used up while Redis refused writes) or vanish (a failover to a replica that had
    not caught up). Run by every worker at start and then periodically (bot.cli),
    and by ``alerts reconcile``."""
    replanned = []
    for raw in services.redis.smembers(keys.ALERTS_IN_FLIGHT):
        alert_id = raw.decode()
        if _replan_if_lost(services, alert_id):
            replanned.append(alert_id)
    if replanned:
        log.warning("alert sweep: planning again %s (their planning jobs were lost)", ", ".join(replanned))
    return replanned


def reconcile(services) -> list[str]:
    """Restart drain jobs for alerts in flight, and plan confirmed alerts whose planning
    job was lost (operator command; after an outage)."""
    restarted = []
    for raw in services.redis.smembers(keys.ALERTS_IN_FLIGHT):
        alert = store.load(services.redis, raw.decode())
        if alert and alert["state"] in ("sending", "halted") and alert["chunks"]:
            start_drainers(services, alert)
            restarted.append(alert["id"])
        elif alert and alert["state"] == "queued":     # confirmed: planned once its job runs
            if _replan_if_lost(services, alert["id"]):
                restarted.append(alert["id"])
        elif alert is None or alert["state"] not in ("sending", "halted"):
            services.redis.srem(keys.ALERTS_IN_FLIGHT, raw)    # nothing left to send
    return restarted

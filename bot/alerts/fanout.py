"""Sending a confirmed alert: one planning job, then drain jobs on queues.ALERTS.

SEND queues the planning job in the MULTI that moves the alert to ``queued``
(bot.alerts.commands), so the confirmation and the job commit together; the
worker's sweep (``sweep``) plans a confirmed alert whose job was lost anyway.
plan_alert selects the recipients into a frozen sorted set, counts chunks
(ALERT_CHUNK_SIZE recipients each) and enqueues up to MAX_DRAINERS drain jobs.

Channel lanes: the set is in lexical order (texts, then emails "m...", then calls
"v..."), so each channel is one index range, cut into chunks of its own: a *lane*
(bot.alerts.lanes, kept in the alert's ``lanes`` field; an alert planned before lanes is
one lane of plain index ranges). A drain job drains every lane at once, a thread per
lane, so each channel sends at its own throttle's pace side by side with the others and
an alert to texts, emails and calls takes about as long as its slowest channel. (One
lane after another, a slow SMS rate kept every email and call waiting behind it.)

A drain job takes any chunk nobody holds (a lease: redis-py's Lock, a key with a
short TTL, reacquired before every send and while a send waits for its turn) and
sends to each recipient through bot.messaging.outbound.deliver with dedupe key
keys.alert_send, so a chunk taken over after a crash skips everyone already sent
(their tally result is recorded) and asks Twilio about the one that was
mid-send. When no free chunk is left, one drain job stays on as the alert's
watcher: if a chunk's lease expires unfinished (its worker was killed), the
watcher takes the chunk over. So a kill -9 costs one lease period, not rq's
abandoned-job timeout; rq's own retry of the killed job (StartedJobRegistry
cleanup) is the last resort and finds the work done.

Time slices: an alert at a long code's rate takes minutes to hours, and a drain
job that sent until the alert was done would hold its worker all that time, so
with as many drain jobs as workers nothing else ran: urgent-tip notifications
and relays waited for the whole alert (the soak: minutes). A drain job works in
a time slice (bot.alerts.drain_slice.Slice): once it has sent for ALERT_SLICE_SECONDS, it looks
every CHECK_EVERY_S whether a job waits in a queue rq serves before the alerts
queue (urgent notifications, relays and other texts); if one does (or after
(which stays unfinished, its progress in the outbound records and tallies) and of
the watcher lease, and queues a new drain job at the back of queues.ALERTS to
carry on. The worker then takes the urgent and texts queues first (rq drains the
queues in order), so a notification waits for at most about one slice whatever
the number of workers, one included. A slice is not ended when nothing waits:
every new job costs the worker a fork and rq's bookkeeping (2 s slices made a
fast alert ~1.6x slower). Chunks and leases are as before: whichever drain job
runs next takes the first free chunk.

Transient errors (429, 5xx, network): a slice that met one hands back to a drain
job that starts after a pause (TRANSIENT_BACKOFF_S, longer for each slice in a row
that met one; the count is the job's ``streak`` argument), and once the pauses are
used up, a text that meets one more ends ``failed``/``retries_exhausted``, like a
send job's last attempt. A slice without one starts the count again. (rq's own
retries, DRAIN_RETRY, are for a drain job that raised: Redis errors.)

The token bucket in bot.messaging.throttle (inside deliver) keeps every worker
together at SEND_RATE_SEGMENTS_PER_SECOND. Alert texts wait in its bulk class:
they never hold reservations ahead of other texts, so an urgent notification
or a relay sent during an alert waits for about one alert text, not for every
alert text already queued up by every send thread.

HALT: each text is let out by store.release, atomically against HALT's
compare-and-set, so a recipient is either let out before the HALT (the text goes,
and HALT counted it) or never. The planner's and the finisher's state moves are
compare-and-sets too, so neither can overwrite a HALT that landed meanwhile.
"""
from __future__ import annotations

import json
import logging
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta

from rq.exceptions import NoSuchJobError
from rq.job import Job, JobStatus

from bot.alerts import chunk_send, drain_slice, lanes, selection, store
from bot.messaging import queues
from bot.privacy.redact import SafeText
from bot.services import current
from bot.store import keys

log = logging.getLogger(__name__)
MAX_DRAINERS = 8
PLAN_RETRY = {"max": 3, "interval": [0, 0, 0]}
DRAIN_RETRY = {"max": 5, "interval": [5, 30, 120, 600, 1800]}
# Pause before the next slice after 1, 2, ... slices in a row met transient errors; the
# slice after the last pause is the texts' last attempt (outbound.LAST).
TRANSIENT_BACKOFF_S = (5, 30, 120, 600, 1800)
_PENDING = (JobStatus.QUEUED, JobStatus.SCHEDULED, JobStatus.DEFERRED, JobStatus.STARTED)


def lease_seconds(cfg: dict, segments: int) -> float:
    """Long enough to cover one throttled send even when many workers share the bucket."""
    rate = float(cfg["SEND_RATE_SEGMENTS_PER_SECOND"]) or 1000.0
    return max(cfg["ALERT_CHUNK_LEASE_SECONDS"], 4 * MAX_DRAINERS * segments / rate)


def job_timeout(alert: dict, cfg: dict) -> int:
    """The longest slice, the sends still in flight when it ends (each at most a
    reconcile and a POST, 10 s apiece) and a wide margin: rq kills a drain job stuck for
    longer, which is as safe as kill -9 (see bench/bench_kill_worker.py) and retried."""
    return int(max(drain_slice.MAX_SLICE_S, float(cfg["ALERT_SLICE_SECONDS"]))) + 600


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
        dest = keys.alert_recipients(alert_id)
        by_channel = selection.select_by_channel(redis, alert, dest)
        total = sum(by_channel.values())
        size = svc.config["ALERT_CHUNK_SIZE"]
        planned = lanes.plan_lanes(by_channel, size, redis.zcard(dest))
        chunks = sum(lane[2] for lane in planned)

        def start_sending(found, _pipe):
            if found is None or found["state"] != "queued":    # HALTed since we read it
                return None, (found or {}).get("state")

            def write(pipe):
                pipe.hset(keys.alert(alert_id), mapping={"total": total, "chunks": chunks, "state": "sending",
                                                         "chunk_size": size, "lanes": json.dumps(planned),
                                                         "planned_at": time.time()})
                pipe.sadd(keys.ALERTS_IN_FLIGHT, alert_id)
            return write, "sending"

        if store.compare_and_set(redis, alert_id, start_sending) != "sending":
            redis.srem(keys.ALERTS_IN_FLIGHT, alert_id)
            return 0
        alert.update(total=total, chunks=chunks, state="sending", chunk_size=size, lanes=json.dumps(planned))
        log.info("alert %s planned: %d recipients in %d chunks", alert_id, total, chunks)
    if not alert["chunks"]:
        _finish_alert(redis, alert_id)
        return 0
    start_drainers(svc, alert)
    return alert["total"]


def start_drainers(svc, alert: dict) -> None:
    q = svc.queues[queues.ALERTS]
    q.enqueue_many([q.prepare_data(drain_alert, (alert["id"],), **_drain_job_options(svc, alert, str(i)))
                    for i in range(min(MAX_DRAINERS, alert["chunks"]))])


def _drain_job_options(svc, alert: dict, tag: str) -> dict:
    return {"job_id": f"alert-drain-{alert['id']}-{tag}-{uuid.uuid4().hex[:6]}",
            "timeout": job_timeout(alert, svc.config), "retry": queues.retry(DRAIN_RETRY),
            "description": f"send alert {alert['id']}"}


def _hand_back(svc, alert: dict, streak: int, transient: bool) -> str:
    """The slice is over: a new drain job at the back of the alerts queue carries on, at
    once, or after a pause if this slice met transient errors (TRANSIENT_BACKOFF_S)."""
    q = svc.queues[queues.ALERTS]
    if not transient:
        q.enqueue_many([q.prepare_data(drain_alert, (alert["id"],), **_drain_job_options(svc, alert, "next"))])
        return "handed back"
    streak += 1
    pause = TRANSIENT_BACKOFF_S[min(streak, len(TRANSIENT_BACKOFF_S)) - 1]
    opts = _drain_job_options(svc, alert, f"pause{streak}")
    q.enqueue_in(timedelta(seconds=pause), drain_alert, alert["id"], streak, job_id=opts["job_id"],
                 job_timeout=opts["timeout"], retry=opts["retry"], description=opts["description"])
    log.warning("alert %s: transient send errors in %d slice(s) in a row; carrying on in %d s",
                alert["id"], streak, pause)
    return f"handed back, in {pause} s"


def drain_alert(alert_id: str, streak: int = 0) -> str:
    """rq job: send chunks, or watch for abandoned ones, for one time slice
    (ALERT_SLICE_SECONDS); then queue a new drain job to carry on, unless the alert is
    done. ``streak``: how many slices in a row before this one met transient errors.

    The channels' lanes are drained side by side, one thread per lane, each taking its own
    channel's free chunks (each channel waits on its own throttle), so an alert to SMS,
    email and voice contacts takes about as long as its slowest channel, not the sum."""
    from bot.messaging.outbound import LAST, RETRYABLE

    svc = current()
    redis = svc.redis
    alert = store.load(redis, alert_id)
    if alert is None or alert["state"] not in ("sending", "halted"):
        return "nothing to do"
    time_slice = drain_slice.Slice(svc, float(svc.config["ALERT_SLICE_SECONDS"]))
    attempt = LAST if streak >= len(TRANSIENT_BACKOFF_S) else RETRYABLE
    # The alert text as composed at ALERT: the officer's words and our template (never a tipster's).
    body, size, chunks = SafeText.staff(alert["body"]), int(alert["chunk_size"]), alert["chunks"]
    # Texts per language (the console's; issue 14): a recipient whose language has one gets it.
    bodies = {lang: SafeText.staff(b) for lang, b in (alert.get("lang_bodies") or {}).items()}
    ttl_s = lease_seconds(svc.config, alert["segments"])
    watcher = drain_slice.lease(redis, keys.alert_watcher_lease(alert_id), ttl_s)
    alert_lanes = lanes.lanes_of(alert)
    retry_later: set[int] = set()   # chunks that met transient errors: the next slice's, after a pause

    def drain_lane(lane: list, done: set[int]) -> tuple[bool, bool]:
        """Send this lane's free chunks until none is left to take; (took any, slice over)."""
        took_any = False
        while True:
            took = False
            if took_any:    # chunks other workers finished meanwhile
                done.update(int(x) for x in redis.smembers(keys.alert_chunks_done(alert_id)))
            for n in range(lane[1], lane[1] + lane[2]):
                if n in done or n in retry_later:
                    continue
                if time_slice.over():
                    return took_any, True
                chunk = drain_slice.lease(redis, keys.alert_chunk_lease(alert_id, n), ttl_s)
                if not chunk.acquire():
                    continue
                took = took_any = True
                try:
                    span = lanes.chunk_span(lane, n, size)
                    outcome, transient = chunk_send.send_chunk(svc, alert_id, body, span, n, chunk,
                                                               time_slice, attempt, bodies)
                finally:
                    drain_slice.let_go(chunk)
                if transient:
                    retry_later.add(n)
                if outcome == chunk_send.DONE:
                    done.add(n)
                if outcome == chunk_send.SLICE_OVER:
                    return took_any, True
            if not took:
                return took_any, False

    while True:
        done = {int(x) for x in redis.smembers(keys.alert_chunks_done(alert_id))}
        if len(done) >= chunks:
            _finish_alert(redis, alert_id)
            return "done"
        open_lanes = [lane for lane in alert_lanes
                      if any(n not in done for n in range(lane[1], lane[1] + lane[2]))]
        results = _side_by_side(open_lanes, lambda lane: drain_lane(lane, set(done)))
        if any(over for _took, over in results):
            return _hand_back(svc, alert, streak, bool(retry_later))
        if any(took for took, _over in results):
            continue
        if retry_later:     # what is left met transient errors (or is another's): carry on after a pause
            return _hand_back(svc, alert, streak, True)
        # Every unfinished chunk is held by another worker: one of us watches in case it died.
        if not drain_slice.hold(watcher):
            return "others are sending"
        if time_slice.over():
            drain_slice.let_go(watcher)
            return _hand_back(svc, alert, streak, False)
        time.sleep(0.5)


def _side_by_side(open_lanes: list, work) -> list:
    """``work(lane)`` for every lane at once (one thread each; the one lane runs here)."""
    if len(open_lanes) <= 1:
        return [work(lane) for lane in open_lanes]
    with ThreadPoolExecutor(max_workers=len(open_lanes), thread_name_prefix="alert-lane") as pool:
        return list(pool.map(work, open_lanes))


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

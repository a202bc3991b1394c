"""The retention sweep: delete every tip past its retention deadline (never a held
one), each deletion audited without content.

Runs as an rq job on the housekeeping queue every RETENTION_SWEEP_HOURS, and by
hand as ``flask --app wsgi tips expire [--dry-run]``.

Scheduling: each run is one job in rq's scheduler (it lives in Redis, like the
idle-draft checks), with the ID of its time slot, ``retention-sweep-<epoch>``,
slots being multiples of the period (every 24 h: midnight UTC). A run schedules
the next slot when it ends, whatever happened; ``flask worker`` calls
``ensure_scheduled`` at start-up, which re-creates the chain if it was ever lost
(a Redis restored from an old backup, a flushed queue). Scheduling is atomic and
refused when a job with that slot's ID exists, so any number of workers and
restarts still give one sweep per slot. rq 2.12 also has a CronScheduler, but it
runs as a process of its own (``rq cron``) that every deployment would have to
add and supervise; the self-rescheduling job needs nothing beyond the workers
already running.
"""
from __future__ import annotations

import logging
import time
from dataclasses import dataclass, field
from datetime import datetime, timezone

from rq.exceptions import DuplicateJobError
from rq.job import JobStatus

from bot import media
from bot.governance import actors
from bot.messaging import queues
from bot.officers import audit
from bot.services import current
from bot.tipline import retention

log = logging.getLogger(__name__)

JOB_ID_PREFIX = "retention-sweep-"
JOB_TIMEOUT_S = 3600   # a sweep reads every tip; generous for a large force


@dataclass
class SweepResult:
    deleted: list[tuple[str, retention.Verdict]] = field(default_factory=list)
    due: list[tuple[str, retention.Verdict]] = field(default_factory=list)   # dry run: would delete
    skipped: int = 0   # changed or put on hold between the scan and the deletion

    def summary(self) -> str:
        if self.due:
            return f"{len(self.due)} tips past retention (dry run: nothing deleted)"
        return f"{len(self.deleted)} tips deleted, {self.skipped} skipped (changed or held meanwhile)"


def _detail(verdict: retention.Verdict) -> str:
    last = datetime.fromtimestamp(verdict.last_activity, tz=timezone.utc).strftime("%Y-%m-%d")
    return f"retention: {verdict.rule} tip, {verdict.keep_days:g} days after last activity {last}"


def sweep(svc, *, now: float | None = None, dry_run: bool = False, run_by: str = "") -> SweepResult:
    now = time.time() if now is None else now
    policy = retention.Policy.from_config(svc.config)
    result = SweepResult()
    due = retention.due(svc.redis, policy, now)
    if dry_run:
        result.due = due
        return result
    actor = actors.retention_schedule(run_by)
    for tip_id, _ in due:
        def record(pipe, verdict, tip_id=tip_id):
            audit.record(pipe, "tip_expired", officer=actor, tip_id=tip_id, detail=_detail(verdict), at=now)
        try:
            verdict = retention.remove_tip(svc.redis, tip_id, retention.still_due(tip_id, policy, now), record)
        except retention.Held:
            verdict = None
        if verdict is None:
            result.skipped += 1
        else:
            result.deleted.append((tip_id, verdict))
            try:
                media.forget_tip(svc, tip_id)
            except Exception:   # the tip is gone; the worker's media sweep forgets orphans later
                log.exception("media of %s not forgotten", tip_id)
    log.info("retention sweep: %s", result.summary())
    return result


# -- the periodic job ----------------------------------------------------------------------
def sweep_job() -> str:
    """rq job: one sweep, then the next one scheduled (even if this one failed)."""
    svc = current()
    try:
        return sweep(svc).summary()
    finally:
        schedule_next(svc)


def next_slot(now: float, period_s: float) -> float:
    return (int(now // period_s) + 1) * period_s


def schedule_next(svc, now: float | None = None) -> str | None:
    """Schedule the sweep of the next slot after ``now``; returns its job ID, or None
    when that slot is already scheduled or sweeping is switched off (0 hours)."""
    period_s = svc.config["RETENTION_SWEEP_HOURS"] * 3600
    if period_s <= 0:
        return None
    due = next_slot(time.time() if now is None else now, period_s)
    queue = svc.queues[queues.HOUSEKEEPING]
    job = queue.create_job(sweep_job, job_id=f"{JOB_ID_PREFIX}{int(due)}", description="retention sweep",
                           timeout=JOB_TIMEOUT_S, status=JobStatus.SCHEDULED,
                           retry=queues.retry(queues.HOUSEKEEPING_RETRY))
    try:
        queue.schedule_job(job, datetime.fromtimestamp(due, tz=timezone.utc), unique=True)
    except DuplicateJobError:
        return None
    return job.id


ensure_scheduled = schedule_next   # the worker's start-up call: a no-op while the chain is intact

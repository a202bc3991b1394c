"""Flask CLI commands: ``flask --app wsgi worker|chat|spool-replay``."""
from __future__ import annotations

import logging
import time

import click
import redis as redis_lib
from flask import Flask, current_app
from flask.cli import with_appcontext

from bot import media
from bot.messaging import queues
from bot.services import current


def init_app(app: Flask) -> None:
    app.cli.add_command(worker)
    app.cli.add_command(spool_replay)
    app.cli.add_command(rotate_keys)
    app.cli.add_command(doctor)
    from bot.simulator import chat

    app.cli.add_command(chat)


@click.command()
@with_appcontext
@click.option("--burst", is_flag=True, help="Exit when the queues are empty.")
@click.option("--simple", is_flag=True, help="Run jobs in this process instead of a forked child.")
def worker(burst: bool, simple: bool) -> None:
    """Run an rq worker on all the project's queues (with the scheduler for idle drafts)."""
    from rq import SimpleWorker, Worker

    svc = current()
    cls = sweeping(SimpleWorker if simple else Worker)
    from bot.governance import sweeper

    sweeper.ensure_scheduled(svc)   # the retention sweep: one self-rescheduling job, whatever the worker count
    if svc.urgent_reach() == 0:
        from bot.officers.cli import URGENT_NOBODY

        click.echo(URGENT_NOBODY, err=True)
        logging.getLogger(__name__).warning(URGENT_NOBODY)
    log = logging.getLogger(__name__)
    while True:
        # Maintenance every minute (rq's default is 10): it is also when a worker restarts rq's
        # scheduler, whose process dies when Redis restarts; idle waits match (worker_ttl - 15 s).
        w = cls([svc.queues[name] for name in queues.ALL_QUEUES], connection=svc.redis,
                maintenance_interval=MAINTENANCE_S, worker_ttl=MAINTENANCE_S + 15)
        try:
            w.work(burst=burst, with_scheduler=True, logging_level=current_app.config["LOG_LEVEL"])
        except redis_lib.RedisError as exc:
            log.error("worker stopped by a Redis error (%s)", type(exc).__name__)
        if burst or getattr(w, "_stop_requested", False):
            return
        # rq gives up when Redis goes away in the middle of a job; Redis coming back should
        # not need a person (or a process manager) to bring the worker back.
        log.warning("worker left its loop without being asked to stop; starting again in %d s", RESTART_S)
        time.sleep(RESTART_S)


MAINTENANCE_S = 60
RESTART_S = 2


def sweeping(worker_class):
    """``worker_class`` that also sweeps for lost idle-draft checks and for confirmed
    alerts whose planning job was lost, whenever rq does
    its own maintenance: when the worker starts, then every ``maintenance_interval``
    (10 minutes by default; an idle worker checks between its 405 s waits for a
    job, so 10 to 14 minutes). Tied
    to the worker's loop rather than a job that reschedules itself, so there is no
    chain of jobs that a failure could break."""
    from bot.alerts import fanout, lifecycle
    from bot.tipline import drafts

    class SweepingWorker(worker_class):
        def run_maintenance_tasks(self):
            super().run_maintenance_tasks()
            # Redis away: the next pass sweeps; the worker must live on. Lost idle-draft checks are
            # run, confirmed alerts with no plan job planned, lost photo fetches re-queued.
            for name, sweep in (("idle-draft", drafts.sweep), ("alert", fanout.sweep), ("media", media.sweep),
                                ("scheduled-alert", lifecycle.release_due)):
                try:
                    sweep(current())
                except Exception:
                    self.log.exception("%s sweep failed", name)

    SweepingWorker.__name__ = SweepingWorker.__qualname__ = f"Sweeping{worker_class.__name__}"
    return SweepingWorker


@click.command("spool-replay")
@with_appcontext
def spool_replay() -> None:
    """Process texts spooled to disk while Redis was unreachable."""
    from bot.web import spool
    from bot.web.inbound import handle_inbound

    svc = current()
    done, kept, rejected = spool.replay(svc, lambda f, b, m, s, at: handle_inbound(svc, f, b, m, s, now=at))
    click.echo(f"replayed {done} texts, {kept} still spooled, {rejected} unreadable "
               f"(moved to {spool.REJECTED_NAME})")


@click.command()
@with_appcontext
def doctor() -> None:
    """Check this deployment (Redis, secrets, URLs, officers, Twilio, workers) and say how to fix what is wrong."""
    from bot import doctor as checks

    findings = checks.run(current())
    marks = {checks.OK: "ok  ", checks.WARN: "WARN", checks.FAIL: "FAIL"}
    for f in findings:
        click.echo(f"[{marks[f.level]}] {f.check}: {f.detail}")
        if f.fix:
            click.echo(f"       fix: {f.fix}")
    failed = sum(f.level == checks.FAIL for f in findings)
    click.echo(f"{len(findings)} checks, {failed} failed, {sum(f.level == checks.WARN for f in findings)} warnings")
    if failed:
        raise SystemExit(1)


@click.command("rotate-keys")
@with_appcontext
def rotate_keys() -> None:
    """Re-encrypt every sealed number with the first key in SEALING_KEYS.

    Put the new key first, keep the old ones after it, run this, then drop the
    old keys from SEALING_KEYS. Expiries are kept."""
    from bot.privacy.identity import rotate_sealed_numbers

    done, unreadable = rotate_sealed_numbers(current().redis, current().identity)
    click.echo(f"re-sealed {done} numbers; {unreadable} could not be read with the configured keys")

"""Admin CLI: ``flask --app wsgi tips expire|hold|release|holds|erase`` and
``flask --app wsgi subject-access``.

Every command that deletes, holds or discloses data takes ``--by`` (who is
responsible) and ``--reason``; both go into the audit stream with the OS account
that ran it (bot.governance.actors). Output names tip IDs, never tip content or
a phone number.
"""
from __future__ import annotations

import json
import os
from datetime import datetime, timezone

import click
from flask.cli import AppGroup, with_appcontext

from bot.governance import actors, erasure, holds, subject_access, sweeper
from bot.privacy.identity import BadNumber
from bot.services import current
from bot.tipline import retention
from bot.tipline.tips import normalise_tip_id

BY_HELP = "Who is responsible (name, role or collar number); recorded in the audit log."


def _tip_id(raw: str) -> str:
    """The spellings officers use by SMS work here too: T-7K2Q, t7k2q, 7K2Q."""
    return normalise_tip_id(raw) or normalise_tip_id("T" + raw.strip()) or raw.strip().upper()


def _date(ts: float | None) -> str:
    return datetime.fromtimestamp(ts, tz=timezone.utc).strftime("%Y-%m-%d") if ts else "never"


@click.group("tips", cls=AppGroup)
def tips() -> None:
    """Tip retention, legal hold and erasure."""


@tips.command("expire")
@click.option("--dry-run", is_flag=True, help="List the tips past retention; delete nothing.")
@click.option("--by", default="", help="Who ran it (default: the OS account); recorded in the audit log.")
def expire(dry_run: bool, by: str) -> None:
    """Delete every tip past its retention period (held tips are kept). The worker
    also runs this every RETENTION_SWEEP_HOURS."""
    result = sweeper.sweep(current(), dry_run=dry_run, run_by=by or actors.os_account())
    for tip_id, verdict in result.due or result.deleted:
        click.echo(f"{tip_id:<8} {verdict.rule:<9} last activity {_date(verdict.last_activity)}, "
                   f"kept {verdict.keep_days:g} days, due {_date(verdict.deadline)}")
    click.echo(result.summary())


@tips.command("hold")
@click.argument("tip")
@click.option("--reason", required=True, help="Why (case, order or request reference).")
@click.option("--by", required=True, help=BY_HELP)
def hold(tip: str, reason: str, by: str) -> None:
    """Put a tip on legal hold: never deleted by retention or erasure until released."""
    tip_id = _tip_id(tip)
    try:
        holds.place(current().redis, tip_id, reason=reason, by=by)
    except (holds.HoldError, ValueError) as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(f"{tip_id} is on legal hold.")


@tips.command("release")
@click.argument("tip")
@click.option("--reason", required=True, help="Why the hold is no longer needed.")
@click.option("--by", required=True, help=BY_HELP)
def release(tip: str, reason: str, by: str) -> None:
    """Release a tip's legal hold; its normal retention applies again."""
    tip_id = _tip_id(tip)
    try:
        holds.release(current().redis, tip_id, reason=reason, by=by)
    except (holds.HoldError, ValueError) as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(f"{tip_id}: hold released; normal retention applies.")


@tips.command("holds")
def list_holds() -> None:
    """List the tips on legal hold."""
    rows = retention.holds(current().redis)
    if not rows:
        click.echo("No tips on hold.")
    for tip_id, h in rows:
        click.echo(f"{tip_id:<8} since {_date(float(h.get('at') or 0))}  by {h.get('by')}: {h.get('reason')}")


@tips.command("erase")
@click.argument("tip")
@click.option("--reason", required=True, help="Why (request reference, legal basis).")
@click.option("--by", required=True, help=BY_HELP)
@click.option("--yes", is_flag=True, help="Do not ask for confirmation.")
def erase(tip: str, reason: str, by: str, yes: bool) -> None:
    """Erase everything about one tip (refused while it is on legal hold)."""
    tip_id = _tip_id(tip)
    if not yes:
        click.confirm(f"Erase {tip_id} for good? This cannot be undone", abort=True)
    try:
        done = erasure.erase_tip(current(), tip_id, reason=reason, by=by)
    except (erasure.Refused, ValueError) as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(f"Erased {tip_id}: record and thread ({done.thread_entries} entries)"
               f"{', the tipster conversation' if done.conversation else ''}, {done.cached_replies} cached replies, "
               f"{done.jobs_deleted} queued or finished text jobs.")
    if done.jobs_running:
        click.echo(f"{len(done.jobs_running)} text jobs were running and were left to finish: "
                   + ", ".join(done.jobs_running))
    if done.media:
        click.echo(f"{len(done.media)} photos stay on Twilio until deleted there (Console, or an HTTP DELETE "
                   "on each URL with the account's credentials):")
        for url in done.media:
            click.echo(f"  {url}")
    click.echo("Backups taken before now still hold the tip: a restore re-applies this erasure "
               "(see flask restore).")


@click.command("subject-access")
@with_appcontext
@click.option("--phone", prompt="The data subject's phone number",
              help="Their number (omit it to be prompted: keeps it out of shell history).")
@click.option("--out", "out_path", required=True, type=click.Path(dir_okay=False),
              help="Where to write the JSON (created 0600; must not exist).")
@click.option("--reason", required=True, help="The request reference.")
@click.option("--by", required=True, help=BY_HELP)
def subject_access_cmd(phone: str, out_path: str, reason: str, by: str) -> None:
    """Export everything held about one phone number, as JSON, for a subject-access request."""
    try:
        fd = os.open(out_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        raise click.ClickException(f"{out_path} exists; choose a new file") from None
    try:
        data = subject_access.export(current(), phone, reason=reason, by=by)
    except (BadNumber, ValueError) as exc:
        os.close(fd)
        os.remove(out_path)
        raise click.ClickException(str(exc)) from None
    with os.fdopen(fd, "w") as fh:
        json.dump(data, fh, indent=2, ensure_ascii=False)
        fh.write("\n")
    click.echo(f"Wrote {out_path}: {len(data['tips'])} tips, "
               f"{len(data['alert_subscriptions'])} subscription entries, "
               f"conversation {'yes' if data['conversation'] else 'none'}. "
               "Review it for third-party information before disclosure.")

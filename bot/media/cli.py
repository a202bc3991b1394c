"""``flask --app wsgi media fetch-missing|forget-orphans|list``."""
from __future__ import annotations

from datetime import datetime, timezone

import click
from flask.cli import with_appcontext

from bot.media import access, fetch, retention
from bot.services import current


@click.group()
def media() -> None:
    """MMS media kept from Twilio (photos of tips)."""


@media.command("fetch-missing")
@with_appcontext
@click.option("--dry-run", is_flag=True, help="Count the media of every tip by state; queue nothing.")
def fetch_missing_cmd(dry_run: bool) -> None:
    """Queue a fetch of every tip's media never fetched, failed, or whose job was lost."""
    svc = current()
    if not dry_run and not fetch.enabled(svc.config):
        raise click.ClickException("fetching is off (local mode, or MEDIA_FETCH=false)")
    counts = fetch.fetch_missing(svc, dry_run=dry_run)
    if dry_run:
        counts.pop("queued", None)
        click.echo("media by state: " + (", ".join(f"{k} {v}" for k, v in sorted(counts.items())) or "none"))
    else:
        click.echo(f"queued {counts['queued']} fetches (a worker runs them: flask --app wsgi worker)")


@media.command("forget-orphans")
@with_appcontext
@click.option("--dry-run", is_flag=True, help="List them; delete nothing.")
def forget_orphans_cmd(dry_run: bool) -> None:
    """Delete the media of tips that were erased or expired (never of a tip on hold, nor a
    file another tip has too)."""
    done = retention.forget_orphans(current(), dry_run=dry_run)
    for f in done:
        if dry_run:
            click.echo(f"{f.tip_id}: {f.refs} media would be forgotten")
        else:
            click.echo(f"{f.tip_id}: {f.refs} media forgotten, {len(f.files_deleted)} files deleted, "
                       f"{len(f.kept_shared)} kept (another tip has the same file)")
    click.echo(f"{len(done)} tips{' (dry run)' if dry_run else ''}")


@media.command("list")
@with_appcontext
@click.argument("tip_id")
def list_cmd(tip_id: str) -> None:
    """A tip's media: state, SHA-256, size, type, and whether it carries a GPS position
    (never the position itself)."""
    photos = access.photos_of(current(), tip_id.strip().upper())
    if not photos:
        click.echo(f"{tip_id}: no media (or no such tip)")
    for p in photos:
        if p.fetched:
            when = datetime.fromtimestamp(p.fetched_at or 0, tz=timezone.utc).strftime("%Y-%m-%d %H:%M:%SZ")
            gps = {True: "GPS position: yes", False: "GPS position: no", None: "GPS position: unknown"}[p.has_gps]
            click.echo(f"{p.ref}  sha256 {p.sha256}  {p.size} bytes  {p.content_type}  fetched {when}  {gps}")
        else:
            click.echo(f"{p.ref}  {p.state}{': ' + p.error if p.error else ''}")

"""Admin CLI: ``flask --app wsgi backup <file>`` and ``flask --app wsgi restore <file>``."""
from __future__ import annotations

import click
import redis
from flask.cli import with_appcontext

from bot.governance import actors, snapshots
from bot.services import current

# BackupError and RestoreError are RuntimeErrors, as are the embedded server's start/stop failures.
FAILURES = (RuntimeError, OSError, ValueError, redis.RedisError)

BY_HELP = "Who is responsible; recorded in the audit log."


@click.command("backup")
@with_appcontext
@click.argument("path", type=click.Path(dir_okay=False))
@click.option("--by", default="", help="Who took it (default: the OS account); recorded in the audit log.")
def backup(path: str, by: str) -> None:
    """Write a consistent point-in-time snapshot of all data to PATH, encrypted with
    the first SEALING_KEYS key, mode 0600. Works for the embedded and an external Redis."""
    try:
        info = snapshots.take_backup(current(), path, by=by or actors.os_account())
    except FAILURES as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(f"Backup written to {info.path}: {info.keys} keys, snapshot {info.rdb_bytes:,} bytes, "
               f"file {info.file_bytes:,} bytes, {info.seconds:.2f} s.")


@click.command("restore")
@with_appcontext
@click.argument("path", type=click.Path(exists=True, dir_okay=False))
@click.option("--by", required=True, help=BY_HELP)
@click.option("--rdb-out", default=None, type=click.Path(dir_okay=False),
              help="External Redis: write the decrypted RDB here (0600) for its operators to load.")
@click.option("--force", is_flag=True, help="Embedded Redis: restore even with other processes connected.")
def restore(path: str, by: str, rdb_out: str | None, force: bool) -> None:
    """Replace all data with the backup at PATH (embedded Redis; stop web and workers first)."""
    svc = current()
    try:
        if snapshots.embedded_dir(svc.config):
            info = snapshots.restore_embedded(svc, path, by=by, force=force)
        elif rdb_out:
            _external(svc, path, rdb_out, by)
            return
        else:
            raise click.ClickException(
                "REDIS_URL points at an external Redis: this command does not stop or overwrite it. "
                "Pass --rdb-out FILE to get the decrypted RDB and the steps for its operators.")
    except FAILURES as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(f"Restored {path}: {info.keys} keys loaded; the append-only file was rewritten from them.")
    click.echo(f"The data replaced is kept in {info.aside} (in the clear: delete it once you are satisfied).")
    if info.reapplied:
        click.echo(f"Erasures made since the backup re-applied: {', '.join(info.reapplied)}")
    for line in info.not_reapplied:
        click.echo(f"NOT re-applied: {line}")
    click.echo("Tips past retention are deleted by the next sweep (or now: flask --app wsgi tips expire).")


def _external(svc, path: str, rdb_out: str, by: str) -> None:
    size, erased = snapshots.export_rdb(svc, path, rdb_out, by=by)
    tips = sorted({e["tip"] for e in erased if e.get("tip")})
    click.echo(f"Decrypted RDB written to {rdb_out} ({size:,} bytes, mode 0600). It holds every tip in the "
               "clear: move it only over encrypted channels and delete it after loading.")
    click.echo("""To load it into the external Redis (its operators):
  1. Stop the web and worker processes (texts arriving meanwhile are spooled; replay them after).
  2. On the Redis host: CONFIG GET dir / dbfilename; stop Redis; copy the file there as <dbfilename>;
     move the AOF aside (appendonly.aof, or the appendonlydir/ folder on Redis 7).
  3. Start Redis with appendonly no (with appendonly yes Redis ignores the RDB and loads the AOF),
     then CONFIG SET appendonly yes and wait for INFO persistence to show aof_rewrite_in_progress:0.
     With replicas, restore the primary; the replicas then resynchronise from it.
     A managed Redis: use the provider's import of an RDB file instead.
  4. Start web and workers, then flask --app wsgi spool-replay.""")
    if tips:
        click.echo("  5. Erase again the tips erased since the backup was taken (this list was read from the data "
                   "being replaced): " + ", ".join(tips))
        click.echo("     flask --app wsgi tips erase <tip> --reason 're-applied after restore' --by <you> --yes")

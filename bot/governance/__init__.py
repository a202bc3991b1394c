"""Data governance: how long tip content is kept and the admin commands that
look after it. The retention sweep (an rq job the worker schedules), legal hold,
erasure of a tip on request, the subject-access export, and encrypted
point-in-time backups with restore.

It sits at the top of the dependency rule (bot/__init__.py), beside the CLI:
it reads tips (tipline), subscriptions (alerts' keys) and conversations, and
records every action in the officers' audit stream, so no feature layer could
hold it. The rules themselves live below: bot.tipline.retention decides what a
tip's retention is, bot.store.backup takes and seals snapshots.
"""
from __future__ import annotations


def init_app(app, services) -> None:
    from bot.governance import backup_cli, tips_cli

    app.cli.add_command(tips_cli.tips)
    app.cli.add_command(tips_cli.subject_access_cmd)
    app.cli.add_command(backup_cli.backup)
    app.cli.add_command(backup_cli.restore)

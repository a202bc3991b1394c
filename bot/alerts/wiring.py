"""Plugs community alerts into the app (called once from bot.extensions)."""
from __future__ import annotations


def register(app, services) -> None:
    from bot.alerts import cli, subscribers
    from bot.web import status

    services.extra.setdefault("opt_out_listeners", []).append(subscribers.on_opt_change)
    app.register_blueprint(status.bp)
    app.cli.add_command(cli.alerts)

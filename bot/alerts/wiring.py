"""Plugs community alerts into the app (called once from bot.extensions)."""
from __future__ import annotations


def register(app, services) -> None:
    from bot import cli_alerts, status_callback
    from bot.alerts import subscribers

    services.extra.setdefault("opt_out_listeners", []).append(subscribers.on_opt_change)
    app.register_blueprint(status_callback.bp)
    app.cli.add_command(cli_alerts.alerts)

"""Plugs community alerts into the app (called once from bot.extensions)."""
from __future__ import annotations


def register(app, services) -> None:
    from bot.alerts import subscribers

    services.extra.setdefault("opt_out_listeners", []).append(subscribers.on_opt_change)

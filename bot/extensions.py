"""Wiring of the optional parts into a running app (event listeners, blueprints).

create_app calls ``register(app, services)`` once. Each capability adds one line.
"""
from __future__ import annotations


def register(app, services) -> None:
    from bot.alerts import wiring as alerts_wiring

    alerts_wiring.register(app, services)  # community alerts: STOP/START listener, /sms/status, CLI

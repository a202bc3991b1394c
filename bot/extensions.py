"""Wiring of the optional parts into a running app (event listeners, blueprints).

create_app calls ``register(app, services)`` once. Each capability adds one line.
"""
from __future__ import annotations


def register(app, services) -> None:
    from bot.alerts import wiring as alerts_wiring

    alerts_wiring.register(app, services)  # community alerts: STOP/START listener, /sms/status, CLI
    from bot.officers import cli, duty, relay
    from bot.privacy import log_filter

    relay.register(services)         # masked relay: tipster follow-ups -> officers, officer STOP -> off duty
    duty.register(services)          # urgent (and optionally all) new tips -> on-duty officers
    cli.register(app)       # flask officer add|list|disable|enable|remove, flask audit
    log_filter.install()            # no phone numbers in the Twilio SDK's / urllib3's log lines

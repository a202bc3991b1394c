"""Community alerts: schemes people join by text, subscribers indexed by place
(Redis GEO), officers' ALERT/SEND/STATUS/HALT commands, and the throttled fan-out."""
from __future__ import annotations

from functools import partial


def init_app(app, services) -> None:
    from bot import events
    from bot.alerts import cli, commands, resident_prefs, subscribers, tally  # noqa: F401  (commands registers commands)

    bus = services.events
    bus.subscribe(events.OptOutChanged, subscribers.on_opt_change)
    bus.subscribe(events.LanguageChosen, resident_prefs.on_language_chosen)
    bus.subscribe(events.DeliveryStatusChanged, partial(tally.on_delivery_status, services))
    app.cli.add_command(cli.alerts)

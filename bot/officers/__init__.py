"""Officers: the registry of officer phones, PINs, the audit stream, SMS commands
(gated to registered phones), the masked relay to tipsters and duty notifications."""
from __future__ import annotations

from functools import partial


def init_app(app, services) -> None:
    from bot import events
    from bot.officers import cli, duty, follow_ups, help_commands, relay_delivery, tip_commands  # noqa: F401  (registers commands)

    services.urgent_reach = partial(duty.urgent_reach, services)
    bus = services.events
    bus.subscribe(events.TipUrgent, partial(duty.on_tip_urgent, services))
    bus.subscribe(events.TipFiled, partial(duty.on_tip_filed, services))
    bus.subscribe(events.TipsterFollowUp, partial(follow_ups.on_follow_up, services))
    bus.subscribe(events.OptOutChanged, duty.on_opt_out)
    bus.subscribe(events.TextUndelivered, partial(relay_delivery.on_undelivered, services))
    app.cli.add_command(cli.officer)
    app.cli.add_command(cli.audit)

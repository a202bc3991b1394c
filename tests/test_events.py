"""The event bus: every event has a listener once the app is built, listeners are
isolated from each other, and only declared event types can be subscribed to."""
from __future__ import annotations

import logging

import pytest

from bot import events
from bot.officers import commands


def test_every_event_type_has_a_listener(services):
    silent = [t.__name__ for t in events.EVENT_TYPES if not services.events.listeners(t)]
    assert not silent, f"events nobody listens to: {silent}"


def test_a_failing_listener_does_not_stop_the_others(caplog):
    bus, seen = events.EventBus(), []

    def broken(event):
        raise RuntimeError("boom")

    bus.subscribe(events.TipFiled, broken)
    bus.subscribe(events.TipFiled, seen.append)
    event = events.TipFiled(tip_id="T-2345", urgent=False, partial=True)
    with caplog.at_level(logging.ERROR, logger="bot.events"):
        bus.emit(event)
    assert seen == [event]
    assert "TipFiled" in caplog.text and "broken" in caplog.text


def test_only_declared_events_can_be_subscribed():
    with pytest.raises(TypeError):
        events.EventBus().subscribe(dict, print)


def test_each_feature_registers_its_officer_commands(app):
    # bot.officers and bot.alerts import their command modules explicitly in init_app.
    assert {"R", "REPLY", "TIPS", "SHOW", "CLAIM", "CLOSE", "ON", "OFF"} <= set(commands.COMMANDS)
    assert {"ALERT", "SEND", "STATUS", "HALT"} <= set(commands.COMMANDS)

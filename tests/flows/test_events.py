"""The flow's typed events (flows.events) against their one host
(bot.tipline.conversation): every event class is declared, documented, frozen,
and has a handler; the host handles nothing the flow does not emit."""
from __future__ import annotations

import dataclasses
import inspect

import pytest

from bot.tipline import conversation
from flows import events


def _declared() -> set[type]:
    return {cls for _, cls in inspect.getmembers(events, inspect.isclass)
            if issubclass(cls, events.FlowEvent) and cls is not events.FlowEvent}


def test_event_types_lists_every_flow_event_class():
    assert set(events.EVENT_TYPES) == _declared()


def test_every_flow_event_has_a_handler_in_the_host():
    assert set(conversation.HANDLERS) == set(events.EVENT_TYPES)


@pytest.mark.parametrize("cls", events.EVENT_TYPES, ids=lambda c: c.__name__)
def test_events_are_frozen_dataclasses_that_say_what_the_host_must_do(cls):
    assert dataclasses.is_dataclass(cls) and cls.__dataclass_params__.frozen
    assert "host must" in " ".join((cls.__doc__ or "").split())

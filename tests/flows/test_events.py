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


def test_an_urgent_text_in_a_draft_reaches_officers_without_the_tipsters_number():
    """The host's Urgent handler, with a stand-in turn (no Redis): TipUrgent.text is
    documented as redacted (bot.events), like the thread and the relay. (An urgent
    text after filing starts a draft of its own, so the news is always a draft's; it
    carries the text when the draft had said something else first.)"""
    from types import SimpleNamespace

    from bot import events as app_events

    emitted = []
    turn = SimpleNamespace(
        services=SimpleNamespace(events=SimpleNamespace(emit=emitted.append)),
        text="He has a knife, call me on 07700 900123", number="+447700900123",
        pseudonym="p" * 16, message_sid="SM1", writes=[], after=[],
        publish=lambda event, ref=None: emitted.append(event))
    conv = {"state": "when", "tip_id": "T-2345", "text_count": 2}
    conversation.HANDLERS[events.Urgent](turn, conv, events.Urgent(reason="weapon"))
    for action in turn.after:
        action()
    assert [(e.tip_id, e.reason, e.text, e.message_sid) for e in emitted] == [
        ("T-2345", "weapon", "He has a knife, call me on [own number removed]", "SM1")]
    assert isinstance(emitted[0], app_events.TipUrgent)

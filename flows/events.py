"""What a flow step asks its host to do, as typed events (in the manner of goflow's
events: the engine decides, the host carries it out).

The engine does no I/O. It changes the conversation dict and returns these; the
host (``bot.tipline.conversation``) must handle every class in ``EVENT_TYPES``,
and nothing here is emitted merely for information: an event nobody acts on is
not an event (tests/flows/test_events.py checks both).
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class FlowEvent:
    """Base class of the events a step returns (``StepResult.events``)."""


@dataclass(frozen=True)
class Urgent(FlowEvent):
    """The text reads as an emergency in progress.

    The engine has already set ``conv["urgent"]``/``conv["urgent_reason"]`` and put
    the emergency advice first in the reply lines. It is emitted once per draft, and
    again for every urgent text after filing. The host must alert officers at once:
    a draft becomes visible to them unfinished; a filed tip is flagged urgent.
    """
    reason: str


@dataclass(frozen=True)
class Filed(FlowEvent):
    """The tipster filed the draft (SEND); the conversation is now in the follow-up state.

    The host must write the tip record (complete, not partial) and tell officers.
    Idle drafts are not filed by a step: the host files those itself (see
    ``bot.tipline.drafts``).
    """


@dataclass(frozen=True)
class Discarded(FlowEvent):
    """The tipster threw the draft away (DELETE); the conversation is fresh again.

    ``tip_id`` is the ID the draft had (the conversation no longer holds it). If
    officers may already have seen that tip (an urgent draft), the host must keep
    the record and mark it withdrawn rather than lose it.
    """
    tip_id: str | None


@dataclass(frozen=True)
class FollowUp(FlowEvent):
    """The tipster wrote again after filing: ``text`` (may be empty) and ``media`` URLs.

    The host must add it to the filed tip's thread and tell the officers on the tip.
    """
    text: str
    media: tuple[str, ...] = ()


EVENT_TYPES: tuple[type[FlowEvent], ...] = (Urgent, Filed, Discarded, FollowUp)

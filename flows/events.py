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
    the emergency advice first in the reply lines. It is emitted once per draft. An
    urgent text after filing is never added to the filed tip: it starts a draft of
    its own (``conv["linked_tip"]`` names the earlier tip) and this is emitted for
    that draft. The host must alert officers at once (the draft becomes visible to
    them unfinished) and link the earlier tip back to it.
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
    """The tipster threw a draft away (DELETE) or withdrew a filed tip (DELETE, then
    DELETE again to confirm); the conversation is fresh again.

    ``tip_id`` is the ID the draft or tip had (the conversation no longer holds it).
    If officers may already have seen that tip (a filed tip, an urgent draft), the
    host must keep the record and mark it withdrawn rather than lose it, and tell the
    officer in touch with it, if there is one.
    """
    tip_id: str | None


@dataclass(frozen=True)
class FollowUp(FlowEvent):
    """The tipster wrote about a filed tip: ``text`` (may be empty) and ``media`` URLs.

    ``tip_id`` is the tip it is about: the conversation's filed tip, a tip an officer
    is waiting on an answer for, or a tip the text names (the host says which exist,
    in ``ctx``); not always the conversation's own. ``unsure`` names every tip it may
    be about when the tipster was asked which and never said: the text then comes
    once for each of them. The host must add it to that tip's thread and tell the
    officers on the tip.
    """
    text: str
    media: tuple[str, ...] = ()
    tip_id: str | None = None
    unsure: tuple[str, ...] = ()


EVENT_TYPES: tuple[type[FlowEvent], ...] = (Urgent, Filed, Discarded, FollowUp)

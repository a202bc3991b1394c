"""What one running app (web process or worker) holds: built once by create_app.

Jobs and CLI commands reach it with ``current()`` inside the app context.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Callable

from flask import current_app

from bot.events import EventBus

if TYPE_CHECKING:
    from redis import Redis
    from rq import Queue

    from bot.messaging.transport import LocalSender, TwilioSender
    from bot.privacy.identity import Identity
    from flows.engine import FlowEngine
    from nlp.extraction import Extraction

EXTENSION = "tipline"   # app.extensions[EXTENSION] is the Services


@dataclass
class Services:
    config: dict                          # app.config
    redis: Redis
    queues: dict[str, Queue]              # queue name -> rq.Queue (bot.messaging.queues)
    identity: Identity
    sender: TwilioSender | LocalSender
    flows: FlowEngine
    extract: Callable[[str], Extraction]  # nlp.extract, its pipeline built at start-up
    events: EventBus = field(default_factory=EventBus)
    # How many people an urgent tip would reach now (set by bot.officers.init_app; the
    # tip line sits below officers, so it asks through here rather than importing them).
    urgent_reach: Callable[[], int] = lambda: 0
    # Alert channels besides SMS (issue 12): bot.messaging.mail / bot.messaging.voice.
    mailer: object | None = None
    caller: object | None = None


def current() -> Services:
    """The Services of the app in context (rq jobs run inside one: see bot.cli worker)."""
    return current_app.extensions[EXTENSION]

"""The one way features hook into each other: typed events on a bus.

A feature publishes an event (a frozen dataclass below) and never imports the
features that react to it; each feature subscribes its listeners in its own
``init_app``. Following a text after the flow means reading this file, then
grepping for the event's class name.

Two moments, one bus:

- Events about a turn that carry the ``turn`` (``OptOutChanged``, ``LanguageChosen``) are emitted
  while the text is being routed, so listeners can add writes to the same save
  (``turn.writes``): the opt-out and everything it implies commit together.
- The news a saved turn (or a job) leaves behind (``AFTER_SAVE``: TipFiled,
  TipUrgent, TipsterFollowUp) is queued *inside* the transaction that saves the
  state it is about (bot.messaging.after_save) and delivered by a worker with
  ``EventBus.deliver``. It cannot be lost between the save and the delivery, and it
  is delivered at least once: a delivery that failed or whose worker died is run
  again, every listener with it. So these listeners must be idempotent: they
  name what they queue with dedupe keys built from the event (its tip, its
  ``ref``), never from a counter bumped on each run.

Listeners enqueue jobs and never send inside the request. A failing listener is
logged and the rest still run: one broken reaction must not lose the tipster's
text or block an opt-out (and ``deliver`` then fails, so the delivery is retried).
"""
from __future__ import annotations

import logging
from collections import defaultdict
from dataclasses import asdict, dataclass
from typing import Any, Callable

log = logging.getLogger(__name__)


class VettedText:
    """Base of bot.privacy.redact.SafeText, the only text an event may carry from a
    tipster. Events import nothing below them (tests/test_layering.py), so they check
    this base; only SafeText extends it, and only redaction makes tipster SafeText."""
    __slots__ = ()


def _require_vetted(value: object, what: str) -> None:
    if not isinstance(value, VettedText):
        raise TypeError(f"{what} must be SafeText (bot.privacy.redact), not {type(value).__name__}")


@dataclass(frozen=True)
class TipFiled:
    """A tip was filed: by the tipster (SEND) or, ``partial``, by the idle timer."""
    tip_id: str
    urgent: bool
    partial: bool


@dataclass(frozen=True)
class TipUrgent:
    """A text read as an emergency in progress. ``text`` is set when the news is that
    text (an emergency after filing), already redacted of the tipster's own number."""
    tip_id: str
    reason: str
    text: VettedText | None = None
    message_sid: str | None = None

    def __post_init__(self) -> None:
        if self.text is not None:
            _require_vetted(self.text, "TipUrgent.text")


@dataclass(frozen=True)
class TipsterFollowUp:
    """The tipster wrote again about a tip officers can see (redacted text). ``ref``
    names this follow-up for good (from the inbound MessageSid): a delivery run twice
    carries the same ref, so what its listeners queue is deduplicated."""
    tip_id: str
    text: VettedText
    ref: str | None = None

    def __post_init__(self) -> None:
        _require_vetted(self.text, "TipsterFollowUp.text")


@dataclass(frozen=True)
class OptOutChanged:
    """A phone opted out (STOP ...) or back in (START ...). Emitted during routing:
    listeners add their writes to ``turn.writes``."""
    turn: Any
    opted_out: bool


@dataclass(frozen=True)
class LanguageChosen:
    """A phone chose its language with a switch keyword (ESPAÑOL, ENGLISH). Emitted during
    routing: listeners add their writes to ``turn.writes`` (a subscriber's alerts follow it)."""
    turn: Any
    lang: str


@dataclass(frozen=True)
class DeliveryStatusChanged:
    """Twilio reported a new (forward-only) status for a message we sent.
    ``dedupe_key`` names the outbound record (see bot.messaging.outbound)."""
    dedupe_key: str
    status: str


@dataclass(frozen=True)
class TextUndelivered:
    """A text we queued will not reach its recipient: it ended failed or skipped in the
    send job, or Twilio reported it undelivered/failed afterwards. ``reason`` is the
    outbound record's (bot.messaging.failures), ``why`` the same in words for an
    officer (never the recipient's number). Emitted at least once per text."""
    dedupe_key: str
    reason: str
    why: str = ""


EVENT_TYPES = (TipFiled, TipUrgent, TipsterFollowUp, OptOutChanged, LanguageChosen, DeliveryStatusChanged, TextUndelivered)
# Queued in the save transaction and delivered by a worker: plain fields only (no turn).
AFTER_SAVE = (TipFiled, TipUrgent, TipsterFollowUp)


def to_record(event) -> tuple[str, dict]:
    """An after-save event as (type name, fields): what a queued delivery stores."""
    if type(event) not in AFTER_SAVE:
        raise TypeError(f"not an after-save event: {type(event).__name__}")
    return type(event).__name__, asdict(event)


def from_record(name: str, fields: dict):
    """``to_record``'s inverse."""
    for event_type in AFTER_SAVE:
        if event_type.__name__ == name:
            return event_type(**fields)
    raise TypeError(f"not an after-save event: {name}")


class ListenersFailed(RuntimeError):
    """Raised by ``EventBus.deliver`` after every listener ran and some failed."""


def _name(listener) -> str:
    # Listeners are often functools.partial(fn, services): the partial's repr would
    # print the services and their config (auth token, keys) into the log.
    return getattr(getattr(listener, "func", listener), "__qualname__", type(listener).__name__)


class EventBus:
    def __init__(self) -> None:
        self._listeners: dict[type, list[Callable[[Any], None]]] = defaultdict(list)

    def subscribe(self, event_type: type, listener: Callable[[Any], None]) -> None:
        if event_type not in EVENT_TYPES:
            raise TypeError(f"not an event type: {event_type!r}")
        self._listeners[event_type].append(listener)

    def listeners(self, event_type: type) -> list[Callable[[Any], None]]:
        return list(self._listeners.get(event_type, ()))

    def emit(self, event: object) -> int:
        """Run every listener of the event; returns how many failed (each is logged)."""
        failed = 0
        for listener in self._listeners.get(type(event), ()):
            try:
                listener(event)
            except Exception:
                failed += 1
                log.exception("listener %s for %s failed", _name(listener), type(event).__name__)
        return failed

    def deliver(self, event: object) -> None:
        """``emit``, for a queued delivery: raises if a listener failed, so that the
        delivery is run again (all listeners: they are idempotent) rather than lost."""
        failed = self.emit(event)
        if failed:
            raise ListenersFailed(f"{failed} listener(s) for {type(event).__name__} failed")

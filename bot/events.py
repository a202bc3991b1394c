"""Things that happen to tips, for other parts to react to (duty-officer
notifications, relay forwarding). Listeners are registered on the Services at
start-up and are called after the turn's state is saved; they enqueue jobs and
never send inside the request.

Listener signatures:
  tip_filed(services, tip_id, urgent: bool, partial: bool)
  tip_urgent(services, tip_id, reason: str)
  tipster_follow_up(services, tip_id, text: str)
"""
from __future__ import annotations

import logging

log = logging.getLogger(__name__)


def listen(services, event: str, fn) -> None:
    services.extra.setdefault(f"on_{event}", []).append(fn)


def emit(services, event: str, **payload) -> None:
    for fn in services.extra.get(f"on_{event}", []):
        try:
            fn(services, **payload)
        except Exception:  # one broken listener must not lose the tipster's text
            log.exception("listener for %s failed", event)

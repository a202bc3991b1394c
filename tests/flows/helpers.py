"""A phone talking to the flow engine alone: no Flask, no Redis, no router."""
from __future__ import annotations

import itertools
from typing import Callable

from bot.config import DEFAULTS
from bot.tipline.routing import named_candidates
from flows.engine import FlowEngine, StepResult
from flows.events import FollowUp

# The placeholders the host fills from config (bot.web.turn.Turn.texts_ctx),
# with the values tests/conftest.py configures, so texts read the same here.
CTX = {"programme": "ASP Tip Line", "force": "Avon and Somerset Police", "emergency": "999",
       "non_emergency": "101"}
# The host's defaults for which tip a text is about (bot.config).
FOLLOW_UP_WINDOW_S = DEFAULTS["FOLLOW_UP_WINDOW_MINUTES"][0] * 60
ANSWER_WAIT_S = DEFAULTS["ANSWER_WAIT_HOURS"][0] * 3600


class FlowPhone:
    """Does what the host does around a step and nothing else: reads what decides
    which tip a text is about (the tips it was given whose ID the text names; those
    an officer wrote to, ``officer_writes``, within the wait; the follow-up window),
    extracts facts when the engine wants them (with ``extract``, e.g. ``nlp.extract``;
    none without it, unless a test passes ``facts``), gives a new draft a tip ID after
    the step (as bot.tipline.conversation does from Redis), and keeps the
    conversation between texts. Each text comes a minute after the last unless
    ``after_minutes`` says otherwise."""

    def __init__(self, engine: FlowEngine, extract: Callable | None = None):
        self.engine, self.extract = engine, extract
        self.conv: dict | None = None
        self.now = 1_700_000_000.0
        self._ids = itertools.count(2345)
        self.ctx = dict(CTX, follow_up_window_s=FOLLOW_UP_WINDOW_S)
        self.tips: set[str] = set()          # IDs given to this phone's drafts
        self.waiting: dict[str, float] = {}  # tip ID -> when an officer last wrote to it
        self.withdrawn: set[str] = set()

    def officer_writes(self, tip_id: str, minutes_later: float = 1) -> None:
        """An officer's relay on one of this phone's tips (``R <tip> ...``)."""
        self.now += minutes_later * 60
        self.waiting[tip_id] = self.now

    def send(self, text: str = "", media: list[str] | tuple = (), facts: dict | None = None,
             after_minutes: float = 1) -> StepResult:
        self.now += after_minutes * 60
        conv = self.conv or self.engine.new_conversation(self.now)
        if facts is None:
            facts = self.extract(text).to_dict() if self.extract and self.engine.wants_facts(text) else {}
        ctx = dict(self.ctx)
        if self.conv:
            ctx["waiting"] = [{"tip_id": t, "asked_at": at} for t, at in sorted(self.waiting.items(),
                                                                                 key=lambda w: -w[1])
                              if self.now - at <= ANSWER_WAIT_S and t not in self.withdrawn]
            ctx["named_tip"] = next(({"tip_id": t, "rest": rest} for t, rest in named_candidates(text)
                                     if t in self.tips), None)
        result = self.engine.step(conv, text, list(media), facts, ctx, now=self.now)
        if self.engine.wants_tip_id(result.conv):
            result.conv["tip_id"] = f"T-{next(self._ids)}"
            self.tips.add(result.conv["tip_id"])
        for event in result.events:
            if isinstance(event, FollowUp):
                self.waiting.pop(event.tip_id, None)
            elif type(event).__name__ == "Discarded" and event.tip_id:
                self.withdrawn.add(event.tip_id)
                self.waiting.pop(event.tip_id, None)
        self.conv = result.conv
        return result

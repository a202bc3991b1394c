"""A phone talking to the flow engine alone: no Flask, no Redis, no router."""
from __future__ import annotations

import itertools
from typing import Callable

from flows.engine import FlowEngine, StepResult

# The placeholders the host fills from config (bot.web.turn.Turn.texts_ctx),
# with the values tests/conftest.py configures, so texts read the same here.
CTX = {"programme": "ASP Tip Line", "force": "Avon and Somerset Police", "emergency": "999",
       "non_emergency": "101"}


class FlowPhone:
    """Does what the host does around a step and nothing else: gives a new draft a
    tip ID (as bot.tipline.conversation does from Redis), extracts facts when the
    engine wants them (with ``extract``, e.g. ``nlp.extract``; none without it,
    unless a test passes ``facts``), and keeps the conversation between texts."""

    def __init__(self, engine: FlowEngine, extract: Callable | None = None):
        self.engine, self.extract = engine, extract
        self.conv: dict | None = None
        self.now = 1_700_000_000.0
        self._ids = itertools.count(2345)
        self.ctx = dict(CTX)

    def send(self, text: str = "", media: list[str] | tuple = (), facts: dict | None = None) -> StepResult:
        self.now += 60
        conv = self.conv or self.engine.new_conversation(self.now)
        if conv["state"] != "filed" and not conv.get("tip_id"):
            conv["tip_id"] = f"T-{next(self._ids)}"
        if facts is None:
            facts = self.extract(text).to_dict() if self.extract and self.engine.wants_facts(text) else {}
        result = self.engine.step(conv, text, list(media), facts, self.ctx, now=self.now)
        self.conv = result.conv
        return result

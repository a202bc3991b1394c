"""Small helpers shared by the tip-line tests."""
from __future__ import annotations

import json

from bot.messaging.segments import count_segments, is_gsm7
from bot.store import keys


def conversation(services, e164: str) -> dict | None:
    raw = services.redis.get(keys.conversation(services.identity.pseudonym(e164)))
    return json.loads(raw) if raw else None


def assert_sms_sized(replies: list[str]) -> None:
    """The bot's own texts: plain GSM-7, each at most two segments."""
    for reply in replies:
        assert is_gsm7(reply), f"not GSM-7: {reply!r}"
        assert count_segments(reply) <= 2, f"{count_segments(reply)} segments: {reply!r}"

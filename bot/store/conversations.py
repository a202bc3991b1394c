"""Loading and saving a phone's conversation record (JSON under keys.conversation)."""
from __future__ import annotations

import json

from bot.store import keys


def decode(raw: bytes | None) -> dict | None:
    return json.loads(raw) if raw else None


def save(pipe, pseudonym: str, conv: dict | None, ttl_s: float) -> None:
    key = keys.conversation(pseudonym)
    if conv is None:
        pipe.delete(key)
    else:
        pipe.set(key, json.dumps(conv, separators=(",", ":")), ex=int(ttl_s))


def ttl_seconds(config: dict) -> float:
    return config["CONVERSATION_TTL_DAYS"] * 86400

"""Tip records in Redis: the record (hash), an index by time (zset), a thread (list).

A tip holds the tipster's pseudonym, never a number, and none of Twilio's
FromCity/FromState/FromZip/FromCountry fields.
"""
from __future__ import annotations

import json
import secrets

from rq.utils import decode_redis_hash

from bot.store import keys

# No 0/O, 1/I/L, U/V confusion when read aloud or typed on a phone.
TIP_ALPHABET = "23456789ABCDEFGHJKMNPQRSTWXYZ"
TIP_ID_LENGTH = 4


def allocate_tip_id(redis) -> str:
    """A short unique ID; grows a character if the space gets crowded."""
    length = TIP_ID_LENGTH
    for attempt in range(40):
        candidate = "T-" + "".join(secrets.choice(TIP_ALPHABET) for _ in range(length))
        if redis.sadd(keys.TIP_IDS, candidate):
            return candidate
        if attempt % 8 == 7:
            length = min(length + 1, 6)
    raise RuntimeError("could not allocate a tip ID")


def normalise_tip_id(raw: str) -> str | None:
    """Accept 't-7k2q', 'T7K2Q', 't 7k2q' from an officer's phone."""
    compact = "".join(ch for ch in raw.upper() if ch.isalnum())
    if compact.startswith("T") and 5 <= len(compact) <= 7:
        return f"T-{compact[1:]}"
    return None


def write_tip(pipe, conv: dict, pseudonym: str, *, partial: bool, now: float) -> None:
    """Create or update the tip record from a draft (idempotent: same ID, same fields)."""
    tip_id = conv["tip_id"]
    key = keys.tip(tip_id)
    record = {
        "id": tip_id,
        "tipster": pseudonym,
        "status": "open",
        "urgent": int(bool(conv.get("urgent"))),
        "urgent_reason": conv.get("urgent_reason") or "",
        "partial": int(partial),
        "created_at": conv.get("started_at") or now,
        "updated_at": now,
        "fields": json.dumps(conv["fields"]),
        "facts": json.dumps(conv["facts"]),
        "media": json.dumps(conv["media"]),
        "skipped": json.dumps(conv.get("skipped", [])),
    }
    pipe.hset(key, mapping=record)
    pipe.hsetnx(key, "filed_at", now)
    pipe.zadd(keys.TIPS_BY_TIME, {tip_id: conv.get("started_at") or now}, nx=True)
    pending = conv.get("text_count", 0) - conv.get("synced_texts", 0)
    for text in conv["texts"][-pending:] if pending > 0 else []:
        pipe.rpush(keys.tip_thread(tip_id), _entry("tipster", text, now))
    conv["synced_texts"] = conv.get("text_count", 0)


def append_to_thread(pipe, tip_id: str, who: str, text: str, now: float, media: list | None = None) -> None:
    pipe.rpush(keys.tip_thread(tip_id), _entry(who, text, now, media))
    pipe.hset(keys.tip(tip_id), "updated_at", now)


def _entry(who: str, text: str, now: float, media: list | None = None) -> str:
    entry = {"at": now, "from": who, "text": text}
    if media:
        entry["media"] = media
    return json.dumps(entry)


def load_tip(redis, tip_id: str) -> dict | None:
    raw = redis.hgetall(keys.tip(tip_id))
    if not raw:
        return None
    tip = decode_redis_hash(raw, decode_values=True)
    for name in ("fields", "facts", "media", "skipped"):
        tip[name] = json.loads(tip.get(name) or "null") or ({} if name in ("fields", "facts") else [])
    for name in ("urgent", "partial"):
        tip[name] = tip.get(name) == "1"
    return tip


def load_thread(redis, tip_id: str, last: int = 50) -> list[dict]:
    return [json.loads(x) for x in redis.lrange(keys.tip_thread(tip_id), -last, -1)]


def recent_tip_ids(redis, limit: int = 10) -> list[str]:
    return [x.decode() for x in redis.zrevrange(keys.TIPS_BY_TIME, 0, limit - 1)]

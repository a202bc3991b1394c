"""The officer registry: who may send officer commands (keyed by phone pseudonym).

(Minimal registry; the relay issue extends it with roles, PINs, duty.)
"""
from __future__ import annotations

from bot import keys


def load(redis, pseudonym: str) -> dict | None:
    raw = redis.hgetall(keys.officer(pseudonym))
    if not raw:
        return None
    rec = {k.decode(): v.decode() for k, v in raw.items()}
    rec["pseudonym"] = pseudonym
    rec["active"] = rec.get("active", "1") == "1"
    return rec

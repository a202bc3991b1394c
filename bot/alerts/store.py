"""Alert records and recipient selection.

An alert is one hash (keys.alert). Its state moves:
    preview -> queued (SEND) -> sending (planned) -> done
    preview -> discarded (HALT before SEND) | expired (not confirmed in time)
    queued/sending -> halted (HALT)

Selection is server-side: one GEOSEARCHSTORE per (scheme, category) index for a
radius, plus the area-wide sets, merged with one ZUNIONSTORE into a sorted set.
The union is what makes someone in several matching schemes get the alert once;
all scores are 0 so the set's order is fixed and chunks are index ranges.
"""
from __future__ import annotations

import json
import time

from rq.utils import decode_redis_hash

from bot.alerts.schemes import ANY
from bot.store import keys

ACTIVE = ("queued", "sending")


def new_id(redis) -> str:
    return f"A-{redis.incr(keys.ALERT_SEQ)}"


def normalise_id(text: str) -> str | None:
    t = (text or "").strip().upper().replace(" ", "")
    if t.isdigit():
        t = f"A-{t}"
    if t.startswith("A") and not t.startswith("A-"):
        t = "A-" + t[1:]
    return t if t[2:].isdigit() and len(t) <= 12 else None


def save(pipe, alert: dict) -> None:
    flat = {k: json.dumps(v) if isinstance(v, (list, dict)) else ("" if v is None else v)
            for k, v in alert.items()}
    pipe.hset(keys.alert(alert["id"]), mapping=flat)
    pipe.expire(keys.alert(alert["id"]), keys.DELIVERY_RECORD_TTL_S)


def load(redis, alert_id: str) -> dict | None:
    raw = redis.hgetall(keys.alert(alert_id))
    if not raw:
        return None
    a = decode_redis_hash(raw, decode_values=True)
    for name in ("schemes", "categories"):
        a[name] = json.loads(a.get(name) or "[]")
    for name in ("radius_m", "lat", "lon"):
        a[name] = float(a[name]) if a.get(name) else None
    for name in ("recipients", "segments", "chunks", "total"):
        a[name] = int(a[name]) if a.get(name) else 0
    return a


def state(redis, alert_id: str) -> str | None:
    raw = redis.hget(keys.alert(alert_id), "state")
    return raw.decode() if raw else None


def _sources(alert: dict) -> list[tuple[str, str]]:
    """(index key, kind) pairs the alert draws from."""
    cats = alert["categories"] or [ANY]
    out = []
    for scheme in alert["schemes"]:
        for cat in cats:
            out.append((keys.scheme_geo(scheme, cat), "geo"))
            out.append((keys.scheme_area_wide(scheme, cat), "set"))
    return out


def select(redis, alert: dict, dest: str) -> int:
    """Write the alert's recipients (deduplicated) to the zset ``dest``; returns how many."""
    pipe = redis.pipeline(transaction=True)
    union, scratch = [], []
    for n, (key, kind) in enumerate(_sources(alert)):
        if kind == "geo" and alert.get("radius_m"):
            tmp = keys.alert_scratch(alert["id"], n)
            pipe.geosearchstore(tmp, key, longitude=alert["lon"], latitude=alert["lat"],
                                radius=alert["radius_m"], unit="m")
            union.append(tmp)
            scratch.append(tmp)
        else:
            union.append(key)
    pipe.delete(dest)
    pipe.zunionstore(dest, {k: 0 for k in union}, aggregate="MIN")
    if scratch:
        pipe.delete(*scratch)
    pipe.expire(dest, keys.DELIVERY_RECORD_TTL_S)
    pipe.zcard(dest)
    return int(pipe.execute()[-1])


def count(redis, alert: dict) -> int:
    tmp = keys.alert_scratch(alert["id"], 9999)
    n = select(redis, alert, tmp)
    redis.delete(tmp)
    return n


def is_expired(alert: dict, now: float | None = None) -> bool:
    return alert.get("state") == "preview" and float(alert.get("expires_at") or 0) < (now or time.time())

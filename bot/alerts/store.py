"""Alert records and recipient selection.

An alert is one hash (keys.alert). Its state moves:
    preview -> queued (SEND) -> sending (planned) -> done
    preview -> discarded (HALT before SEND) | expired (not confirmed in time)
    queued/sending -> halted (HALT)

Every move is a compare-and-set (``compare_and_set``: WATCH/MULTI on the alert),
so SEND and HALT at the same moment, or HALT and the planner, cannot both win.
Each text of an alert in flight is let out by ``release`` (one Lua script that
checks the state and records the recipient in keys.alert_released), so HALT,
which reads that set under the same WATCH, knows exactly how many texts had gone
when it committed: those go, and no other does.

Selection is server-side: one GEOSEARCHSTORE per (scheme, category) index for a
radius, plus the area-wide sets, merged with one ZUNIONSTORE into a sorted set.
The union is what makes someone in several matching schemes get the alert once;
all scores are 0 so the set's order is fixed and chunks are index ranges.
"""
from __future__ import annotations

import json
import time

from redis.exceptions import WatchError
from rq.utils import decode_redis_hash

from bot.alerts.schemes import ANY
from bot.store import keys
from bot.store.scripts import LuaScript

ACTIVE = ("queued", "sending")
CAS_TRIES = 100     # each retry means the alert (or its released set) changed under us: it converges fast
MAX_ID_DIGITS = 7   # A-1 .. A-9999999: a longer run of digits is not an alert code (and may be a phone number)

# Lua: let one recipient's text out, unless the alert is no longer sending (HALT).
# A recipient let out before stays let out, so a chunk retried after a crash or a
# transient error finishes the texts HALT counted as gone. Returns 1 to send, 0 not.
# KEYS: alert, alert_released
# ARGV: pseudonym, expiry (s)
_RELEASE = LuaScript("""
if redis.call('SISMEMBER', KEYS[2], ARGV[1]) == 1 then return 1 end
if redis.call('HGET', KEYS[1], 'state') ~= 'sending' then return 0 end
redis.call('SADD', KEYS[2], ARGV[1])
redis.call('EXPIRE', KEYS[2], ARGV[2])
return 1
""")


def new_id(redis) -> str:
    return f"A-{redis.incr(keys.ALERT_SEQ)}"


def normalise_id(text: str) -> str | None:
    t = (text or "").strip().upper().replace(" ", "")
    if t.isdigit():
        t = f"A-{t}"
    if t.startswith("A") and not t.startswith("A-"):
        t = "A-" + t[1:]
    return t if t[2:].isdigit() and len(t) <= 2 + MAX_ID_DIGITS else None


def save(pipe, alert: dict) -> None:
    flat = {k: json.dumps(v) if isinstance(v, (list, dict)) else ("" if v is None else v)
            for k, v in alert.items()}
    pipe.hset(keys.alert(alert["id"]), mapping=flat)
    pipe.expire(keys.alert(alert["id"]), keys.DELIVERY_RECORD_TTL_S)


def load(redis, alert_id: str) -> dict | None:
    """The alert, or None. ``redis`` may be a pipeline in WATCH mode (reads at once)."""
    raw = redis.hgetall(keys.alert(alert_id))
    if not raw:
        return None
    a = decode_redis_hash(raw, decode_values=True)
    for name in ("schemes", "categories"):
        a[name] = json.loads(a.get(name) or "[]")
    for name in ("radius_m", "lat", "lon"):
        a[name] = float(a[name]) if a.get(name) else None
    for name in ("recipients", "segments", "chunks", "total", "halted_gone"):
        a[name] = int(a[name]) if a.get(name) else 0
    return a


def compare_and_set(redis, alert_id: str, decide, *, watch_released: bool = False):
    """Read the alert under WATCH, let ``decide(alert, pipe)`` choose, and commit its
    choice only if the alert (and, with ``watch_released``, its released set) did not
    change meanwhile; otherwise read again and decide again.

    ``decide`` gets the alert (None if missing) and the watching pipeline (for more
    reads), and returns (write(pipe) or None, result); ``write`` queues the change and
    its audit entry in one MULTI. Returns ``result`` of the decision that held."""
    watched = [keys.alert(alert_id)] + ([keys.alert_released(alert_id)] if watch_released else [])
    with redis.pipeline(transaction=True) as pipe:
        for _ in range(CAS_TRIES):
            try:
                pipe.watch(*watched)
                write, result = decide(load(pipe, alert_id), pipe)
                if write is None:
                    pipe.unwatch()
                    return result
                pipe.multi()
                write(pipe)
                pipe.execute()
                return result
            except WatchError:
                continue
    raise RuntimeError(f"alert {alert_id} kept changing: gave up after {CAS_TRIES} tries")


def release(redis, alert_id: str, pseudonym: str) -> bool:
    """May this recipient's text go out? (False once the alert is halted.)"""
    return bool(_RELEASE(redis, [keys.alert(alert_id), keys.alert_released(alert_id)],
                         [pseudonym, keys.DELIVERY_RECORD_TTL_S]))


def released(redis, alert_id: str, pseudonyms: list[str]) -> list[bool]:
    if not pseudonyms:
        return []
    return [bool(x) for x in redis.smismember(keys.alert_released(alert_id), pseudonyms)]


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
    n = int(pipe.execute()[-1])
    if alert.get("polygon") and n:      # drawn on the console's map: the bounding circle, then the exact set
        from bot.alerts import targeting
        n = targeting.keep_inside(redis, alert, dest)
    return n


def count(redis, alert: dict) -> int:
    """How many would get it now (``alert`` needs an ``id`` only to name scratch keys)."""
    tmp = keys.alert_scratch(alert["id"], 9999)
    n = select(redis, alert, tmp)
    redis.delete(tmp)
    return n


def is_expired(alert: dict, now: float | None = None) -> bool:
    return alert.get("state") == "preview" and float(alert.get("expires_at") or 0) < (now or time.time())

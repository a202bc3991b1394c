"""Alert records and recipient selection.

An alert is one hash (keys.alert). Its state moves:
    preview -> queued (SEND) -> sending (planned) -> done
    preview -> discarded (HALT before SEND) | expired (not confirmed in time)
    queued/sending -> halted (HALT)
and, for alerts composed in the console (bot.alerts.lifecycle, issue 12):
    preview -> pending_approval (submit_for_approval) -> approved -> queued | scheduled
    pending_approval -> rejected (reject, with a reason)
    preview | approved -> scheduled (schedule(at)) -> queued (when due) ; scheduled -> discarded

Fields (strings in the hash; ``load`` types them): id, state, officer (author's
pseudonym, or "staff:<id>" from the console), officer_name, schemes, categories (JSON
lists), the area: ``radius_m``/``lat``/``lon`` (a circle; all empty: the whole force
area) or ``polygon`` (JSON [[lat, lon], ...]: a drawn area), area (label, e.g. the
postcode), ``channels`` (JSON list of sms/email/voice; empty: all), ``urgency``
("urgent" goes through quiet hours; anything else is held), text, body (the SMS),
incident, segments, recipients, total, chunks, created_at, send_at, the approval
trail (submitted_by/at, approved_by/at/reason, rejected_by/at/reason), and the
moments of each move (confirmed_at, planned_at, finished_at, halted_at ...).

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
The members are contacts (bot.alerts.subscribers.member): one resident with SMS
and email is two members and gets both. A polygon is a GEOSEARCHSTORE of its
bounding circle, then the point-in-polygon test on coordinates decoded from the
stored geohash scores (numpy, outside Redis: no long script blocks it); channels not
chosen are taken out after the union as lexical ranges, and counted the same way.
The composer's live count (``count_by_channel``) writes nothing: it reads the GEO indexes
over the area's geohash score ranges and tests and counts the points in numpy.
"""
from __future__ import annotations

import json
import time

from rq.utils import decode_redis_hash

from bot.alerts.schemes import ANY
from bot.store import keys, transactions
from bot.store.scripts import LuaScript

ACTIVE = ("queued", "sending")
CAS_TRIES = 100     # each retry means the alert (or its released set) changed under us: it converges fast
MAX_ID_DIGITS = 7   # A-1 .. A-9999999: a longer run of digits is not an alert code (and may be a phone number)

# Lua: let one recipient's text out, unless the alert is no longer sending (HALT).
# A recipient let out before stays let out, so a chunk retried after a crash or a
# transient error finishes the texts HALT counted as gone. Returns 1 to send, 0 not.
# It also notes the alert as the recipient's latest (keys.alert_last), so their reply
# (bot.alerts.replies) is found with the inbound text's own reads.
# KEYS: alert, alert_released, alert_last
# ARGV: pseudonym, expiry (s), alert id, now, alert_last's expiry (s)
_RELEASE = LuaScript("""
if redis.call('SISMEMBER', KEYS[2], ARGV[1]) == 1 then return 1 end
if redis.call('HGET', KEYS[1], 'state') ~= 'sending' then return 0 end
redis.call('SADD', KEYS[2], ARGV[1])
redis.call('EXPIRE', KEYS[2], ARGV[2])
redis.call('SET', KEYS[3], ARGV[3] .. ' ' .. ARGV[4], 'EX', ARGV[5])
return 1
""")
REPLY_LINK_S = 7 * 86400     # a reply is linked to an alert for at most this long (ALERT_REPLY_DAYS within it)


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
    flat = {k: json.dumps(v) if isinstance(v, (list, tuple, dict)) else ("" if v is None else v)
            for k, v in alert.items()}
    pipe.hset(keys.alert(alert["id"]), mapping=flat)
    pipe.expire(keys.alert(alert["id"]), keys.DELIVERY_RECORD_TTL_S)


def load(redis, alert_id: str) -> dict | None:
    """The alert, or None. ``redis`` may be a pipeline in WATCH mode (reads at once)."""
    raw = redis.hgetall(keys.alert(alert_id))
    if not raw:
        return None
    a = decode_redis_hash(raw, decode_values=True)
    for name in ("schemes", "categories", "channels"):
        a[name] = json.loads(a.get(name) or "[]")
    a["polygon"] = json.loads(a["polygon"]) if a.get("polygon") else None
    for name in ("lang_texts", "lang_bodies"):   # {language: text / SMS body} beside the default's (issue 14)
        a[name] = json.loads(a.get(name) or "{}")
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
    result, _ = transactions.watch_and_commit(redis, watched, lambda pipe: decide(load(pipe, alert_id), pipe),
                                              tries=CAS_TRIES, what=f"alert {alert_id}")
    return result


def release(redis, alert_id: str, pseudonym: str) -> bool:
    """May this recipient's text go out? (False once the alert is halted.)"""
    return bool(_RELEASE(redis, [keys.alert(alert_id), keys.alert_released(alert_id), keys.alert_last(pseudonym)],
                         [pseudonym, keys.DELIVERY_RECORD_TTL_S, alert_id, f"{time.time():.0f}", REPLY_LINK_S]))


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


CHANNELS = ("sms", "email", "voice")
# A recipient set has every score 0, so its members are in lexical order: SMS members
# (lower-case hex) before "m..." (email) before "v..." (voice); each channel is one
# lexical range, counted by ZLEXCOUNT and dropped by ZREMRANGEBYLEX (no scan).
_LEX = {"sms": ("-", "(g"), "email": ("[m", "(n"), "voice": ("[v", "(w")}
_PIP_BATCH = 50_000
_COUNT_BATCH = 100_000


def count_members(redis, zset: str) -> dict[str, int]:
    """Members of a recipient set per channel (nothing removed)."""
    pipe = redis.pipeline(transaction=False)
    for ch in CHANNELS:
        pipe.zlexcount(zset, *_LEX[ch])
    return dict(zip(CHANNELS, (int(x) for x in pipe.execute())))


def channels_of(alert: dict) -> tuple[str, ...]:
    """The channels an alert goes by (empty or missing: all)."""
    chosen = [c for c in (alert.get("channels") or []) if c in CHANNELS]
    return tuple(chosen) if chosen else CHANNELS


def select(redis, alert: dict, dest: str) -> int:
    """Write the alert's recipients (deduplicated) to the zset ``dest``; returns how many."""
    return sum(select_by_channel(redis, alert, dest).values())


def audience(redis, target: dict, dest: str) -> dict[str, int]:
    """The recipients of an alert target, written to the zset ``dest`` (kept
    DELIVERY_RECORD_TTL_S): ``target`` has schemes, categories, channels and an area:
    ``polygon`` [[lat, lon], ...] or ``radius_m``/``lat``/``lon``, or neither (the whole
    force area). Returns {"sms": n, "email": n, "voice": n}."""
    return select_by_channel(redis, target, dest)


def count_by_channel(redis, target: dict) -> dict[str, int]:
    """How many would get it now, per channel (the composer's live count); ``target``
    as for ``audience``. Count-only: nothing is written to Redis. Each GEO index is
    read once over the geohash score ranges of the area's bounding box (bot.alerts.geo.
    geohash_ranges, all in one pipeline, raw replies in batches of _COUNT_BATCH), the points are decoded and
    tested in numpy (point-in-polygon, or GEOSEARCH's own distance for a radius), and
    the survivors are counted per channel by their first byte; members are deduplicated
    (numpy unique) only when more than one index or an area-wide set can hold the same
    contact. The same people as ``select_by_channel`` (``count_by_selecting``, which
    writes and drops a scratch set, is kept for comparison): a radius's edge may differ
    by a rounding of the last bit."""
    import numpy as np

    from bot.alerts import areas

    geo_keys = [k for k, kind in _sources(target) if kind == "geo"]
    set_keys = [k for k, kind in _sources(target) if kind == "set"]
    box, keep = None, None
    if target.get("polygon"):
        ring = areas.parse_polygon(target["polygon"])
        box = (min(p[0] for p in ring), max(p[0] for p in ring), min(p[1] for p in ring), max(p[1] for p in ring))

        def keep(lats, lons):
            return areas.points_in_polygon(lats, lons, ring)
    elif target.get("radius_m"):
        import math

        lat, lon, radius = float(target["lat"]), float(target["lon"]), float(target["radius_m"])
        dlat = math.degrees(radius / areas.REDIS_EARTH_RADIUS_M) * 1.01 + 1e-5
        cos = math.cos(math.radians(min(89.0, abs(lat) + dlat)))
        dlon = min(180.0, dlat / cos) if cos > 1e-6 else 180.0
        box = (lat - dlat, lat + dlat, lon - dlon, lon + dlon)

        def keep(lats, lons):
            return areas.within_m(lats, lons, lat, lon, radius)

    found = []
    reads = [(key, lo, hi) for key in geo_keys for lo, hi in (areas.geohash_ranges(*box) if box else [(0, 1 << 52)])]
    offset = 0
    while reads:        # every range in one round trip; a range with more than a batch is read on
        pipe = redis.pipeline(transaction=False)
        for key, lo, hi in reads:
            pipe.execute_command("ZRANGEBYSCORE", key, lo, f"({hi}", "WITHSCORES", "LIMIT", offset, _COUNT_BATCH)
        more = []
        for read, flat in zip(reads, pipe.execute()):
            if not flat:
                continue
            members = np.array(flat[0::2])
            if keep is not None:
                lats, lons = areas.geohash_decode(np.array(flat[1::2]).astype(np.float64))
                members = members[keep(lats, lons)]
            found.append(members)
            if len(flat) == 2 * _COUNT_BATCH:
                more.append(read)
        reads, offset = more, offset + _COUNT_BATCH
    area_wide = redis.sunion(set_keys) if set_keys else set()
    if area_wide:
        found.append(np.array(sorted(area_wide)))
    found = [a for a in found if len(a)]
    if not found:
        return dict.fromkeys(CHANNELS, 0)
    everyone = found[0] if len(found) == 1 else np.unique(np.concatenate(found))
    first = everyone.astype("S1")
    email, voice = int(np.count_nonzero(first == b"m")), int(np.count_nonzero(first == b"v"))
    by = {"sms": len(everyone) - email - voice, "email": email, "voice": voice}
    chosen = channels_of(target)
    return {ch: (by[ch] if ch in chosen else 0) for ch in CHANNELS}


def count_by_selecting(redis, target: dict) -> dict[str, int]:
    """``count_by_channel`` the slow way: the full selection into a scratch set, counted
    and dropped (what the composer did before; kept to check and time the count-only path)."""
    tmp = keys.alert_scratch(target.get("id") or "count", 9998)
    try:
        return select_by_channel(redis, target, tmp)
    finally:
        redis.delete(tmp)


def keep_inside_polygon(redis, zset: str, ring) -> int:
    """Take out of ``zset`` (GEO scores: geohashes) every member outside ``ring`` [(lat, lon)...];
    returns how many are left. The coordinates are decoded from the scores, so one
    ZRANGE per 50,000 members is all that crosses the network, and the test runs in
    numpy (bot.alerts.areas.points_in_polygon); Redis itself never runs a long script."""
    import numpy as np

    from bot.alerts.areas import geohash_decode, points_in_polygon

    total = redis.zcard(zset)
    outside: list[bytes] = []
    for start in range(0, total, _PIP_BATCH):
        # the raw reply (no float parsing per member in redis-py): members and scores alternate
        flat = redis.execute_command("ZRANGE", zset, start, start + _PIP_BATCH - 1, "WITHSCORES")
        if not flat:
            break
        lats, lons = geohash_decode(np.array(flat[1::2]).astype(np.float64))
        inside = points_in_polygon(lats, lons, ring)
        outside += np.array(flat[0::2], dtype=object)[~inside].tolist()
    pipe = redis.pipeline(transaction=False)
    for i in range(0, len(outside), 5000):
        pipe.zrem(zset, *outside[i:i + 5000])
    pipe.execute()
    return total - len(outside)


def select_by_channel(redis, alert: dict, dest: str) -> dict[str, int]:
    """``select``, counted per channel (and restricted to the alert's channels). A polygon
    is a GEOSEARCHSTORE of its bounding circle per index, then ``keep_inside_polygon``."""
    polygon = alert.get("polygon")
    if polygon:
        from bot.alerts.areas import bounding_circle, parse_polygon

        ring = parse_polygon(polygon)
        lat, lon, radius = bounding_circle(ring)
        sources = _sources(alert)
        circle, scratch = keys.alert_scratch(alert["id"], 9997), []
        geo_keys = [k for k, kind in sources if kind == "geo"]
        pipe = redis.pipeline(transaction=True)
        pipe.delete(circle)
        if len(geo_keys) == 1:     # one scheme, any category: straight into the circle set
            pipe.geosearchstore(circle, geo_keys[0], longitude=lon, latitude=lat, radius=radius, unit="m")
        for n, key in enumerate(geo_keys if len(geo_keys) > 1 else []):
            tmp = keys.alert_scratch(alert["id"], n)
            pipe.geosearchstore(tmp, key, longitude=lon, latitude=lat, radius=radius, unit="m")
            scratch.append(tmp)
        if scratch:   # MIN keeps a geohash score (the same point in every index of one resident)
            pipe.zunionstore(circle, scratch, aggregate="MIN")
            pipe.delete(*scratch)
        pipe.expire(circle, 600)
        pipe.execute()
        keep_inside_polygon(redis, circle, ring)
        pipe = redis.pipeline(transaction=True)
        pipe.delete(dest)
        pipe.zunionstore(dest, {k: 0 for k in [circle] + [k for k, kind in sources if kind == "set"]},
                         aggregate="MIN")
        pipe.delete(circle)
        pipe.expire(dest, keys.DELIVERY_RECORD_TTL_S)
        pipe.execute()
    else:
        _select_circle(redis, alert, dest)
    chosen = channels_of(alert)
    pipe = redis.pipeline(transaction=True)
    for ch in CHANNELS:
        if ch not in chosen:
            pipe.zremrangebylex(dest, *_LEX[ch])
    pipe.execute()
    found = count_members(redis, dest)
    return {ch: (found[ch] if ch in chosen else 0) for ch in CHANNELS}


def _select_circle(redis, alert: dict, dest: str) -> int:
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
    """How many would get it now (``alert`` needs an ``id`` only to name scratch keys)."""
    tmp = keys.alert_scratch(alert["id"], 9999)
    n = select(redis, alert, tmp)
    redis.delete(tmp)
    return n


def is_expired(alert: dict, now: float | None = None) -> bool:
    return alert.get("state") == "preview" and float(alert.get("expires_at") or 0) < (now or time.time())

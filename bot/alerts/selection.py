"""Who an alert goes to: recipient selection, server-side, and the composer's count.

Selection is one GEOSEARCHSTORE per (scheme, category) index for a radius, plus the
area-wide sets, merged with one ZUNIONSTORE into a sorted set. The union is what makes
someone in several matching schemes get the alert once; all scores are 0 so the set's
order is fixed and chunks are index ranges. The members are contacts
(bot.alerts.subscribers.member): one resident with SMS and email is two members and gets
both. A polygon is a GEOSEARCHSTORE of its bounding circle, then the point-in-polygon test
on coordinates decoded from the stored geohash scores (numpy, outside Redis: no long script
blocks it); channels not chosen are taken out after the union as lexical ranges, and
counted the same way. The composer's live count (``count_by_channel``) writes nothing: it
reads the GEO indexes over the area's geohash score ranges and tests and counts the points
in numpy.

It is separate from bot.alerts.store (the alert record, its compare-and-set moves and the
release of each text) because choosing the audience reads the subscriber indexes, not the
alert: the composer counts before any alert exists, and the planner selects once."""
from __future__ import annotations

from bot.alerts.schemes import ANY
from bot.store import keys


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

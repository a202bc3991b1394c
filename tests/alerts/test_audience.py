"""Selecting an alert's recipients per channel: circles, drawn polygons (GEO bounding
circle + point-in-polygon inside Redis, checked against the Python function), the
whole force area, channel choice; and the approval/schedule moves of the alert model."""
from __future__ import annotations

import math
import random

import pytest

from bot.alerts import areas, lifecycle, selection, store, subscribers
from bot.alerts.subscribers import entry, save_join
from bot.store import keys

LAT, LON = 51.232096, -2.463952


def put(redis, m: str, lat: float, lon: float, scheme="NHW", area="X"):
    pipe = redis.pipeline()
    save_join(pipe, m, scheme, entry(area, lat, lon, ["burglary"], 0), None, False)
    pipe.execute()


def test_point_in_polygon_function():
    square = [(0, 0), (0, 1), (1, 1), (1, 0)]
    assert areas.point_in_polygon(0.5, 0.5, square)
    assert not areas.point_in_polygon(1.5, 0.5, square) and not areas.point_in_polygon(0.5, -0.1, square)
    concave = [(0, 0), (0, 3), (3, 3), (3, 2), (1, 2), (1, 1), (3, 1), (3, 0)]   # a "C"
    assert areas.point_in_polygon(0.5, 1.5, concave) and not areas.point_in_polygon(2, 1.5, concave)
    assert areas.point_in_polygon(2, 2.5, concave) and areas.point_in_polygon(2, 0.5, concave)


@pytest.mark.parametrize("bad", [[], [[1, 2], [3, 4]], [[0, 0], [1, 1], [2, 2]], [["x", 1], [1, 2], [3, 4]],
                                 [[91, 0], [0, 1], [1, 0]], "nonsense"])
def test_bad_polygons_are_refused_with_a_reason(bad):
    with pytest.raises(areas.BadArea) as exc:
        areas.parse_polygon(bad)
    assert str(exc.value)


def test_polygon_selection_in_redis_matches_the_python_test(redis):
    rng = random.Random(7)
    points = {}
    for i in range(3000):
        lat, lon = LAT + rng.uniform(-0.05, 0.05), LON + rng.uniform(-0.08, 0.08)
        m = f"{i:032x}"
        points[m] = (lat, lon)
    pipe = redis.pipeline()
    for m, (lat, lon) in points.items():
        save_join(pipe, m, "NHW", entry("X", lat, lon, ["burglary"], 0), None, False)
    pipe.execute()
    stored = dict(zip(points, redis.geopos(keys.scheme_geo("NHW", "*"), *points)))
    for trial in range(5):
        n = rng.randint(3, 12)
        ring = [(LAT + rng.uniform(-0.04, 0.04), LON + rng.uniform(-0.06, 0.06)) for _ in range(n)]
        expected = {m for m, (lon, lat) in stored.items() if areas.point_in_polygon(lat, lon, ring)}
        got = selection.audience(redis, {"id": f"t{trial}", "schemes": ["NHW"], "categories": [],
                                     "polygon": [list(p) for p in ring]}, "dest")
        members = {m.decode() for m in redis.zrange("dest", 0, -1)}
        assert members == expected and got["sms"] == len(expected)


def test_channels_area_wide_and_dedupe(services, redis):
    inside, outside = f"{1:032x}", f"{2:032x}"
    put(redis, inside, LAT, LON)
    put(redis, "m" + f"{3:032x}", LAT + 0.001, LON)
    put(redis, "v" + f"{4:032x}", LAT, LON + 0.001)
    put(redis, outside, LAT + 0.5, LON)
    put(redis, inside, LAT, LON, scheme="FARMWATCH")                           # two schemes: once
    pipe = redis.pipeline()
    save_join(pipe, f"{5:032x}", "NHW", entry("ALL", None, None, ["burglary"], 0), None, False)   # area-wide
    pipe.execute()
    square = [[LAT - 0.01, LON - 0.01], [LAT - 0.01, LON + 0.01], [LAT + 0.01, LON + 0.01], [LAT + 0.01, LON - 0.01]]
    target = {"id": "c", "schemes": ["NHW", "FARMWATCH"], "categories": [], "polygon": square}
    assert selection.count_by_channel(redis, target) == {"sms": 2, "email": 1, "voice": 1}
    assert selection.count_by_channel(redis, {**target, "channels": ["email", "voice"]}) == {"sms": 0, "email": 1,
                                                                                       "voice": 1}
    circle = {"id": "c", "schemes": ["NHW"], "categories": ["burglary"], "radius_m": 1000, "lat": LAT, "lon": LON}
    assert selection.count_by_channel(redis, circle) == {"sms": 2, "email": 1, "voice": 1}
    assert selection.count_by_channel(redis, {"id": "c", "schemes": ["NHW"], "categories": []})["sms"] == 3
    assert not redis.keys("*tmp*")


# -- the alert model's moves ---------------------------------------------------------------
def new_alert(services, **extra) -> str:
    alert_id = store.new_id(services.redis)
    pipe = services.redis.pipeline()
    store.save(pipe, {"id": alert_id, "state": "preview", "officer": "staff:author", "schemes": ["NHW"],
                      "categories": [], "radius_m": None, "lat": None, "lon": None, "body": "x", "segments": 1,
                      "channels": ["sms"], "created_at": 0, **extra})
    pipe.execute()
    return alert_id


def test_approval_moves_are_compare_and_set(services, redis):
    a = new_alert(services)
    assert lifecycle.submit_for_approval(services, a, "staff:author") == "pending_approval"
    with pytest.raises(lifecycle.Refused, match="other than its author"):
        lifecycle.approve(services, a, "staff:author")
    with pytest.raises(lifecycle.Refused, match="reason"):
        lifecycle.reject(services, a, "staff:super", "  ")
    assert lifecycle.reject(services, a, "staff:super", "Wrong area") == "rejected"
    with pytest.raises(lifecycle.Refused, match="rejected"):
        lifecycle.approve(services, a, "staff:super")
    loaded = store.load(redis, a)
    assert loaded["rejected_reason"] == "Wrong area" and loaded["rejected_by"] == "staff:super"
    assert not redis.zscore(keys.ALERTS_PENDING_APPROVAL, a)


def test_approve_queues_the_plan_in_the_same_transaction(services, redis):
    a = new_alert(services)
    lifecycle.submit_for_approval(services, a, "staff:author")
    audited = []
    assert lifecycle.approve(services, a, "staff:super", "ok", also=lambda pipe: audited.append(pipe)) == "queued"
    assert audited and redis.sismember(keys.ALERTS_IN_FLIGHT, a)
    assert services.queues["tipline-alerts"].fetch_job(f"alert-plan-{a}") is not None


def test_schedule_then_release_once_when_due(services, redis):
    a = new_alert(services)
    with pytest.raises(lifecycle.Refused, match="future"):
        lifecycle.schedule(services, a, 10, now=100)
    at = 10_000_000_000
    assert lifecycle.schedule(services, a, at, "staff:author") == "scheduled"
    assert lifecycle.release_due(services, now=at - 60) == []
    assert store.state(redis, a) == "scheduled"
    assert lifecycle.release_due(services, now=at + 1) == [a]
    assert lifecycle.release_due(services, now=at + 2) == []
    assert store.state(redis, a) == "queued" and not redis.zscore(keys.ALERTS_SCHEDULED, a)


def test_needs_approval_setting():
    assert not lifecycle.needs_approval({"ALERT_APPROVAL_SCHEMES": ""}, ["NHW"])
    assert lifecycle.needs_approval({"ALERT_APPROVAL_SCHEMES": "ALL"}, ["NHW"])
    assert lifecycle.needs_approval({"ALERT_APPROVAL_SCHEMES": "farmwatch"}, ["NHW", "FARMWATCH"])
    assert not lifecycle.needs_approval({"ALERT_APPROVAL_SCHEMES": "FARMWATCH"}, ["NHW"])


def test_member_shapes():
    p = f"{9:032x}"
    assert [subscribers.channel_of(subscribers.member(c, p)) for c in subscribers.CHANNELS] == ["sms", "email",
                                                                                               "voice"]
    assert keys.alert_send_parts(keys.alert_send("A-1", "v" + p)) == ("A-1", "v" + p)


def test_geohash_decode_matches_geopos_and_array_test_matches_scalar(redis):
    rng = random.Random(3)
    pts = {f"p{i}": (LAT + rng.uniform(-0.2, 0.2), LON + rng.uniform(-0.3, 0.3)) for i in range(500)}
    redis.geoadd("g", [x for m, (lat, lon) in pts.items() for x in (lon, lat, m)])
    rows = redis.zrange("g", 0, -1, withscores=True)
    lats, lons = areas.geohash_decode([s for _, s in rows])
    for (m, _), lat, lon, (plon, plat) in zip(rows, lats, lons, redis.geopos("g", *[m for m, _ in rows])):
        assert abs(lat - plat) < 1e-9 and abs(lon - plon) < 1e-9
    ring = [(LAT - 0.1, LON - 0.2), (LAT + 0.15, LON), (LAT - 0.1, LON + 0.2), (LAT, LON)]
    arr = areas.points_in_polygon(lats, lons, ring).tolist()
    assert arr == [areas.point_in_polygon(a, b, ring) for a, b in zip(lats, lons)] and 0 < sum(arr) < len(arr)


def test_console_draft_composes_the_sms_and_refuses_bad_input(services, redis):
    from bot.alerts import compose

    square = [[LAT - 0.01, LON - 0.01], [LAT - 0.01, LON + 0.01], [LAT + 0.01, LON + 0.01]]
    a = lifecycle.create_draft(services, "staff:1", schemes=["farm watch"], categories=["#livestock"],
                               polygon=square, text="Sheep   worrying  reported", channels=["sms", "email"])
    assert a["state"] == "preview" and a["schemes"] == ["FARMWATCH"] and a["categories"] == ["livestock"]
    assert a["body"].startswith("Farm Watch alert: Sheep worrying reported Ref: CAD-") and a["segments"] >= 1
    assert a["polygon"] == square and a["channels"] == ["sms", "email"]
    assert selection.count_by_channel(redis, a) == {"sms": 0, "email": 0, "voice": 0}
    for bad in ({"schemes": []}, {"schemes": ["NOPE"]}, {"categories": ["horse"]}, {"channels": ["fax"]},
                {"text": "   "}, {"polygon": [[0, 0], [1, 1]]}, {"circle": (LAT, LON, 10)}):
        kw = {"schemes": ["FARMWATCH"], "text": "x", **bad}
        with pytest.raises((compose.BadAlert, areas.BadArea)) as exc:
            lifecycle.create_draft(services, "staff:1", **kw)
        assert str(exc.value)


def _random_world(redis, rng: random.Random, n: int) -> None:
    """n contacts around BA3 5QE in Neighbourhood and Farm Watch (some in both, some
    area-wide, random categories and channels), written by the real join code."""
    nhw, farm = ["burglary", "vehicle", "scam", "asb"], ["rural", "livestock", "machinery", "wildlife"]
    pipe = redis.pipeline()
    for i in range(n):
        m = subscribers.member(rng.choice(subscribers.CHANNELS), f"{i:032x}")
        wide = rng.random() < 0.1
        lat, lon = LAT + rng.uniform(-0.1, 0.1), LON + rng.uniform(-0.15, 0.15)
        for scheme, cats in (("NHW", nhw), ("FARMWATCH", farm)):
            if rng.random() < 0.6:
                e = entry(subscribers.AREA_WIDE if wide else "X", None if wide else lat, None if wide else lon,
                          rng.sample(cats, rng.randint(0, 2)), 0)
                save_join(pipe, m, scheme, e, None, False)
    pipe.execute()


def test_count_only_path_matches_the_full_selection(redis):
    """The composer's count-only path (nothing written) against the selection the plan
    job makes, over random residents, areas, schemes, categories and channels."""
    rng = random.Random(12)
    _random_world(redis, rng, 3000)
    targets = [{"schemes": ["NHW"], "categories": [], "channels": []},
               {"schemes": ["NHW", "FARMWATCH"], "categories": [], "channels": ["email"]},
               {"schemes": ["FARMWATCH"], "categories": ["rural", "wildlife"], "channels": ["sms", "voice"]}]
    areas = [{}, {"radius_m": 50.0, "lat": LAT, "lon": LON}]
    for _ in range(6):
        areas.append({"radius_m": rng.uniform(300, 12000), "lat": LAT + rng.uniform(-0.05, 0.05),
                      "lon": LON + rng.uniform(-0.05, 0.05)})
        c_lat, c_lon = LAT + rng.uniform(-0.05, 0.05), LON + rng.uniform(-0.05, 0.05)
        corners = sorted((rng.uniform(0, 6.28), rng.uniform(0.005, 0.08)) for _ in range(rng.randint(3, 9)))

        areas.append({"polygon": [[c_lat + r * math.sin(a), c_lon + 1.6 * r * math.cos(a)] for a, r in corners]})
    checked = 0
    for n, target in enumerate(targets):
        for area in areas:
            t = {"id": f"A-{n}", **target, **area}
            fast = selection.count_by_channel(redis, t)
            assert fast == selection.count_by_selecting(redis, t), t
            checked += sum(fast.values())
    assert checked > 10_000          # the areas are not all empty
    assert not redis.keys("*:tmp:*")    # nothing left behind


def test_count_only_polygon_against_python(redis):
    rng = random.Random(5)
    _random_world(redis, rng, 1500)
    ring = [(LAT - 0.04, LON - 0.06), (LAT - 0.04, LON + 0.06), (LAT + 0.01, LON + 0.06), (LAT, LON),
            (LAT + 0.04, LON + 0.02), (LAT + 0.04, LON - 0.06)]
    key = keys.scheme_geo("NHW", "*")
    members = [m.decode() for m in redis.zrange(key, 0, -1)]
    inside = [m for m, (lon, lat) in zip(members, redis.geopos(key, *members)) if areas.point_in_polygon(lat, lon, ring)]
    wide = {m.decode() for m in redis.smembers(keys.scheme_area_wide("NHW", "*"))}
    expected = {ch: sum(1 for m in set(inside) | wide if subscribers.channel_of(m) == ch) for ch in selection.CHANNELS}
    assert selection.count_by_channel(redis, {"schemes": ["NHW"], "categories": [], "polygon": ring}) == expected
    assert 0 < expected["sms"] < len(members)


def test_geohash_ranges_hold_the_box():
    rng = random.Random(3)
    for _ in range(200):
        lat, lon = rng.uniform(-80, 80), rng.uniform(-179, 179)
        h, w = rng.choice([1e-4, 0.01, 0.3, 5]) * rng.random(), rng.choice([1e-4, 0.01, 0.3, 5]) * rng.random()
        ranges = areas.geohash_ranges(lat, lat + h, lon, lon + w, per_axis=rng.choice([2, 8]))
        assert 1 <= len(ranges) <= 64 and all(lo < hi for lo, hi in ranges)
        for _ in range(20):
            p_lat, p_lon = lat + rng.random() * h, lon + rng.random() * w
            score = areas._interleave(int((p_lat + 85.05112878) / 170.10225756 * (1 << 26)),
                                    int((p_lon + 180) / 360 * (1 << 26)))
            assert any(lo <= score < hi for lo, hi in ranges)

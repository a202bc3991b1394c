"""Select + queue a polygon alert to 100,000 subscribers with a mix of channels (target p50 < 1 s).

Seeds N verified residents around BA3 5QE, each with one contact (60% SMS, 25% email,
15% voice by default: bench/alerts_env.seed_mixed), then for a drawn polygon (a
concave hexagon about 5 km across) times (a) the composer's live count per channel
(selection.count_by_channel: count-only, geohash ranges of the bounding box read raw, the
point-in-polygon test and the channel count in numpy; and, in the same run, the full
selection into a scratch set it replaced, selection.count_by_selecting)
and (b) the planning job SEND/approve enqueues (the same selection frozen into the
alert's recipient set, chunks counted, drain jobs queued). Nothing is sent.

    .venv/bin/python bench/bench_alert_polygon.py [--n 100000] [--repeat 7]
"""
from __future__ import annotations

import argparse
import statistics
import time

from alerts_env import POLYGON, AlertBench, seed_mixed


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=100_000)
    ap.add_argument("--repeat", type=int, default=7)
    args = ap.parse_args()
    bench = AlertBench(rate=100)
    try:
        from bot.alerts import areas, fanout, selection, store
        from bot.messaging import queues
        from bot.store import keys

        t = time.perf_counter()
        contacts = seed_mixed(bench.svc, args.n, {"sms": 0.6, "email": 0.25, "voice": 0.15})
        print(f"seeded {args.n} residents in {time.perf_counter() - t:.1f}s: "
              + ", ".join(f"{ch} {len(v)}" for ch, v in contacts.items()))
        redis = bench.svc.redis
        counts, befores, plans = [], [], []
        for _ in range(args.repeat):
            alert_id = store.new_id(redis)
            alert = {"id": alert_id, "state": "queued", "officer": "bench", "schemes": ["NHW"], "categories": [],
                     "polygon": POLYGON, "area": "drawn", "text": "Bench", "body": "Bench alert. Ref: X.",
                     "incident": "X", "segments": 1, "created_at": time.time()}
            pipe = redis.pipeline()
            store.save(pipe, alert)
            pipe.execute()
            t = time.perf_counter()
            per_channel = selection.count_by_channel(redis, alert)
            counts.append(time.perf_counter() - t)
            t = time.perf_counter()
            assert selection.count_by_selecting(redis, alert) == per_channel
            befores.append(time.perf_counter() - t)
            t = time.perf_counter()
            with bench.app.app_context():
                total = fanout.plan_alert(alert_id)
            plans.append(time.perf_counter() - t)
            assert total == sum(per_channel.values()) == redis.zcard(keys.alert_recipients(alert_id))
            bench.svc.queues[queues.ALERTS].empty()
        ring = areas.parse_polygon(POLYGON)
        inside = sum(1 for lon, lat in (p for p in redis.geopos(keys.scheme_geo("NHW", "*"),
                                                                 *[m for m in redis.zrange(keys.scheme_geo("NHW", "*"), 0, -1)]))
                     if areas.point_in_polygon(lat, lon, ring))
        print(f"recipients in the polygon: {total} ({per_channel}); Python point-in-polygon check: {inside}")
        print(f"count per channel (composer): p50 {statistics.median(counts) * 1000:.0f} ms  "
              f"max {max(counts) * 1000:.0f} ms   (count-only path)")
        print(f"  same, full selection before: p50 {statistics.median(befores) * 1000:.0f} ms  "
              f"max {max(befores) * 1000:.0f} ms")
        print(f"select + queue (plan job):    p50 {statistics.median(plans) * 1000:.0f} ms  "
              f"max {max(plans) * 1000:.0f} ms   (target < 1000 ms)")
    finally:
        bench.stop()


if __name__ == "__main__":
    main()

"""Selecting and queueing an alert to 100,000 subscribers within a radius (target < 2 s).

Seeds N synthetic Neighbourhood Watch subscribers within a few km of BA3 5QE, then
times (a) the preview count an officer's ALERT does and (b) the planning job an
officer's SEND enqueues: GEOSEARCHSTORE + ZUNIONSTORE into the alert's frozen
recipient set, chunk count, and enqueueing the drain jobs. Nothing is sent.

    .venv/bin/python bench/bench_alert_select.py [--n 100000] [--repeat 3]
"""
from __future__ import annotations

import statistics
import time

from alerts_env import seeded_bench, size_args


def main() -> None:
    args = size_args(repeat=3)
    bench = seeded_bench(args.n)
    try:
        from bot.alerts import fanout, selection, store
        from bot.messaging import queues
        from bot.store import keys

        previews, plans = [], []
        for _ in range(args.repeat):
            alert = bench.confirmed_alert("Two men seen trying car doors on Church Lane, Farrington Gurney")
            t = time.perf_counter()
            count = selection.count(bench.svc.redis, alert)
            previews.append(time.perf_counter() - t)
            t = time.perf_counter()
            with bench.app.app_context():
                total = fanout.plan_alert(alert["id"])
            plans.append(time.perf_counter() - t)
            a = store.load(bench.svc.redis, alert["id"])
            queued_jobs = bench.svc.queues[queues.ALERTS].count
            assert count == total == a["total"] == bench.svc.redis.zcard(keys.alert_recipients(alert["id"]))
            bench.svc.queues[queues.ALERTS].empty()
        print(f"recipients within 5km: {total}  chunks: {a['chunks']}  drain jobs queued: {queued_jobs}")
        print(f"preview count (ALERT):         median {statistics.median(previews) * 1000:.0f} ms  "
              f"max {max(previews) * 1000:.0f} ms")
        print(f"select + queue (SEND -> plan): median {statistics.median(plans) * 1000:.0f} ms  "
              f"max {max(plans) * 1000:.0f} ms   (target < 2000 ms)")
    finally:
        bench.stop()


if __name__ == "__main__":
    main()

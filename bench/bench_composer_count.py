"""The alert composer's live count (GET /console/alerts/count): how long the server takes to
read the form and count the recipients per channel, for a radius and for a drawn polygon,
with N synthetic subscribers around BA3 5QE. Prints p50/p95 over the repeats.

    .venv/bin/python bench/bench_composer_count.py [--n 100000] [--repeat 20]
"""
from __future__ import annotations

import argparse
import statistics
import time

from alerts_env import LAT, LON, AlertBench
from werkzeug.datastructures import MultiDict


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=100_000)
    ap.add_argument("--repeat", type=int, default=20)
    args = ap.parse_args()
    bench = AlertBench(rate=100)
    try:
        t = time.perf_counter()
        bench.seed(args.n)
        print(f"seeded {args.n} subscribers in {time.perf_counter() - t:.1f}s")
        from bot.alerts import targeting
        from bot.console import alerts

        d = 0.02
        square = f"{LAT - d},{LON - d};{LAT - d},{LON + d};{LAT + d},{LON + d};{LAT + d},{LON - d}"
        forms = {
            "radius 2km around BA3 5QE": {"schemes": "NHW", "area": "postcode", "postcode": "BA3 5QE", "radius": "2km"},
            "polygon ~2.8 x 4.4 km": {"schemes": "NHW", "area": "polygon", "points": square},
            "whole force area": {"schemes": "NHW", "area": "all"},
        }
        with bench.app.test_request_context():
            for name, fields in forms.items():
                times, n = [], 0
                for _ in range(args.repeat):
                    t = time.perf_counter()
                    composed = alerts.read_form(MultiDict(fields), bench.app.config, need_text=False)
                    n = targeting.count_by_channel(bench.svc.redis, composed)["people"]
                    times.append(time.perf_counter() - t)
                times.sort()
                print(f"{name:28s} {n:7d} contacts  p50 {statistics.median(times) * 1000:6.1f} ms  "
                      f"p95 {times[int(len(times) * 0.95) - 1] * 1000:6.1f} ms")
    finally:
        bench.stop()


if __name__ == "__main__":
    main()

"""The alert composer's live count (GET /console/alerts/count): how long the server takes to
read the form and count the recipients per channel, for a radius and for a drawn polygon,
with N synthetic subscribers around BA3 5QE. Prints p50/p95 over the repeats, for the
count-only path the composer uses (selection.count_by_channel) and, in the same run on the
same data, for the full selection into a scratch set it replaced (selection.count_by_selecting).

    .venv/bin/python bench/bench_composer_count.py [--n 100000] [--repeat 20]
"""
from __future__ import annotations

import statistics
import time

from alerts_env import LAT, LON, seeded_bench, size_args
from werkzeug.datastructures import MultiDict


def main() -> None:
    args = size_args(repeat=20)
    bench = seeded_bench(args.n)
    try:
        from bot.alerts import selection, targeting
        from bot.console import alert_composer

        d = 0.02
        square = f"{LAT - d},{LON - d};{LAT - d},{LON + d};{LAT + d},{LON + d};{LAT + d},{LON - d}"
        forms = {
            "radius 2km around BA3 5QE": {"schemes": "NHW", "area": "postcode", "postcode": "BA3 5QE", "radius": "2km"},
            "polygon ~2.8 x 4.4 km": {"schemes": "NHW", "area": "polygon", "points": square},
            "whole force area": {"schemes": "NHW", "area": "all"},
        }
        with bench.app.test_request_context():
            for name, fields in forms.items():
                composed = alert_composer.read_form(MultiDict(fields), bench.app.config, need_text=False)
                target = {"id": "bench", **composed.selection()}
                for label, fn in (("count-only", None), ("full selection (before)", selection.count_by_selecting)):
                    times, n = [], 0
                    for _ in range(args.repeat):
                        t = time.perf_counter()
                        if fn is None:     # what GET /console/alerts/count does: read the form, count
                            composed = alert_composer.read_form(MultiDict(fields), bench.app.config, need_text=False)
                            n = targeting.count_by_channel(bench.svc.redis, composed)["people"]
                        else:
                            composed = alert_composer.read_form(MultiDict(fields), bench.app.config, need_text=False)
                            n = sum(fn(bench.svc.redis, target).values())
                        times.append(time.perf_counter() - t)
                    times.sort()
                    print(f"{name:28s} {label:24s} {n:7d} contacts  p50 {statistics.median(times) * 1000:6.1f} ms  "
                          f"p95 {times[int(len(times) * 0.95) - 1] * 1000:6.1f} ms", flush=True)
    finally:
        bench.stop()


if __name__ == "__main__":
    main()

"""Alerts per language (issue 14): what knowing each recipient's language costs.
- the composer's count per language (targeting.count_by_language: the audience's members
  read back and each one's language looked up, bot.alerts.resident_prefs.languages_of), beside
  the per-channel count it goes with, for N synthetic subscribers around BA3 5QE;
- the fan-out's lookup for one chunk (``languages_of`` over ALERT_CHUNK_SIZE members), done
  only for alerts that have a text in another language;
- the SMS ALERT preview's language line (bot.alerts.commands._language_lines: the same count per
  language, for an alert composed by text, around BA3 5QE and force-wide), which ALERT and ADD
  add to their answer when LANGUAGES has more than one language.
Prints p50/p95 over the repeats.

    .venv/bin/python bench/bench_alert_languages.py [--n 100000] [--repeat 10]
"""
from __future__ import annotations

import statistics
import time

from alerts_env import seeded_bench, size_args
from werkzeug.datastructures import MultiDict


def _p(times: list[float]) -> str:
    times = sorted(times)
    return (f"p50 {statistics.median(times) * 1000:7.1f} ms  "
            f"p95 {times[max(0, int(len(times) * 0.95) - 1)] * 1000:7.1f} ms")


def main() -> None:
    args = size_args(repeat=10)
    bench = seeded_bench(args.n)
    try:
        from bot.alerts import resident_prefs, targeting
        from bot.console import alert_composer

        redis, cfg = bench.svc.redis, bench.app.config
        forms = {"radius 2km around BA3 5QE": {"schemes": "NHW", "area": "postcode", "postcode": "BA3 5QE",
                                               "radius": "2km"},
                 "whole force area": {"schemes": "NHW", "area": "all"}}
        with bench.app.test_request_context():
            for name, fields in forms.items():
                composed = alert_composer.read_form(MultiDict(fields), cfg, need_text=False)
                by_channel, by_lang = [], []
                for _ in range(args.repeat):
                    t = time.perf_counter()
                    people = targeting.count_by_channel(redis, composed)["people"]
                    by_channel.append(time.perf_counter() - t)
                    t = time.perf_counter()
                    langs = targeting.count_by_language(redis, composed, cfg)
                    by_lang.append(time.perf_counter() - t)
                print(f"{name:26s} {people:7d} contacts  per channel {_p(by_channel)} | per language "
                      f"{_p(by_lang)} {langs}")
        size = int(cfg.get("ALERT_CHUNK_SIZE") or 500)
        members = [m.decode() for m in redis.zrange(redis.keys("tl:alerts:*:geo:NHW:*")[0], 0, size - 1)]
        times = []
        for _ in range(args.repeat * 5):
            t = time.perf_counter()
            resident_prefs.languages_of(redis, members)
            times.append(time.perf_counter() - t)
        print(f"fan-out lookup for one chunk of {len(members)} members: {_p(times)}")
        from types import SimpleNamespace

        from bot.alerts import commands, geo

        turn, place = SimpleNamespace(config=cfg, redis=redis), geo.locate("BA3 5QE")
        for name, near in (("SMS ALERT 2km BA3 5QE", True), ("SMS ALERT ALL", False)):
            record = {"id": "A-0", "schemes": ["NHW"], "categories": [], "radius_m": 2000 if near else None,
                      "lat": place.lat if near else None, "lon": place.lon if near else None}
            times = []
            for _ in range(args.repeat):
                t = time.perf_counter()
                lines = commands._language_lines(turn, {"lang": "en"}, record)
                times.append(time.perf_counter() - t)
            print(f"{name:26s} language line {_p(times)} {lines}")
    finally:
        bench.stop()


if __name__ == "__main__":
    main()

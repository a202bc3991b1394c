"""Dispatch an alert against the local Twilio-compatible server at a configured rate.

Rate 100 segments/s for 60 s by default: seeds rate*seconds/segments subscribers,
confirms one alert to all of them, runs W rq worker processes (``flask --app wsgi
worker``) sharing the Redis token bucket, and prints the achieved rate (over the
whole send, and after the bucket's initial one-second burst), duplicates (messages
counted per (to, body)) and missed recipients. Stops by itself (timeout).

    .venv/bin/python bench/bench_dispatch.py [--rate 100] [--seconds 60] [--workers 3]
"""
from __future__ import annotations

import argparse
import time

from alerts_env import AlertBench


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rate", type=float, default=100)
    ap.add_argument("--seconds", type=float, default=60)
    ap.add_argument("--workers", type=int, default=3)
    ap.add_argument("--chunk", type=int, default=100)
    args = ap.parse_args()
    bench = AlertBench(rate=args.rate, chunk_size=args.chunk)
    try:
        from bot.alerts import fanout

        # Recipients are selected when the plan job runs, so seeding after composing is fine.
        alert = bench.confirmed_alert("Two men seen trying car doors on Church Lane. Please check your car.")
        n = int(args.rate * args.seconds / alert["segments"])
        bench.seed(n)
        print(f"{n} recipients, {alert['segments']} segment(s) per text, rate {args.rate:g} segments/s, "
              f"{args.workers} workers")
        for _ in range(args.workers):
            bench.start_worker()
        time.sleep(3)  # workers import the app (spaCy) before the clock starts
        fanout.enqueue_plan(bench.svc, alert["id"])
        done = bench.wait_done(alert["id"], timeout_s=args.seconds * 2 + 60)
        with bench.twilio.lock:
            times = sorted(r["at"] for r in bench.twilio.requests if r["method"] == "POST")
        sent_segments = len(times) * alert["segments"]
        span = times[-1] - times[0] if len(times) > 1 else float("nan")
        burst = int(args.rate / alert["segments"])  # the bucket starts full: one second's worth at once
        steady = (len(times) - burst) * alert["segments"] / (times[-1] - times[burst]) if len(times) > burst + 1 else float("nan")
        dupes, missed, strangers = bench.duplicates_and_missed(bench.numbers(n))
        print(f"finished: {done}   texts sent: {len(times)}   elapsed: {span:.1f}s")
        print(f"achieved rate: {sent_segments / span:.1f} segments/s overall, {steady:.1f} after the initial burst "
              f"({steady / args.rate * 100:.1f}% of {args.rate:g})")
        per_s = [0] * (int(span) + 1)
        for t in times:
            per_s[int(t - times[0])] += alert["segments"]
        print("segments per second:", " ".join(str(c) for c in per_s))
        print(f"duplicates: {dupes}   missed: {missed}   unexpected recipients: {strangers}")
    finally:
        bench.stop()


if __name__ == "__main__":
    main()

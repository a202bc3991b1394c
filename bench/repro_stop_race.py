"""STOP during an alert: does any alert text reach Twilio after that number's STOP was answered?

N subscribers get an alert at a real long-code rate (2 segments/s by default); once
the first text has gone, every one of them texts STOP (through the real inbound
pipeline: saved and answered). deliver() must check the opt-out at the moment it
claims the send, after its wait on the token bucket, so no text should reach the
Twilio-compatible server after its recipient's STOP was answered.

    .venv/bin/python bench/repro_stop_race.py [--n 40] [--rate 2] [--log worker.log]
"""
from __future__ import annotations

import argparse
import time
import uuid

from alerts_env import AlertBench, DurableRedisServer


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=40)
    ap.add_argument("--rate", type=float, default=2)
    ap.add_argument("--log", default=None, help="the worker's log file")
    args = ap.parse_args()
    bench = AlertBench(rate=args.rate, chunk_size=500, redis_server=DurableRedisServer().start(),
                       extra={"LOG_LEVEL": "ERROR"})
    try:
        from bot.alerts import fanout
        from bot.web.inbound import handle_inbound

        bench.seed(args.n)
        alert = bench.confirmed_alert("Car break-ins on Church Lane overnight. Please lock your car.")
        bench.start_worker(log_path=args.log)
        time.sleep(8)   # the worker imports the app (spaCy)
        fanout.enqueue_plan(bench.svc, alert["id"])
        while not bench.twilio.messages:
            time.sleep(0.05)
        time.sleep(0.5)
        stopped_at = {}
        with bench.app.app_context():
            for number in sorted(bench.numbers(args.n)):
                replies = handle_inbound(bench.svc, number, "STOP", [], "SM" + uuid.uuid4().hex)
                assert "no more texts" in replies[0], replies
                stopped_at[number] = time.time()   # the STOP is saved and answered
        print(f"{args.n} subscribers texted STOP (all answered) after {len(bench.twilio.messages)} alert text(s) "
              "had gone")
        bench.wait_done(alert["id"], timeout_s=120)
        with bench.twilio.lock:
            late = [(r["form"]["To"], r["at"] - stopped_at[r["form"]["To"]]) for r in bench.twilio.requests
                    if r["method"] == "POST" and r["form"].get("To") in stopped_at
                    and r["at"] > stopped_at[r["form"]["To"]]]
        print(f"alert texts that reached Twilio after that number's STOP was answered: {len(late)}")
        for to, delay in late:
            print(f"    ...{to[-4:]}: {delay:.2f} s after the STOP answer")
    finally:
        bench.stop()


if __name__ == "__main__":
    main()

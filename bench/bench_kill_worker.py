"""kill -9 a worker in the middle of a 10,000-recipient alert, start another: 0 duplicates, 0 missed?

One rq worker process (``flask --app wsgi worker``: worker, work horse and scheduler)
sends the alert; when about a third has gone out the whole process group is killed
with SIGKILL (a crashed machine: mid-POST, mid-chunk, leases still held). A new
worker starts at once. Recovery in this app does not wait for rq: the chunk leases
of the dead worker expire (ALERT_CHUNK_LEASE_SECONDS) and the new worker's watcher
takes those chunks over; deliver() asks the Twilio API whether a text claimed but
not recorded went out before sending it again. The killed job itself stays in rq's
StartedJobRegistry until its heartbeat expires; --rq-cleanup waits for that and runs
rq's registry cleanup to show the retried job finds the work done.

    .venv/bin/python bench/bench_kill_worker.py [--n 10000] [--rate 500] [--kill-at 0.33] [--rq-cleanup]
    .venv/bin/python bench/bench_kill_worker.py --mixed [--n 10000]

``--mixed`` (issue 12): the recipients are 60% SMS, 25% email (a real SMTP server on
127.0.0.1) and 15% voice (calls answered by the fake's signed callbacks after 0.3 s),
all in one alert; the worker is killed when a third of all sends are out, and
duplicates and misses are counted per channel (email: per address, and per
Message-ID: a resend after a kill between the SMTP server's 250 and our record
carries the same Message-ID).
"""
from __future__ import annotations

import argparse
import time

from alerts_env import AlertBench


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=10_000)
    ap.add_argument("--rate", type=float, default=500)
    ap.add_argument("--kill-at", type=float, default=0.33)
    ap.add_argument("--rq-cleanup", action="store_true")
    ap.add_argument("--mixed", action="store_true")
    args = ap.parse_args()
    if args.mixed:
        return mixed(args)
    bench = AlertBench(rate=args.rate, chunk_size=500)
    try:
        from bot.alerts import fanout
        from bot.store import keys

        bench.seed(args.n)
        alert = bench.confirmed_alert("Two men seen trying car doors on Church Lane. Please check your car.")
        first = bench.start_worker()
        time.sleep(3)
        fanout.enqueue_plan(bench.svc, alert["id"])
        target = int(args.n * args.kill_at)
        deadline = time.monotonic() + 120
        while len(bench.twilio.messages) < target and time.monotonic() < deadline:
            time.sleep(0.01)
        bench.kill9(first)
        killed_at, sent_at_kill = time.monotonic(), len(bench.twilio.messages)
        claimed = [k for k in bench.svc.redis.scan_iter(match=keys.outbound(keys.alert_send(alert["id"], "*")),
                                                         count=5000)
                   if bench.svc.redis.hget(k, "state") == b"claimed"]
        print(f"killed -9 the worker after {sent_at_kill} of {args.n} texts; "
              f"{len(claimed)} text(s) left claimed mid-send")
        bench.start_worker()
        done = bench.wait_done(alert["id"], timeout_s=args.n / args.rate * 3 + 180)
        recovered_in = time.monotonic() - killed_at
        dupes, missed, strangers = bench.duplicates_and_missed(bench.numbers(args.n))
        print(f"finished: {done}   texts sent: {len(bench.twilio.messages)}   "
              f"recovery after the kill: {recovered_in:.1f}s")
        print(f"duplicates: {dupes}   missed: {missed}   unexpected recipients: {strangers}")
        if args.rq_cleanup:
            _show_rq_cleanup(bench)
    finally:
        bench.stop()


def mixed(args) -> None:
    import threading
    from collections import Counter

    from alerts_env import seed_mixed
    from werkzeug.serving import make_server

    from tests.fakes.smtp_server import SmtpServer

    smtp = SmtpServer().start()
    bench = AlertBench(rate=args.rate, chunk_size=250, extra={
        "SMTP_URL": smtp.url, "SMTP_STARTTLS": "off", "ALERT_EMAIL_FROM": "alerts@bench.test",
        "EMAIL_RATE_PER_SECOND": str(args.rate / 2), "VOICE_CALLS_IN_PARALLEL": "20", "VOICE_CALL_MAX_SECONDS": "60"})
    import logging

    logging.getLogger("werkzeug").setLevel(logging.WARNING)
    server = make_server("127.0.0.1", 0, bench.app, threaded=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    bench.twilio.drive_calls(f"http://127.0.0.1:{server.server_port}", bench.settings["PUBLIC_BASE_URL"],
                             [("ringing", 0.0), ("in-progress", 0.05), ("completed", 0.3)])
    try:
        from bot.alerts import fanout

        want = seed_mixed(bench.svc, args.n, {"sms": 0.6, "email": 0.25, "voice": 0.15})
        alert = bench.confirmed_alert("Two men seen trying car doors on Church Lane. Please check your car.")

        def sends() -> int:
            return len(bench.twilio.messages) + len(smtp.envelopes) + len(bench.twilio.calls)

        first = bench.start_worker()
        time.sleep(3)
        fanout.enqueue_plan(bench.svc, alert["id"])
        target = int(args.n * args.kill_at)
        deadline = time.monotonic() + 300
        while sends() < target and time.monotonic() < deadline:
            time.sleep(0.01)
        bench.kill9(first)
        killed_at = time.monotonic()
        print(f"killed -9 the worker after {sends()} of {args.n} sends (sms {len(bench.twilio.messages)}, "
              f"email {len(smtp.envelopes)}, voice {len(bench.twilio.calls)})")
        bench.start_worker()
        done = bench.wait_done(alert["id"], timeout_s=args.n / args.rate * 6 + 300)
        time.sleep(1)
        print(f"finished: {done}   recovery after the kill: {time.monotonic() - killed_at:.1f}s")
        got = {"sms": Counter(m["to"] for m in bench.twilio.messages),
               "email": Counter(e["to"][0] for e in smtp.envelopes),
               "voice": Counter(c["to"] for c in bench.twilio.calls)}
        for ch, c in got.items():
            dupes = sum(v - 1 for v in c.values() if v > 1)
            print(f"{ch:5s}: {sum(c.values()):5d} sent to {len(c):5d} of {len(want[ch]):5d}   duplicates {dupes}   "
                  f"missed {len(want[ch] - set(c))}   unexpected {len(set(c) - want[ch])}")
        ids = Counter(m["Message-ID"] for m in smtp.messages)
        print(f"email Message-IDs: {len(ids)} distinct, {sum(v - 1 for v in ids.values() if v > 1)} repeated")
    finally:
        server.shutdown()
        bench.stop()
        smtp.stop()


def _show_rq_cleanup(bench) -> None:
    from rq.registry import StartedJobRegistry

    from bot.messaging import queues

    q = bench.svc.queues[queues.ALERTS]
    reg = StartedJobRegistry(queue=q)
    print(f"rq: {len(reg.get_job_ids(cleanup=False))} job(s) of the dead worker in StartedJobRegistry; "
          "waiting for their heartbeat to expire (about 90 s) ...")
    deadline = time.monotonic() + 200
    while reg.get_job_ids(cleanup=False) and time.monotonic() < deadline:
        reg.cleanup()
        time.sleep(5)
    before = len(bench.twilio.messages)
    time.sleep(5)  # the retried job runs on the live worker
    print(f"rq cleanup re-enqueued the abandoned job; texts sent by it: {len(bench.twilio.messages) - before}")


if __name__ == "__main__":
    main()

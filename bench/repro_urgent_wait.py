"""An urgent-tip notification queued during an alert fan-out: how long does it wait?

An alert to N subscribers at a real long-code rate (10 segments/s by default) runs on
W rq worker processes; ``--urgent-at`` seconds in, a notification to a duty officer is
queued on the urgent queue. Prints how long it took to reach the Twilio-compatible
server, and how long the alert took from its planning job to its last text.

    .venv/bin/python bench/repro_urgent_wait.py [--n 1000] [--rate 10] [--workers 2] [--urgent-at 10]
        [--mixed]

``--mixed``: the alert also goes to --emails email contacts (a real SMTP server on
127.0.0.1, 2 emails/s) and --calls voice contacts (2 calls in parallel, each holding its
slot for 15 s: no status callbacks), so every drain job also has an email lane and a
voice lane waiting for call slots while the urgent notification waits.
"""
from __future__ import annotations

import argparse
import time

from alerts_env import AlertBench, DurableRedisServer

OFFICER = "+447700900501"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=1000)
    ap.add_argument("--rate", type=float, default=10)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--urgent-at", type=float, default=10)
    ap.add_argument("--slice", type=float, default=None, help="ALERT_SLICE_SECONDS (default: the app's)")
    ap.add_argument("--log", default=None, help="worker log file prefix (one file per worker)")
    ap.add_argument("--mixed", action="store_true", help="email and voice contacts too (channel lanes)")
    ap.add_argument("--emails", type=int, default=200)
    ap.add_argument("--calls", type=int, default=20)
    args = ap.parse_args()
    smtp = None
    extra = {}
    if args.mixed:
        from tests.fakes.smtp_server import SmtpServer

        smtp = SmtpServer().start()
        extra = {"SMTP_URL": smtp.url, "SMTP_STARTTLS": "off", "ALERT_EMAIL_FROM": "alerts@bench.test",
                 "EMAIL_RATE_PER_SECOND": "2", "VOICE_CALLS_IN_PARALLEL": "2", "VOICE_CALL_MAX_SECONDS": "15"}
    bench = AlertBench(rate=args.rate, chunk_size=500, redis_server=DurableRedisServer().start(),
                       extra={"LOG_LEVEL": "ERROR", "OFFICER_PIN_REQUIRED": "false", **extra,
                              **({"ALERT_SLICE_SECONDS": str(args.slice)} if args.slice else {})})
    try:
        from rq import Worker

        from bot.alerts import fanout, store
        from bot.messaging import outbound, queues
        from bot.officers import registry
        from bot.privacy.redact import SafeText

        bench.seed(args.n)
        if args.mixed:
            from alerts_env import seed_mixed

            others = seed_mixed(bench.svc, args.emails, {"email": 1})["email"]
            others |= seed_mixed(bench.svc, args.calls, {"voice": 1}, landline_base=441761000000)["voice"]
        officer, _ = registry.add(bench.svc, phone=OFFICER, name="PC Duty", role="officer")
        alert = bench.confirmed_alert("Car break-ins on Church Lane overnight. Please lock your car and keep "
                                      "valuables out of sight.")
        for i in range(args.workers):
            bench.start_worker(log_path=f"{args.log}{i}.log" if args.log else None)
        while Worker.count(connection=bench.svc.redis) < args.workers:
            time.sleep(0.5)
        time.sleep(2)
        t_alert = time.time()
        fanout.enqueue_plan(bench.svc, alert["id"])
        time.sleep(args.urgent_at)
        t_queued = time.time()
        outbound.queue_text(bench.svc, officer["pseudonym"], SafeText.system("URGENT T-TEST: someone is in danger now"),
                            "repro-urgent-1", kind="urgent", queue=queues.URGENT)
        # However long it takes (before the fix: the whole alert), up to three times the alert's ideal time.
        give_up = t_queued + args.n * alert["segments"] / args.rate * 3 + 120
        while not bench.twilio.sent_to(OFFICER) and time.time() < give_up:
            time.sleep(0.05)
        urgent_sent = bench.twilio.sent_to(OFFICER)
        waited = time.time() - t_queued
        bench.wait_done(alert["id"], timeout_s=max(0.0, give_up - time.time()) + 10)
        done = float(store.load(bench.svc.redis, alert["id"]).get("finished_at") or 0)
        with bench.twilio.lock:
            alert_posts = sorted(r["at"] for r in bench.twilio.requests
                                 if r["method"] == "POST" and r["path"].endswith("/Messages.json")
                                 and r["form"].get("To") != OFFICER)
        dupes, missed, strangers = bench.duplicates_and_missed(bench.numbers(args.n) | {OFFICER})
        print(f"alert to {args.n} ({alert['segments']} segment(s) each) at {args.rate:g} segments/s on "
              f"{args.workers} worker(s); urgent notification queued {args.urgent_at:g} s in, "
              + (f"sent after {waited:.1f} s" if urgent_sent else f"NOT sent after {waited:.1f} s"))
        print(f"alert: finished {done - t_alert:.1f} s after it was queued; first to last text "
              f"{alert_posts[-1] - alert_posts[0]:.1f} s; ideal {args.n * alert['segments'] / args.rate:.1f} s")
        print(f"duplicates: {dupes}   missed: {missed}   unexpected recipients: {strangers}")
        if smtp is not None:
            from collections import Counter

            got = Counter([e["to"][0] for e in smtp.envelopes] + [c["to"] for c in bench.twilio.calls])
            print(f"emails {len(smtp.envelopes)} of {args.emails}, calls {len(bench.twilio.calls)} of {args.calls}: "
                  f"duplicates {sum(v - 1 for v in got.values() if v > 1)}, missed {len(others - set(got))}")
    finally:
        bench.stop()
        if smtp is not None:
            smtp.stop()


if __name__ == "__main__":
    main()

"""Dispatch one alert by SMS, email and voice at once against each channel's configured rate.

Seeds residents with one contact each: SMS enough for --seconds at --sms-rate
segments/s, email for --seconds at --email-rate emails/s, voice for --seconds at
--calls-in-parallel calls of --call-seconds each (calls/s = parallel / duration).
A real SMTP server (aiosmtpd) and the Twilio-compatible server run on 127.0.0.1;
the fake posts each call's signed status callbacks (ringing, in-progress,
completed after --call-seconds) to the app served here, which frees the call's
slot. W rq worker processes send. Prints per channel: sent, achieved rate after the
bucket's first second (calls: over the whole span), duplicates, missed, and when its
first and last sends arrived (the channels go side by side: each about --seconds).

    .venv/bin/python bench/bench_dispatch_channels.py [--seconds 30] [--sms-rate 100] [--email-rate 50]
        [--calls-in-parallel 10] [--call-seconds 2] [--workers 3]
"""
from __future__ import annotations

import argparse
import threading
import time
from collections import Counter

from alerts_env import AlertBench, seed_mixed
from werkzeug.serving import make_server

from tests.fakes.smtp_server import SmtpServer


def steady_rate(times: list[float], burst: int) -> float:
    times = sorted(times)
    if len(times) <= burst + 1:
        return float("nan")
    return (len(times) - 1 - burst) / (times[-1] - times[burst])


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--seconds", type=float, default=30)
    ap.add_argument("--sms-rate", type=float, default=100)
    ap.add_argument("--email-rate", type=float, default=50)
    ap.add_argument("--calls-in-parallel", type=int, default=10)
    ap.add_argument("--call-seconds", type=float, default=2.0)
    ap.add_argument("--workers", type=int, default=3)
    ap.add_argument("--chunk", type=int, default=100)
    args = ap.parse_args()
    smtp = SmtpServer().start()
    bench = AlertBench(rate=args.sms_rate, chunk_size=args.chunk, extra={
        "SMTP_URL": smtp.url, "SMTP_STARTTLS": "off", "ALERT_EMAIL_FROM": "ASP alerts <alerts@bench.test>",
        "EMAIL_RATE_PER_SECOND": str(args.email_rate), "VOICE_CALLS_IN_PARALLEL": str(args.calls_in_parallel),
        "VOICE_CALL_MAX_SECONDS": "120"})
    import logging

    logging.getLogger("werkzeug").setLevel(logging.WARNING)
    server = make_server("127.0.0.1", 0, bench.app, threaded=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    bench.twilio.drive_calls(f"http://127.0.0.1:{server.server_port}", bench.settings["PUBLIC_BASE_URL"],
                             [("ringing", 0.0), ("in-progress", 0.1), ("completed", args.call_seconds)])
    try:
        from bot.alerts import fanout

        alert = bench.confirmed_alert("Two men seen trying car doors on Church Lane. Please check your car.")
        n_sms = int(args.sms_rate * args.seconds / alert["segments"])
        n_email = int(args.email_rate * args.seconds)
        call_rate = args.calls_in_parallel / args.call_seconds
        n_voice = int(call_rate * args.seconds)
        want = {}
        want.update(seed_mixed(bench.svc, n_sms, {"sms": 1}, base=447100000000))
        want["email"] = seed_mixed(bench.svc, n_email, {"email": 1})["email"]
        want["voice"] = seed_mixed(bench.svc, n_voice, {"voice": 1}, landline_base=441761000000)["voice"]
        print(f"recipients: sms {n_sms} ({alert['segments']} segment(s), {args.sms_rate:g} segments/s), "
              f"email {n_email} ({args.email_rate:g}/s), voice {n_voice} ({args.calls_in_parallel} in parallel x "
              f"{args.call_seconds:g} s = {call_rate:g} calls/s); {args.workers} workers")
        for _ in range(args.workers):
            bench.start_worker()
        from rq import Worker

        while Worker.count(connection=bench.svc.redis) < args.workers:   # started (they load the NLP pipeline)
            time.sleep(0.2)
        time.sleep(2)
        t0 = time.time()
        fanout.enqueue_plan(bench.svc, alert["id"])
        done = bench.wait_done(alert["id"], timeout_s=args.seconds * 6 + 120)
        t_done = time.time()
        time.sleep(args.call_seconds + 1)     # the last calls' status callbacks
        print(f"finished: {done} in {t_done - t0:.1f}s after the plan was queued")
        with bench.twilio.lock:
            sms = [(m["to"], m["body"]) for m in bench.twilio.messages]
            sms_t = [r["at"] for r in bench.twilio.requests if r["path"].endswith("/Messages.json")
                     and r["method"] == "POST"]
            calls = [(c["to"], c["at"]) for c in bench.twilio.calls]
        with smtp.lock:
            mails = [(e["to"][0], e["at"]) for e in smtp.envelopes]
        rows = {
            "sms": ([t for t, _ in sms], sms_t, args.sms_rate / alert["segments"], int(args.sms_rate)),
            "email": ([t for t, _ in mails], [a for _, a in mails], args.email_rate, int(args.email_rate)),
            "voice": ([t for t, _ in calls], [a for _, a in calls], call_rate, 0),
        }
        for ch, (tos, times, rate, burst) in rows.items():
            c = Counter(tos)
            dupes = sum(v - 1 for v in c.values() if v > 1)
            missed = len(want[ch] - set(c))
            got = steady_rate(times, burst)
            span = f"{min(times) - t0:5.1f}-{max(times) - t0:5.1f} s" if times else "-"
            print(f"{ch:5s}: sent {len(tos):5d}  achieved {got:7.2f}/s of {rate:g}/s ({got / rate * 100:5.1f}%)  "
                  f"duplicates {dupes}  missed {missed}  first-last {span} after the plan was queued")
        every = [t for _tos, times, _r, _b in rows.values() for t in times]
        if every:
            print(f"all channels: first send {min(every) - t0:.1f} s, last {max(every) - t0:.1f} s after the plan "
                  f"was queued: {max(every) - min(every):.1f} s of sending (ideal: --seconds, {args.seconds:g})")
        from bot.alerts import tally

        print("dashboard:", tally.by_channel(bench.svc.redis, alert["id"]))
    finally:
        server.shutdown()
        bench.stop()
        smtp.stop()


if __name__ == "__main__":
    main()

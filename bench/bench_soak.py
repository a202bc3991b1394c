"""Soak: a mixed load for N minutes against gunicorn + rq workers, Redis restarted once.

What runs (all on this machine):
- a real Redis server with AOF (appendonly yes, appendfsync everysec, noeviction) in a temp dir;
- gunicorn -w 2 serving wsgi:app; two rq workers (``flask --app wsgi worker``), restarted 2 s
  after they exit, as systemd's Restart=always/RestartSec=2 in deploy/ does;
- the Twilio-compatible fake server (tests/fakes/twilio_server.py), which records every text sent.

The load, for the whole run (texts signed with Twilio's RequestValidator, as Twilio sends them):
- tipsters, each a new phone, texting a tip in 3-4 texts and SEND, paced at --rate texts/s;
- an officer relaying ``R T-xxxx ...`` to a filed tip every --relay-every s; the tipster answers
  about half of them a few seconds later (forwarded to the officer by the app);
- at --alert-at of the run: ``ALERT NHW 5km BA3 5QE ...`` and ``SEND A-n`` (CONFIRM if asked) to
  --subscribers seeded subscribers, then --stops of them text STOP (and variants) within
  --storm-seconds while the alert is fanning out;
- at --restart-at of the run: Redis SHUTDOWN (AOF fsynced) and started again --down-seconds later.
  A text that meets the outage is spooled and answered "We have your text but cannot deal with it just
  now ... no need to send it again", so the phone does not text again (only a text with no answer at
  all, a 5xx or a dropped connection, is retyped). After the load: ``flask --app wsgi spool-replay``, then wait for the
  queues to drain.

Measured: texts offered/answered; lost texts (an inbound MessageSid with no reply-cache key after
the replay: never processed); duplicates (the same (to, body) received twice by the fake Twilio);
alert texts that reached Twilio after that number's STOP was answered; relays and forwards queued
vs delivered, and their order; spool count before/after; RSS of gunicorn and each rq worker process
tree and Redis used_memory every --sample-seconds; webhook throughput and p50/p99 latency; load average.

    .venv/bin/python bench/bench_soak.py [--minutes 10] [--rate 8] [--subscribers 3000] [--stops 400]
                                         [--down-seconds 2] [--out bench/out/soak-<time>]

Logs (gunicorn, workers, Redis, spool-replay) and a JSON of every text go to --out.

The drain after the load waits until every abandoned draft is filed by its idle check, which needs
rq's scheduler: after a Redis restart rq runs none for up to ~10 minutes (its scheduler process dies
on the connection error and a worker restarts it only in its 10-minute maintenance), so even a
``--minutes 2`` run can take about 15 minutes in all. The report shows that gap (rq scheduler line).
"""
from __future__ import annotations

import argparse
import json
import os
import random
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import requests
import soak_results
from alerts_env import ROOT, TOKEN, AlertBench, DurableRedisServer
from soak_load import OFFICER_PHONE, STOP_VARIANTS, SUB_BASE, Pacer, SoakLoad
from soak_watch import SoakWatch, proc_tree
from twilio.request_validator import RequestValidator

from tests.fakes.redis_server import free_port


class Soak(SoakLoad, SoakWatch):
    """One soak run: the processes (Redis, gunicorn, rq workers and their supervisor), the clock
    and the run's record; the load is SoakLoad's (soak_load.py), the watching SoakWatch's
    (soak_watch.py), the figures soak_results.py's."""

    def __init__(self, args):
        self.args = args
        self.rng = random.Random(args.seed)
        self.rng_lock = threading.Lock()
        self.out = Path(args.out)
        self.out.mkdir(parents=True, exist_ok=True)
        self.duration = args.minutes * 60
        self.stop_load = threading.Event()
        self.stopping = threading.Event()
        self.records: list[dict] = []
        self.rec_lock = threading.Lock()
        self.filed: list[tuple[str, str]] = []          # (tip_id, tipster phone)
        self.filed_lock = threading.Lock()
        self.abandoned: list[str] = []                   # phones that never texted SEND
        self.sched: list[tuple[float, int, int]] = []    # (t, overdue scheduled jobs, scheduler locks)
        self.tipster_seq = 0
        self.events: list[tuple[float, str]] = []
        self.samples: list[dict] = []
        self.worker_exits: list[dict] = []
        self.answer_timers: list[threading.Timer] = []
        self.alert_id: str | None = None
        self.validator = RequestValidator(TOKEN)
        self.local = threading.local()

    # ---- set-up ----
    def start(self) -> None:
        a = self.args
        self.redis_server = DurableRedisServer(log_path=str(self.out / "redis.log")).start()
        self.bench = AlertBench(rate=a.send_rate, chunk_size=500, redis_server=self.redis_server, extra={
            "LOG_LEVEL": "ERROR", "OFFICER_PIN_REQUIRED": "false",
            "PSEUDONYM_KEY": "soak-bench-pseudonym-key-0123456789abcdef",
            "DRAFT_IDLE_MINUTES": str(a.idle_minutes)})
        self.svc = self.bench.svc
        self.settings = self.bench.settings
        self.instance = self.settings["INSTANCE_PATH"]
        self.twilio = self.bench.twilio
        t = time.perf_counter()
        self.bench.seed(a.subscribers, spread_km=3.0, base=SUB_BASE)
        from bot.officers import registry

        registry.add(self.svc, phone=OFFICER_PHONE, name="PC Soak", badge="4521", role="officer")
        print(f"seeded {a.subscribers} subscribers and 1 officer in {time.perf_counter() - t:.1f}s", flush=True)
        from bot.web import compliance

        self.stop_variants = [v for v in STOP_VARIANTS if compliance.is_opt_out(v)]
        self.stop_variants_refused = [v for v in STOP_VARIANTS if v not in self.stop_variants]
        self.start_gunicorn()
        self.all_workers: list[subprocess.Popen] = []
        self.workers = [self.start_worker(i) for i in range(a.rq_workers)]
        self.supervisor = threading.Thread(target=self.supervise, daemon=True)
        self.supervisor.start()
        from rq import Worker

        deadline = time.monotonic() + 120   # each worker loads the NLP pipeline before it registers
        while Worker.count(connection=self.svc.redis) < a.rq_workers and time.monotonic() < deadline:
            time.sleep(0.5)
        time.sleep(2)   # and starts its scheduler (one of them gets the locks)

    def env(self) -> dict:
        return {**os.environ, **self.settings, "PYTHONPATH": str(ROOT)}

    def start_gunicorn(self) -> None:
        port = free_port()
        self.url = f"http://127.0.0.1:{port}"
        log = open(self.out / "gunicorn.log", "ab")
        self.gunicorn = subprocess.Popen(
            [str(ROOT / ".venv" / "bin" / "gunicorn"), "-w", str(self.args.web_workers), "-b", f"127.0.0.1:{port}",
             "--log-level", "info", "wsgi:app"],
            cwd=ROOT, env=self.env(), stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
        log.close()
        deadline = time.monotonic() + 180
        while time.monotonic() < deadline:
            try:
                if requests.get(self.url + "/healthz", timeout=2).status_code == 200 and \
                        len(proc_tree(self.gunicorn.pid)) > self.args.web_workers:
                    break
            except requests.RequestException:
                pass
            time.sleep(0.5)
        else:
            raise RuntimeError("gunicorn did not start")
        time.sleep(2)   # let the second worker finish loading the NLP pipeline

    def start_worker(self, i: int) -> subprocess.Popen:
        proc = self.bench.start_worker(log_path=str(self.out / f"worker-{i}.log"))
        self.all_workers.append(proc)
        return proc

    def supervise(self) -> None:
        """systemd's Restart=always, RestartSec=2 for the rq workers."""
        while not self.stopping.is_set():
            for i, proc in enumerate(self.workers):
                rc = proc.poll()
                if rc is not None and not self.stopping.is_set():
                    self.worker_exits.append({"worker": i, "at": self.t(), "rc": rc})
                    self.event(f"rq worker {i} (pid {proc.pid}) exited with {rc}; restarting in 2 s")
                    time.sleep(2)
                    self.workers[i] = self.start_worker(i)
            time.sleep(0.5)

    # ---- helpers ----
    def t(self) -> float:
        return time.time() - self.t0

    def event(self, what: str) -> None:
        self.events.append((self.t(), what))
        print(f"[{self.t():6.1f}s] {what}", flush=True)

    # ---- run ----
    def run(self) -> None:
        self.start()
        self.t0 = time.time()
        self.load_end = time.monotonic() + self.duration
        self.event(f"load starts: {self.args.minutes:g} min, {self.args.rate:g} tip texts/s, "
                   f"gunicorn {self.url} -w {self.args.web_workers}, {self.args.rq_workers} rq workers")
        threading.Thread(target=self.sampler, daemon=True).start()
        threading.Thread(target=self.scheduler_probe, daemon=True).start()
        pacer = Pacer(self.args.rate, random.Random(self.args.seed + 1))
        actors = [threading.Thread(target=self.tipster, args=(pacer,), daemon=True)
                  for _ in range(self.args.tipster_threads)]
        actors += [threading.Thread(target=self.officer, daemon=True),
                   threading.Thread(target=self.restart_redis, daemon=True)]
        for th in actors:
            th.start()
        while time.monotonic() < self.load_end:
            time.sleep(0.5)
        self.stop_load.set()
        self.event("load stops; waiting for texts in flight")
        for th in actors:
            th.join(timeout=60)
        for timer in self.answer_timers:
            timer.join(timeout=30)
        self.load_seconds = self.t()
        self.sample()
        self.after_load()

    def after_load(self) -> None:
        from bot.web import spool

        self.spool_before = spool.pending(self.svc.config)
        t = time.perf_counter()
        out = subprocess.run([str(ROOT / ".venv" / "bin" / "flask"), "--app", "wsgi", "spool-replay"], cwd=ROOT,
                             env=self.env(), capture_output=True, text=True, timeout=600)
        (self.out / "spool-replay.log").write_text(out.stdout + out.stderr)
        self.replay_out = (out.stdout.strip().splitlines() or ["(no output)"])[-1]
        self.spool_after = spool.pending(self.svc.config)
        self.event(f"spool-replay ({time.perf_counter() - t:.1f}s): {self.replay_out}")
        self.drained = self.wait_drained(self.args.drain_timeout)
        self.drain_seconds = self.t() - self.load_seconds
        self.sample()
        self.probe_once()

    def stop(self) -> None:
        self.stopping.set()
        if getattr(self, "gunicorn", None) and self.gunicorn.poll() is None:
            os.killpg(self.gunicorn.pid, signal.SIGTERM)
            try:
                self.gunicorn.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(self.gunicorn.pid, signal.SIGKILL)
        for proc in getattr(self, "all_workers", []):
            # A worker that quit may have left its work horse running (rq forks one per job): its group.
            if proc.poll() is not None:
                try:
                    os.killpg(proc.pid, signal.SIGTERM)
                except ProcessLookupError:
                    pass
        if getattr(self, "bench", None):
            self.bench.workers = list(getattr(self, "workers", []))
            self.bench.stop()
        elif getattr(self, "redis_server", None):
            self.redis_server.stop()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--minutes", type=float, default=10)
    ap.add_argument("--rate", type=float, default=8, help="tipster texts per second (officer and STOPs on top)")
    ap.add_argument("--tipster-threads", type=int, default=24)
    ap.add_argument("--relay-every", type=float, default=2.0, help="seconds between officer relays (mean)")
    ap.add_argument("--answer-share", type=float, default=0.5, help="share of relays the tipster answers")
    ap.add_argument("--abandon-share", type=float, default=0.1, help="share of tipsters who never text SEND")
    ap.add_argument("--idle-minutes", type=float, default=2, help="DRAFT_IDLE_MINUTES")
    ap.add_argument("--subscribers", type=int, default=3000)
    ap.add_argument("--stops", type=int, default=400)
    ap.add_argument("--storm-seconds", type=float, default=10)
    ap.add_argument("--alert-at", type=float, default=0.2, help="share of the run before the alert")
    ap.add_argument("--restart-at", type=float, default=0.5, help="share of the run before the Redis restart")
    ap.add_argument("--down-seconds", type=float, default=2.0)
    ap.add_argument("--send-rate", type=float, default=100, help="SEND_RATE_SEGMENTS_PER_SECOND")
    ap.add_argument("--web-workers", type=int, default=2)
    ap.add_argument("--rq-workers", type=int, default=2)
    ap.add_argument("--sample-seconds", type=float, default=30)
    ap.add_argument("--drain-timeout", type=float, default=900)
    ap.add_argument("--seed", type=int, default=9)
    ap.add_argument("--out", default=str(ROOT / "bench" / "out" / time.strftime("soak-%Y%m%d-%H%M%S")))
    args = ap.parse_args()
    soak = Soak(args)
    try:
        soak.run()
        res = soak_results.analyse(soak)
        soak_results.report(soak, res)
        with open(Path(args.out) / "texts.json", "w") as fh:
            json.dump(soak.records, fh, default=str)
        with soak.twilio.lock, open(Path(args.out) / "twilio.json", "w") as fh:
            json.dump([{"to": q["form"].get("To"), "body": q["form"].get("Body"), "at": q["at"]}
                       for q in soak.twilio.requests if q["method"] == "POST"], fh)
        with open(Path(args.out) / "run.json", "w") as fh:
            json.dump({"samples": soak.samples, "scheduler": soak.sched, "events": soak.events,
                       "worker_exits": soak.worker_exits, "args": vars(args)}, fh, default=str)
    finally:
        soak.stop()


if __name__ == "__main__":
    sys.exit(main())

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
import re
import signal
import statistics
import subprocess
import sys
import threading
import time
import uuid
from collections import Counter, defaultdict
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from xml.etree import ElementTree

import redis as redis_lib
import requests
from alerts_env import ROOT, TOKEN, AlertBench, DurableRedisServer
from twilio.request_validator import RequestValidator

from tests.fakes.redis_server import free_port

PUBLIC = "https://tips.bench.test"
OFFICER_PHONE = "+447700900501"
TWILIO_TIMEOUT_S = 15          # Twilio gives up on a webhook after 15 s
UNAVAILABLE_MARK = "cannot deal with it just now"
OPTED_OUT_MARK = "You will get no more texts"
SUB_BASE = 447000000000        # seeded subscribers +447000000000 ...
TIPSTER_BASE = 447701000000    # tipsters +447701000001 ...
ALERT_TEXT = "Car break-ins on Church Lane overnight. Please lock your car and keep valuables out of sight."
STOP_VARIANTS = ["STOP", "Stop", "stop", "STOP please", "Stop please", "stop it", "STOP ALERTS", "Stop!!!",
                 "unsubscribe", "\uff33\uff34\uff2f\uff30", "stop texting me", "no more texts",
                 "Please stop texting me", "STOPALL", "stop pls", "Stop. Thanks"]

WHAT = ["a man selling weed from a car", "lads breaking into the sheds", "someone dealing outside the chippy",
        "people fly tipping from a van", "a bloke nicking bikes from the rack", "cannabis smell from the flat above",
        "a car doing doughnuts in the car park", "two men trying car door handles", "kids throwing stones at buses",
        "a woman shoplifting from the Co-op", "someone growing plants in the loft next door",
        "a van parked up with the engine running for hours", "people coming and going from number 14 all night"]
PLACES = ["Church Lane", "the Co-op on High Street", "Radstock Road", "the park by Station Road", "Mill Street",
          "the garages behind Oak Avenue", "Fosseway", "the Red Lion car park", "Frome Road", "Bath Street",
          "the school gates on Combe Hill", "Charlton Road", "the bus stop on Bristol Road", "Waterloo Road"]
WHEN = ["last night about 11pm", "yesterday afternoon", "every Friday around 9", "last Tuesday evening",
        "on Sunday morning about 6am", "two days ago", "most nights this week", "last weekend", "this morning early"]
VEHICLES = ["silver Ford Focus", "black BMW", "white Transit van", "red Vauxhall Corsa", "grey Audi A3",
            "blue Nissan Qashqai", "green Land Rover", "black Mercedes van"]
PEOPLE = ["two lads, one in a grey hoodie", "a tall man with a beard, about 40", "a woman and her boyfriend, {name}",
          "three teenagers on bikes", "a short bloke in a puffer jacket they call {name}", "an older man, bald, {name}",
          "a couple, she has red hair", "a man in a hi vis vest"]
NAMES = ["Dean", "Kyle", "Shane", "Gary", "Tracey", "Jodie", "Wayne", "Darren", "Leanne", "Craig", "Stacey", "Lee"]
MORE = ["they use the back entrance", "SKIP", "there is a dog with them", "a neighbour saw it too",
        "it has been going on for weeks", "SKIP", "they park on the verge", "I can send photos later"]


def plate(rng: random.Random) -> str:
    letters = "ABCDEFGHJKLMNOPRSTVWXY"
    return (f"{rng.choice(letters)}{rng.choice(letters)}{rng.randint(10, 74)} "
            f"{''.join(rng.choice(letters) for _ in range(3))}")


def twiml_messages(xml: str) -> list[str]:
    try:
        root = ElementTree.fromstring(xml)
    except ElementTree.ParseError:
        return ["<unparseable TwiML>"]
    return ["".join(m.itertext()) for m in root.iter("Message")]


def pct(values: list[float], q: float) -> float:
    if not values:
        return 0.0
    values = sorted(values)
    return values[min(len(values) - 1, int(len(values) * q))]


# -- processes ------------------------------------------------------------------------
def proc_tree(pid: int) -> list[int]:
    """pid and all its descendants (from /proc/*/stat)."""
    children = defaultdict(list)
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as fh:
                stat = fh.read()
        except OSError:
            continue
        ppid = int(stat[stat.rindex(")") + 2:].split()[1])
        children[ppid].append(int(entry))
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        out.append(p)
        todo.extend(children.get(p, []))
    return out


def rss_kb(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/status") as fh:
            for line in fh:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def tree_rss_mb(pid: int) -> tuple[float, int]:
    pids = proc_tree(pid)
    return sum(rss_kb(p) for p in pids) / 1024, len(pids)


def loadavg() -> tuple[float, float, float]:
    with open("/proc/loadavg") as fh:
        a, b, c = fh.read().split()[:3]
    return float(a), float(b), float(c)


# -- the load generator --------------------------------------------------------------
class Pacer:
    """Poisson arrivals at ``rate`` per second, shared by all tipster threads (open loop
    as far as the thread count allows; no catch-up burst after a stall)."""

    def __init__(self, rate: float, rng: random.Random):
        self.rate, self.rng, self.lock = rate, rng, threading.Lock()
        self.next = time.monotonic()

    def wait(self, stop: threading.Event) -> bool:
        with self.lock:
            now = time.monotonic()
            self.next = max(self.next, now - 1.0) + self.rng.expovariate(self.rate)
            at = self.next
        while not stop.is_set():
            left = at - time.monotonic()
            if left <= 0:
                return True
            stop.wait(min(left, 0.5))
        return False


class Soak:
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

    def session(self) -> requests.Session:
        s = getattr(self.local, "session", None)
        if s is None:
            s = self.local.session = requests.Session()
        return s

    def text(self, phone: str, body: str, kind: str, **meta) -> dict:
        sid = "SM" + uuid.uuid4().hex
        form = {"From": phone, "To": "+447700900000", "Body": body, "MessageSid": sid, "NumMedia": "0",
                "FromCountry": "GB"}
        sig = self.validator.compute_signature(PUBLIC + "/sms", form)
        rec = {"sid": sid, "from": phone, "body": body, "kind": kind, "sent": time.time(), **meta}
        t0 = time.perf_counter()
        try:
            r = self.session().post(self.url + "/sms", data=form, headers={"X-Twilio-Signature": sig},
                                    timeout=TWILIO_TIMEOUT_S)
            rec["status"] = r.status_code
            rec["replies"] = twiml_messages(r.text) if r.status_code == 200 else []
        except requests.Timeout:
            rec["status"], rec["replies"] = "timeout", []
        except requests.RequestException as exc:
            rec["status"], rec["replies"] = f"error:{type(exc).__name__}", []
            self.local.session = None
        rec["latency"] = time.perf_counter() - t0
        rec["done"] = time.time()
        rec["spooled"] = any(UNAVAILABLE_MARK in m for m in rec["replies"])
        with self.rec_lock:
            self.records.append(rec)
        return rec

    def text_until_taken(self, phone: str, body: str, kind: str, retype_suffix: str = "", **meta) -> dict:
        """Text; with no answer (or not a 200), text again. A spooled text is kept: not retyped."""
        rec = first = self.text(phone, body, kind, **meta)
        tries = 1
        while rec["status"] != 200 and tries < 4 and not self.stopping.is_set():
            time.sleep(2 + self.rand().random() * 2)
            rec = self.text(phone, body + retype_suffix, kind, retype=tries, retype_of=first["sid"], **meta)
            tries += 1
        return rec

    def rand(self) -> random.Random:
        r = getattr(self.local, "rng", None)
        if r is None:
            with self.rng_lock:
                r = self.local.rng = random.Random(self.rng.random())
        return r

    # ---- actors ----
    def tipster(self, pacer: Pacer) -> None:
        rng = self.rand()
        while not self.stop_load.is_set():
            with self.filed_lock:
                self.tipster_seq += 1
                phone = f"+{TIPSTER_BASE + self.tipster_seq}"
            vehicle = f"{rng.choice(VEHICLES)} reg {plate(rng)}"
            script = [f"{rng.choice(WHAT)} at {rng.choice(PLACES)}, {vehicle}".capitalize(),
                      rng.choice(WHEN),
                      rng.choice(PEOPLE).format(name=rng.choice(NAMES) + f" from number {rng.randint(2, 120)}")]
            if rng.random() < 0.5:
                script.append(rng.choice(MORE))
            abandon = rng.random() < self.args.abandon_share   # goes quiet: filed by the idle check
            if abandon:
                script = script[:2 + rng.randint(0, 1)]
            else:
                script.append("SEND")
            for body in script:
                if not pacer.wait(self.stop_load):
                    return
                rec = self.text_until_taken(phone, body, "tip")
                if body == "SEND":
                    m = re.search(r"Your tip is (T-[A-Z0-9]+)", " ".join(rec["replies"]))
                    if m:
                        with self.filed_lock:
                            self.filed.append((m.group(1), phone))
            if abandon and not self.stop_load.is_set():
                with self.filed_lock:
                    self.abandoned.append(phone)

    def officer(self) -> None:
        rng = self.rand()
        n = 0
        next_relay = time.monotonic() + 5
        alert_at = time.monotonic() + self.duration * self.args.alert_at
        while not self.stop_load.is_set():
            if self.alert_id is None and time.monotonic() >= alert_at:
                self.send_alert()
                continue
            wake = min(next_relay, alert_at) if self.alert_id is None else next_relay
            if self.stop_load.wait(max(0.0, wake - time.monotonic())):
                return
            if time.monotonic() < next_relay:
                continue
            next_relay += self.args.relay_every * (0.5 + rng.random())
            with self.filed_lock:
                recent = self.filed[-60:]
            if not recent:
                continue
            tip_id, phone = rng.choice(recent)
            n += 1
            text = f"Q{n}: thanks, which way did they go after {rng.choice(PLACES)}?"
            rec = self.text_until_taken(OFFICER_PHONE, f"R {tip_id} {text}", "relay", " (resent)",
                                        tip=tip_id, tipster=phone, n=n)
            sent = any(m.startswith("Sent to the tipster") for m in rec["replies"])
            if sent and rng.random() < self.args.answer_share and \
                    time.monotonic() + 10 < self.load_end:
                k = n
                timer = threading.Timer(3 + 5 * rng.random(), self.answer, (phone, tip_id, k))
                timer.daemon = True
                self.answer_timers.append(timer)
                timer.start()

    def answer(self, phone: str, tip_id: str, k: int) -> None:
        if self.stop_load.is_set():
            return
        rng = self.rand()
        self.text_until_taken(phone, f"A{k}: towards {rng.choice(PLACES)}, in the {rng.choice(VEHICLES)}",
                              "answer", " (resent)", tip=tip_id)

    def send_alert(self) -> None:
        rec = self.text_until_taken(OFFICER_PHONE, f"ALERT NHW 5km BA3 5QE {ALERT_TEXT}", "alert-cmd")
        m = re.search(r"SEND (A-\d+)( CONFIRM)?", " ".join(rec["replies"]))
        if not m:
            self.event(f"ALERT not previewed: {rec['status']} {rec['replies']}")
            self.alert_id = "none"
            return
        alert_id = m.group(1)
        rec = self.text_until_taken(OFFICER_PHONE, f"SEND {alert_id}{m.group(2) or ''}", "alert-cmd")
        self.alert_id = alert_id
        self.alert_confirmed_at = rec["done"]
        self.event(f"alert {alert_id} sent by SMS{' with CONFIRM' if m.group(2) else ''}: "
                   f"{(rec['replies'] or ['(no reply)'])[0][:90]}")
        threading.Thread(target=self.stop_storm, daemon=True).start()

    def stop_storm(self) -> None:
        rng = self.rand()
        chosen = rng.sample(range(self.args.subscribers), min(self.args.stops, self.args.subscribers))
        start = time.monotonic() + 1.0
        offsets = sorted(rng.uniform(0, self.args.storm_seconds) for _ in chosen)
        self.event(f"STOP storm: {len(chosen)} subscribers over {self.args.storm_seconds:g} s")
        with ThreadPoolExecutor(max_workers=24) as pool:
            for i, off in zip(chosen, offsets):
                delay = start + off - time.monotonic()
                if delay > 0:
                    time.sleep(delay)
                pool.submit(self.text_until_taken, f"+{SUB_BASE + i}", rng.choice(self.stop_variants), "stop")
        self.event("STOP storm: all sent")

    def restart_redis(self) -> None:
        at = self.t0 + self.duration * self.args.restart_at
        while time.time() < at:
            if self.stop_load.wait(0.5):
                return
        self.event("Redis SHUTDOWN (AOF fsynced)")
        self.redis_server.shutdown()
        self.down_at = self.t()
        time.sleep(self.args.down_seconds)
        self.redis_server.start()
        self.up_at = self.t()
        self.event(f"Redis started again on the same port and dir ({self.up_at - self.down_at:.1f} s down)")

    # ---- memory ----
    def sample(self) -> dict:
        web, web_n = tree_rss_mb(self.gunicorn.pid)
        rq = [tree_rss_mb(p.pid) for p in self.workers]
        rq_main = sum(rss_kb(p.pid) for p in self.workers) / 1024
        try:
            r = redis_lib.Redis.from_url(self.settings["REDIS_URL"], socket_timeout=2, retry=None)
            info = r.info("memory")
            used, redis_rss = info["used_memory"] / 2**20, info["used_memory_rss"] / 2**20
            r.close()
        except redis_lib.RedisError:
            used = redis_rss = None
        with self.rec_lock:
            n = len(self.records)
        s = {"t": self.t(), "web_mb": web, "web_procs": web_n, "rq_mb": sum(x[0] for x in rq),
             "rq_procs": sum(x[1] for x in rq), "rq_main_mb": rq_main, "redis_used_mb": used,
             "redis_rss_mb": redis_rss, "load1": loadavg()[0], "texts": n}
        self.samples.append(s)
        return s

    def sampler(self) -> None:
        while not self.stopping.is_set():
            s = self.sample()
            used = f"{s['redis_used_mb']:.1f}" if s["redis_used_mb"] is not None else "down"
            print(f"[{s['t']:6.1f}s] texts {s['texts']:>6}  web {s['web_mb']:.0f} MB ({s['web_procs']} procs)  "
                  f"rq {s['rq_mb']:.0f} MB ({s['rq_procs']} procs, main {s['rq_main_mb']:.0f})  "
                  f"redis used {used} MB  load {s['load1']:.2f}", flush=True)
            if self.stopping.wait(self.args.sample_seconds):
                return

    def scheduler_probe(self) -> None:
        """Every 5 s: jobs scheduled more than 5 s ago and not yet enqueued (rq's scheduler moves them
        within ~1 s when it runs), and how many queues have a scheduler lock."""
        while not self.stopping.is_set():
            self.probe_once()
            if self.stopping.wait(5):
                return

    def probe_once(self) -> None:
        from rq.registry import ScheduledJobRegistry
        from rq.scheduler import RQScheduler

        r = redis_lib.Redis.from_url(self.settings["REDIS_URL"], socket_timeout=2, retry=None)
        try:
            pipe = r.pipeline(transaction=False)
            for name, q in self.svc.queues.items():
                pipe.zcount(ScheduledJobRegistry(queue=q).key, 0, time.time() - 5)
                pipe.exists(RQScheduler.get_locking_key(name))
            got = pipe.execute()
            self.sched.append((self.t(), sum(got[0::2]), sum(got[1::2])))
        except redis_lib.RedisError:
            self.sched.append((self.t(), -1, -1))
        finally:
            r.close()

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

    def pending_jobs(self) -> dict:
        from rq.registry import ScheduledJobRegistry, StartedJobRegistry

        from bot.messaging import queues

        out = {}
        for name in (queues.URGENT, queues.TEXTS, queues.ALERTS):
            q = self.svc.queues[name]
            out[name] = (len(q), StartedJobRegistry(queue=q).count, ScheduledJobRegistry(queue=q).count)
        return out

    def wait_drained(self, timeout_s: float) -> bool:
        deadline = time.monotonic() + timeout_s
        last = 0.0
        while time.monotonic() < deadline:
            try:
                jobs = self.pending_jobs()
                alert_state = self.bench.state(self.alert_id) if self.alert_id not in (None, "none") else "done"
            except redis_lib.RedisError:
                time.sleep(1)
                continue
            busy = sum(sum(v) for v in jobs.values())
            drafts = self.drafts_left()
            if not busy and alert_state in ("done", "halted") and not drafts:
                self.event("queues drained")
                return True
            if time.monotonic() - last > 15:
                self.event(f"waiting for the workers: alert {alert_state}, idle drafts not filed yet {drafts}, "
                           "(queued, started, scheduled) " + ", ".join(f"{k.split('-')[1]} {v}" for k, v in jobs.items()))
                last = time.monotonic()
            time.sleep(1)
        self.event("queues NOT drained before the timeout")
        return False

    def drafts_left(self) -> int:
        """Abandoned drafts (the phone never texted SEND) not yet filed as partial tips."""
        from bot.store import conversations, keys

        pipe = self.svc.redis.pipeline(transaction=False)
        for phone in self.abandoned:
            pipe.get(keys.conversation(self.svc.identity.pseudonym(phone)))
        convs = [conversations.decode(c) for c in pipe.execute()]
        return sum(1 for c in convs if c and self.svc.flows.is_draft(c))

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

    # ---- results ----
    def analyse(self) -> dict:
        from bot.alerts import tally
        from bot.store import keys

        redis, identity = self.svc.redis, self.svc.identity
        recs = self.records
        pseudo = {}
        for r in recs:
            if r["from"] not in pseudo:
                pseudo[r["from"]] = identity.pseudonym(r["from"])
        pipe = redis.pipeline(transaction=False)
        for r in recs:
            pipe.get(keys.reply_cache(pseudo[r["from"]], r["sid"]))
        cached = pipe.execute()
        for r, c in zip(recs, cached):
            r["processed"] = c is not None
            r["cached_replies"] = json.loads(c) if c is not None else None
        res: dict = {}
        res["offered"] = len(recs)
        res["by_kind"] = Counter(r["kind"] for r in recs)
        res["status"] = Counter(str(r["status"]) for r in recs)
        res["ok"] = sum(r["status"] == 200 for r in recs)
        res["spooled_answers"] = sum(r["spooled"] for r in recs)
        res["retyped"] = sum(bool(r.get("retype")) for r in recs)
        lost = [r for r in recs if not r["processed"]]
        # A spooled text is processed at replay AND the phone texted it again, as the answer asked.
        retyped_ok = {r["retype_of"] for r in recs if r.get("retype_of") and r["processed"] and not r["spooled"]}
        res["doubled"] = Counter(r["kind"] for r in recs if r["spooled"] and r["processed"] and
                                 (r.get("retype_of") or r["sid"]) in retyped_ok)
        res["lost"] = lost
        lat = [r["latency"] for r in recs if r["status"] == 200]
        res["p50_ms"], res["p99_ms"], res["max_ms"] = 1000 * pct(lat, .5), 1000 * pct(lat, .99), 1000 * max(lat)
        res["rate"] = res["offered"] / self.load_seconds
        outage = [r["latency"] for r in recs if r["status"] == 200 and self.down_window(r)]
        res["outage_texts"] = len(outage)
        res["outage_p50_ms"], res["outage_max_ms"] = 1000 * pct(outage, .5), 1000 * max(outage or [0])

        with self.twilio.lock:
            messages = list(self.twilio.messages)
            posts = [q for q in self.twilio.requests if q["method"] == "POST"]
        sent = Counter((m["to"], m["body"]) for m in messages)
        res["outbound"] = len(messages)
        res["duplicates"] = {k: c for k, c in sent.items() if c > 1}

        # relays and forwards: queued = the officer's/tipster's text was processed with the "sent"/"added" reply
        first_at = {}
        for q in posts:
            first_at.setdefault((q["form"].get("To"), q["form"].get("Body")), q["at"])
        relays = [r for r in recs if r["kind"] == "relay" and r["processed"]
                  and any(x.startswith("Sent to the tipster") for x in r["cached_replies"])]
        res["relays_refused"] = sum(1 for r in recs if r["kind"] == "relay" and r["processed"]
                                    and not any(x.startswith("Sent to the tipster") for x in r["cached_replies"]))
        relay_body = {}
        for r in relays:
            text = " ".join(r["body"].split(" ", 2)[2].split())
            relay_body[r["sid"]] = (r["tipster"], f"{self.settings['FORCE_NAME']} re {r['tip']}: {text}")
        res["relays_queued"] = len(relays)
        res["relays_delivered"] = sum(1 for k in relay_body.values() if k in sent)
        res["relays_missing"] = [relay_body[r["sid"]] + (r["sid"],) for r in relays if relay_body[r["sid"]] not in sent]
        live = [r for r in relays if not r["spooled"]]   # spooled ones are queued at replay, not when answered
        res["relays_replayed"] = len(relays) - len(live)
        relay_lat = [first_at[relay_body[r["sid"]]] - r["done"] for r in live if relay_body[r["sid"]] in first_at]
        res["relay_p50_s"], res["relay_max_s"] = pct(relay_lat, .5), max(relay_lat or [0])
        # relays answered while the alert was fanning out (they used to wait for the whole alert, both
        # workers on drain jobs; drain jobs now work in slices of ALERT_SLICE_SECONDS)
        res["relay_windows"] = {}
        if self.alert_id not in (None, "none"):
            from bot.alerts import store as alert_store

            fin = float(alert_store.load(redis, self.alert_id).get("finished_at") or 0)
            windows = {"during the alert": (self.alert_confirmed_at, fin),
                       "Redis restart +60 s": (self.t0 + getattr(self, "down_at", -1e9),
                                               self.t0 + getattr(self, "up_at", -1e9) + 60)}
            for name, (lo, hi) in windows.items():
                lat = [first_at[relay_body[r["sid"]]] - r["done"] for r in live
                       if lo <= r["done"] <= hi and relay_body[r["sid"]] in first_at]
                res["relay_windows"][name] = (len(lat), pct(lat, .5), max(lat or [0]))
        # per tipster, relays arrive in the order the officer's texts were processed
        order_bad = 0
        by_tipster = defaultdict(list)
        for r in live:
            if relay_body[r["sid"]] in first_at:
                by_tipster[r["tipster"]].append((r["done"], first_at[relay_body[r["sid"]]]))
        for items in by_tipster.values():
            items.sort()
            arrivals = [a for _, a in items]
            order_bad += sum(1 for x, y in zip(arrivals, arrivals[1:]) if y < x)
        res["relays_out_of_order"] = order_bad
        answers = [r for r in recs if r["kind"] == "answer" and r["processed"]
                   and any(x.startswith("Added to your tip") for x in r["cached_replies"])]
        fwd = {r["sid"]: (OFFICER_PHONE, f"Tipster re {r['tip']}: {r['body'].strip()}") for r in answers}
        res["forwards_queued"] = len(fwd)
        res["forwards_delivered"] = sum(1 for k in fwd.values() if k in sent)
        res["forwards_missing"] = [k for k in fwd.values() if k not in sent]

        # the alert and the STOP storm
        res["alert"] = None
        if self.alert_id not in (None, "none"):
            from bot.alerts import store

            a = store.load(redis, self.alert_id)
            body = a["body"]
            subs = {f"+{SUB_BASE + i}" for i in range(self.args.subscribers)}
            got = Counter(m["to"] for m in messages if m["body"] == body)
            stops = [r for r in recs if r["kind"] == "stop"]
            answered = {}
            for r in stops:
                if any(OPTED_OUT_MARK in m for m in r["replies"]):
                    answered.setdefault(r["from"], r["done"])
            late = []
            for q in posts:
                to = q["form"].get("To")
                if q["form"].get("Body") == body and to in answered and q["at"] > answered[to]:
                    rec = redis.hgetall(keys.outbound(keys.alert_send(self.alert_id, pseudo.get(to) or
                                                                      identity.pseudonym(to))))
                    claimed = float(rec.get(b"claimed_at", 0) or 0)
                    late.append({"to": to[-4:], "post_after_stop_ms": 1000 * (q["at"] - answered[to]),
                                 "claimed_before_stop_answer_ms": 1000 * (answered[to] - claimed)})
            stopped = {r["from"] for r in stops}
            res["alert"] = {
                "id": self.alert_id, "state": a["state"], "total": a.get("total"), "segments": a.get("segments"),
                "recipients_texted": len(got), "texts": sum(got.values()),
                "missed": len(subs - stopped - set(got)), "strangers": len(set(got) - subs),
                "tally": tally.counts(redis, self.alert_id), "stops": len(stops),
                "stops_answered": len(answered), "stoppers_texted": len(stopped & set(got)),
                "late": late, "body_chars": len(body),
                "seconds": (float(a.get("finished_at") or 0) - self.alert_confirmed_at) if a.get("finished_at") else None,
            }
        from rq.registry import FailedJobRegistry

        res["failed_jobs"] = {name: FailedJobRegistry(queue=q).count for name, q in self.svc.queues.items()}
        res["tips_filed"] = len(self.filed)
        res["abandoned"] = len(self.abandoned)
        res["abandoned_unfiled"] = self.drafts_left()
        gl = (self.out / "gunicorn.log").read_text(errors="replace")
        res["gunicorn_timeouts"] = gl.count("WORKER TIMEOUT")
        res["gunicorn_boots"] = gl.count("Booting worker")
        return res

    def down_window(self, r: dict) -> bool:
        if not hasattr(self, "down_at"):
            return False
        start, end = self.t0 + self.down_at, self.t0 + self.up_at
        return r["sent"] <= end and r["done"] >= start

    def report(self, res: dict) -> None:
        a = self.args
        loads = [s["load1"] for s in self.samples]
        print("\n=== soak: figures ===")
        print(f"machine: {os.cpu_count()} cores; load average (1 min) during the run: min {min(loads):.2f}, "
              f"mean {statistics.fmean(loads):.2f}, max {max(loads):.2f}")
        print(f"run: {a.minutes:g} min of load ({self.load_seconds:.0f} s), then spool replay and drain "
              f"({self.drain_seconds:.0f} s, drained: {self.drained}); out dir {self.out}")
        kinds = ", ".join(f"{k} {v}" for k, v in sorted(res["by_kind"].items()))
        print(f"texts offered: {res['offered']} ({res['rate']:.1f}/s: {kinds})")
        others = {k: v for k, v in res["status"].items() if k != "200"}
        print(f"answered 200: {res['ok']} (of which 'could not take your text', spooled: {res['spooled_answers']}); "
              f"answered otherwise: {sum(others.values())} {dict(others) or ''}; texted again by the phone: "
              f"{res['retyped']}")
        print(f"webhook latency (200s): p50 {res['p50_ms']:.0f} ms, p99 {res['p99_ms']:.0f} ms, "
              f"max {res['max_ms']:.0f} ms; during the Redis outage ({res['outage_texts']} texts): "
              f"p50 {res['outage_p50_ms']:.0f} ms, max {res['outage_max_ms']:.0f} ms")
        print(f"LOST texts (MessageSid never processed): {len(res['lost'])}")
        for r in res["lost"][:20]:
            print(f"    {r['kind']:<9} at {r['sent'] - self.t0:7.1f}s status {r['status']} spooled {r['spooled']} "
                  f"latency {r['latency']:.1f}s body {r['body'][:40]!r}")
        print(f"DUPLICATES (same to+body received twice by Twilio): {sum(c - 1 for c in res['duplicates'].values())}")
        for (to, body), c in list(res["duplicates"].items())[:10]:
            print(f"    x{c} to ...{to[-4:]}: {body[:70]!r}")
        print(f"outbound texts received by Twilio: {res['outbound']}")
        print(f"relays: queued {res['relays_queued']} ({res['relays_replayed']} from the spool), delivered "
              f"{res['relays_delivered']}, refused "
              f"{res['relays_refused']}, out of order {res['relays_out_of_order']}; answered-to-Twilio p50 "
              f"{res['relay_p50_s']:.1f} s, max {res['relay_max_s']:.1f} s")
        for name, (n, p50, mx) in res["relay_windows"].items():
            print(f"    relays answered {name}: {n}, answered-to-Twilio p50 {p50:.1f} s, max {mx:.1f} s")
        for m in res["relays_missing"][:10]:
            print(f"    relay not delivered: to ...{m[0][-4:]} {m[1][:60]!r}")
        print(f"tipster answers forwarded to the officer: queued {res['forwards_queued']}, delivered "
              f"{res['forwards_delivered']}")
        for m in res["forwards_missing"][:10]:
            print(f"    forward not delivered: {m[1][:60]!r}")
        al = res["alert"]
        if al:
            secs = f"{al['seconds']:.0f} s" if al["seconds"] else "not finished"
            print(f"alert {al['id']} ({al['body_chars']} chars, {al['segments']} segment(s)): state {al['state']}, "
                  f"{al['total']} recipients, texted {al['recipients_texted']} ({al['texts']} texts) in {secs}; "
                  f"missed (never stopped, never texted) {al['missed']}; tally {al['tally']}")
            print(f"STOP storm: {al['stops']} STOPs, {al['stops_answered']} answered as opted out; "
                  f"{al['stoppers_texted']} stoppers got the alert (before or after); ALERT TEXTS AFTER THE STOP "
                  f"WAS ANSWERED: {len(al['late'])}")
            for x in al["late"][:10]:
                print(f"    ...{x['to']}: POST reached Twilio {x['post_after_stop_ms']:.0f} ms after the STOP answer; "
                      f"claimed {x['claimed_before_stop_answer_ms']:.0f} ms before it")
        if self.stop_variants_refused:
            print(f"STOP variants NOT honoured (left out of the storm): {self.stop_variants_refused}")
        if res["doubled"]:
            print(f"processed twice (the spooled text at replay + the phone's retype that 'could not take your text' "
                  f"asked for): {sum(res['doubled'].values())} {dict(res['doubled'])}")
        print(f"Redis restart: down at {getattr(self, 'down_at', 0):.1f}s, up at {getattr(self, 'up_at', 0):.1f}s; "
              f"spool before replay {self.spool_before}, after {self.spool_after} ({self.replay_out})")
        print(f"rq worker exits (restarted after 2 s): {len(self.worker_exits)} "
              f"{[(round(x['at']), x['rc']) for x in self.worker_exits]}; failed jobs {res['failed_jobs']}; "
              f"gunicorn worker timeouts {res['gunicorn_timeouts']}, worker boots {res['gunicorn_boots']}")
        print(f"tips filed with SEND: {res['tips_filed']}; drafts abandoned before SEND: {res['abandoned']}, "
              f"not filed by the idle check: {res['abandoned_unfiled']}")
        overdue = [(t, n) for t, n, _ in self.sched if n > 0]
        nolock = [t for t, _, locks in self.sched if locks == 0]
        print(f"rq scheduler (probed every 5 s): jobs overdue by > 5 s in {len(overdue)} of {len(self.sched)} probes"
              + (f" (max {max(n for _, n in overdue)} jobs, first {overdue[0][0]:.0f}s, last {overdue[-1][0]:.0f}s)"
                 if overdue else "")
              + (f"; no scheduler running (no lock) from {nolock[0]:.0f}s to {nolock[-1]:.0f}s"
                 if nolock else "; a scheduler ran throughout"))
        if hasattr(self, "up_at"):
            back = [t for t, _, locks in self.sched if t > self.up_at and locks > 0 and
                    not any(t2 > t and l2 == 0 for t2, _, l2 in self.sched)]
            print(f"    after the Redis restart a scheduler holds its locks again (for good) from "
                  f"{back[0]:.0f}s, {back[0] - self.up_at:.0f} s after Redis came back" if back else
                  "    after the Redis restart no scheduler came back before the drain ended")
        print("memory series (MB; rq = both worker trees: worker + work horse + scheduler):")
        print(f"{'t s':>7}{'web':>8}{'rq':>8}{'rq main':>9}{'redis used':>12}{'redis rss':>11}{'load':>7}{'texts':>8}")
        for s in self.samples:
            used = f"{s['redis_used_mb']:.1f}" if s["redis_used_mb"] is not None else "down"
            rss = f"{s['redis_rss_mb']:.1f}" if s["redis_rss_mb"] is not None else "down"
            print(f"{s['t']:>7.0f}{s['web_mb']:>8.1f}{s['rq_mb']:>8.1f}{s['rq_main_mb']:>9.1f}{used:>12}{rss:>11}"
                  f"{s['load1']:>7.2f}{s['texts']:>8}")
        first, last = self.minute(True), self.minute(False)
        grown = [s for s in self.samples if s["redis_used_mb"] is not None and s["t"] <= self.load_seconds + 1]
        if len(grown) >= 3:
            mid = len(grown) // 2
            per = [(b["redis_used_mb"] - a["redis_used_mb"]) / max(1, b["texts"] - a["texts"]) * 1024
                   for a, b in ((grown[0], grown[mid]), (grown[mid], grown[-1]))]
            print(f"Redis used_memory grows with the data kept (reply caches 48 h, tips, threads, rq jobs): "
                  f"{per[0]:.1f} KB per inbound text in the first half, {per[1]:.1f} KB in the second")
        print("first minute vs last minute of load (mean of samples):")
        for key, label in (("web_mb", "gunicorn tree"), ("rq_mb", "rq trees"), ("rq_main_mb", "rq main procs"),
                           ("redis_used_mb", "redis used_memory")):
            f, l_ = first.get(key), last.get(key)
            if f and l_:
                print(f"    {label:<18} {f:7.1f} -> {l_:7.1f} MB ({100 * (l_ - f) / f:+.0f}%)")
        self.summary(res, first, last, loads)

    def minute(self, first: bool) -> dict:
        end = self.load_seconds
        picked = [s for s in self.samples if (s["t"] <= 60 if first else end - 60 <= s["t"] <= end + 1)]
        out = {}
        for key in ("web_mb", "rq_mb", "rq_main_mb", "redis_used_mb"):
            vals = [s[key] for s in picked if s[key] is not None]
            out[key] = statistics.fmean(vals) if vals else None
        return out

    def summary(self, res, first, last, loads) -> None:
        al = res["alert"] or {}
        dupes = sum(c - 1 for c in res["duplicates"].values())

        def mem(key):
            return f"{first[key]:.0f} -> {last[key]:.0f} MB" if first.get(key) and last.get(key) else "n/a"
        print("\n=== summary (for the README) ===")
        print(f"| soak {self.args.minutes:g} min, gunicorn -w {self.args.web_workers} + {self.args.rq_workers} rq "
              f"workers, Redis (AOF) restarted once | {res['offered']} texts in ({res['rate']:.1f}/s: tips, "
              f"{res['relays_queued']} relays, {res['forwards_queued']} answers, alert to {al.get('total')} "
              f"+ {al.get('stops')} STOPs); {len(res['lost'])} lost, {dupes} duplicates, "
              f"{len(al.get('late', []))} alert texts after STOP; relays {res['relays_delivered']}/"
              f"{res['relays_queued']} delivered; {self.spool_before} spooled, {self.spool_after} left after replay; "
              f"p50 {res['p50_ms']:.0f} ms, p99 {res['p99_ms']:.0f} ms; RSS web {mem('web_mb')}, rq workers "
              f"{mem('rq_main_mb')}, Redis used {mem('redis_used_mb')}; load avg {statistics.fmean(loads):.1f} | "
              "0 lost, 0 duplicates, flat |")


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
        res = soak.analyse()
        soak.report(res)
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

"""Shared set-up for the community-alert benchmarks: a real Redis server, the
Twilio-compatible server on 127.0.0.1, the app in-process (for seeding and
confirming alerts) and rq worker subprocesses (``flask --app wsgi worker``) with
the same settings in their environment."""
from __future__ import annotations

import argparse
import os
import signal
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from cryptography.fernet import Fernet

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
import redis  # noqa: E402

from tests.fakes.redis_server import RedisServer, _binary  # noqa: E402
from tests.fakes.twilio_server import FakeTwilio  # noqa: E402

ACCOUNT_SID = "AC" + "b2" * 16
TOKEN = "bench-auth-token"
LAT, LON = 51.232096, -2.463952   # BA3 5QE


class DurableRedisServer(RedisServer):
    """A Redis server configured as production should be (README, Deploying): append-only
    file fsynced every second, no eviction, data in its own temp dir. ``restart`` shuts
    it down (SHUTDOWN fsyncs the AOF) and starts it again on the same port and dir."""

    def __init__(self, log_path: str | None = None):
        super().__init__()
        self.log_path = log_path
        self.restarts = 0

    def start(self) -> "DurableRedisServer":
        log = open(self.log_path, "ab") if self.log_path else subprocess.DEVNULL
        self.proc = subprocess.Popen(
            [_binary(), "--port", str(self.port), "--bind", "127.0.0.1", "--dir", self.dir,
             "--appendonly", "yes", "--appendfsync", "everysec", "--save", "",
             "--maxmemory-policy", "noeviction", "--maxclients", "2000"],
            stdout=log, stderr=subprocess.STDOUT)
        if log is not subprocess.DEVNULL:
            log.close()
        client = redis.Redis.from_url(self.url, retry=None)
        deadline = time.monotonic() + 60      # loading a large AOF takes a while
        while time.monotonic() < deadline:
            try:
                if client.ping():
                    return self
            except (redis.ConnectionError, redis.BusyLoadingError):
                time.sleep(0.025)
        raise RuntimeError("redis-server did not start")

    def shutdown(self) -> None:
        """SHUTDOWN (the AOF is fsynced and the server exits)."""
        try:
            redis.Redis.from_url(self.url, retry=None).shutdown()
        except redis.ConnectionError:
            pass
        self.proc.wait(timeout=30)

    def restart(self, down_s: float) -> None:
        self.shutdown()
        time.sleep(down_s)
        self.start()
        self.restarts += 1


class AlertBench:
    def __init__(self, rate: float, chunk_size: int = 500, extra: dict | None = None,
                 redis_server: RedisServer | None = None):
        self.redis_server = redis_server or RedisServer().start()
        self.twilio = FakeTwilio(ACCOUNT_SID, TOKEN).start()
        self.instance = tempfile.mkdtemp(prefix="alert-bench-")
        self.settings = {
            "REDIS_URL": self.redis_server.url, "TWILIO_ACCOUNT_SID": ACCOUNT_SID, "TWILIO_AUTH_TOKEN": TOKEN,
            "TWILIO_FROM_NUMBER": "+447700900000", "TWILIO_API_BASE_URL": self.twilio.url,
            "PUBLIC_BASE_URL": "https://tips.bench.test", "PSEUDONYM_KEY": "bench-pseudonym-key",
            "SEALING_KEYS": Fernet.generate_key().decode(), "SEND_RATE_SEGMENTS_PER_SECOND": str(rate),
            "ALERT_CHUNK_SIZE": str(chunk_size), "INSTANCE_PATH": self.instance, "LOG_LEVEL": "WARNING",
            "FORCE_NAME": "ASP", "ALERT_CONTACT_LINE": "Call 101 or 999.", **(extra or {}),
        }
        from bot import create_app

        self.app = create_app(dict(self.settings))
        self.svc = self.app.extensions["tipline"]
        self.workers: list[subprocess.Popen] = []

    # -- set-up ---------------------------------------------------------------
    def seed(self, n: int, spread_km: float = 3.0, base: int = 447000000000) -> list[str]:
        from bot.alerts.cli import seed

        self.base = base
        return seed(self.svc, n, "NHW", LAT, LON, spread_km, number_base=base)

    def numbers(self, n: int) -> set[str]:
        return {f"+{self.base + i}" for i in range(n)}

    def confirmed_alert(self, text: str, radius_m: float = 5000) -> dict:
        """An alert as ALERT + SEND leave it (state queued), without the SMS round trip."""
        from bot.alerts import compose, store

        cfg = self.svc.config
        draft = compose.Draft(["NHW"], [], radius_m, None, compose.to_gsm7(text))
        incident = compose.new_incident(self.svc.redis, cfg)
        body = compose.compose(draft, incident, cfg)
        alert = {"id": store.new_id(self.svc.redis), "state": "queued", "officer": "bench", "schemes": ["NHW"],
                 "categories": [], "radius_m": radius_m, "lat": LAT, "lon": LON, "area": "BA3 5QE",
                 "text": draft.text, "body": body, "incident": incident,
                 "segments": compose.segments(body), "created_at": time.time()}
        pipe = self.svc.redis.pipeline()
        store.save(pipe, alert)
        pipe.execute()
        return alert

    # -- workers ----------------------------------------------------------------
    def start_worker(self, log_path: str | None = None) -> subprocess.Popen:
        env = {**os.environ, **self.settings, "PYTHONPATH": str(ROOT)}
        log = open(log_path, "ab") if log_path else subprocess.DEVNULL
        proc = subprocess.Popen([str(ROOT / ".venv" / "bin" / "flask"), "--app", "wsgi", "worker"],
                                cwd=ROOT, env=env, start_new_session=True,
                                stdout=log, stderr=subprocess.STDOUT if log_path else subprocess.DEVNULL)
        if log_path:
            log.close()
        self.workers.append(proc)
        return proc

    @staticmethod
    def kill9(proc: subprocess.Popen) -> None:
        """kill -9 the worker and everything it started (work horse, scheduler): a crashed machine."""
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(timeout=10)

    def stop(self) -> None:
        for proc in self.workers:
            if proc.poll() is None:
                os.killpg(proc.pid, signal.SIGTERM)
                try:
                    proc.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    os.killpg(proc.pid, signal.SIGKILL)
        self.twilio.stop()
        self.redis_server.stop()

    # -- results ----------------------------------------------------------------
    def state(self, alert_id: str) -> str | None:
        from bot.alerts import store

        return store.state(self.svc.redis, alert_id)

    def wait_done(self, alert_id: str, timeout_s: float, progress=None) -> bool:
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            if self.state(alert_id) == "done":
                return True
            if progress:
                progress()
            time.sleep(0.5)
        return False

    def duplicates_and_missed(self, expected: set[str]) -> tuple[int, int, int]:
        with self.twilio.lock:
            sent = Counter((m["to"], m["body"]) for m in self.twilio.messages)
        dupes = sum(c - 1 for c in sent.values() if c > 1)
        got = {to for to, _ in sent}
        return dupes, len(expected - got), len(got - expected)


# -- the 100,000-subscriber benches (selection, composer count, languages) ----------------------
def size_args(repeat: int, n: int = 100_000) -> argparse.Namespace:
    """``--n`` subscribers (default 100,000) and ``--repeat`` runs: the arguments those benches share."""
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=n)
    ap.add_argument("--repeat", type=int, default=repeat)
    return ap.parse_args()


def seeded_bench(n: int, rate: float = 100, **kw) -> AlertBench:
    """An AlertBench with ``n`` synthetic Neighbourhood Watch subscribers within a few km
    of BA3 5QE (``AlertBench.seed``), the seeding timed and printed. The caller stops it."""
    bench = AlertBench(rate=rate, **kw)
    try:
        t = time.perf_counter()
        bench.seed(n)
    except BaseException:
        bench.stop()
        raise
    print(f"seeded {n} subscribers in {time.perf_counter() - t:.1f}s", flush=True)
    return bench


# -- mixed channels (issue 12): SMS, email and voice contacts ---------------------------------
def seed_mixed(svc, n: int, mix: dict[str, float], spread_km: float = 3.0, base: int = 447000000000,
               landline_base: int = 441761000000, batch: int = 2000, scheme: str = "NHW") -> dict[str, set[str]]:
    """n verified residents of ``scheme`` around BA3 5QE, each with one contact: SMS,
    email or voice in the proportions of ``mix`` (e.g. {"sms": .6, "email": .25, "voice": .15}),
    written as the web sign-up and verification leave them (sealed, keyed-hash owner,
    indexed). Returns the clear contacts per channel (numbers, addresses) to check sends."""
    import json
    import random

    from bot.alerts import schemes, subscribers
    from bot.privacy.identity import keep_email, keep_number, pin_number

    rng = random.Random(n)
    cats = list(schemes.get(scheme).categories)
    cut_sms = mix.get("sms", 0)
    cut_email = cut_sms + mix.get("email", 0)
    out: dict[str, set[str]] = {"sms": set(), "email": set(), "voice": set()}
    for start in range(0, n, batch):
        pipe = svc.redis.pipeline(transaction=False)
        for i in range(start, min(n, start + batch)):
            r = rng.random()
            channel = "sms" if r < cut_sms else "email" if r < cut_email else "voice"
            if channel == "email":
                clear = f"resident{i}@bench.example.org"
                pseudo = svc.identity.email_pseudonym(clear)
                keep_email(pipe, svc.identity, pseudo, clear)
            else:
                clear = f"+{(base if channel == 'sms' else landline_base) + i}"
                pseudo = svc.identity.pseudonym(clear)
                keep_number(pipe, svc.identity, pseudo, clear, 86400)
                pin_number(pipe, pseudo, "subscriber")
            m = subscribers.member(channel, pseudo)
            out[channel].add(clear)
            lat = LAT + rng.uniform(-1, 1) * spread_km / 111.0
            lon = LON + rng.uniform(-1, 1) * spread_km / 70.0
            e = subscribers.entry("SEED", round(lat, 6), round(lon, 6), cats, time.time())
            pipe.hset(keys_mod().subscriber(m), scheme, json.dumps(e))
            pipe.hset(keys_mod().subscriber_contacts(m), m,
                      json.dumps({"channel": channel, "verified": True, "since": int(time.time())}))
            pipe.set(keys_mod().contact_owner(m), m)
            subscribers.index_entry(pipe, m, scheme, e)
        pipe.execute()
    return out


def keys_mod():
    from bot.store import keys

    return keys


# A polygon around BA3 5QE (about 5 km across, concave) used by the channel benchmarks.
POLYGON = [[LAT - 0.03, LON - 0.05], [LAT - 0.03, LON + 0.05], [LAT + 0.01, LON + 0.05], [LAT + 0.0, LON + 0.0],
           [LAT + 0.03, LON + 0.04], [LAT + 0.03, LON - 0.05]]

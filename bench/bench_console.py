"""Benchmark of the staff console's inbox and plate search with 100,000 tips (figures printed, not asserted).

Loads N tips (default 100,000) into a fresh Redis server (bench/console_tips.py: through
``tips.write_tip``, with realistic facts and case states), then measures server time through
the Flask test client with a signed-in session:

- the inbox first page: default filters, and a few filter combinations;
- a plate search (exact after normalisation, typed with a space and in lower case);
- the related tips of a tip, and the live-update fragment;

and prints p50/p99 per request, the Redis memory the indexes take, and the load rate.

    .venv/bin/python bench/bench_console.py [--tips 100000] [--requests 200]

Targets on the 2-core machine (issue 11): inbox first page p50 < 100 ms, plate search p50 < 50 ms.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)
from console_tips import DAY, load  # noqa: E402

from tests.fakes.redis_server import RedisServer  # noqa: E402


def index_memory(redis) -> tuple[int, int]:
    """(bytes, keys) of the index keys (MEMORY USAGE, sampled in full)."""
    from bot.tipline import index

    total = count = 0
    pipe = redis.pipeline(transaction=False)
    names = list(index.index_keys(redis))
    for name in names:
        pipe.memory_usage(name, samples=0)
    for used in pipe.execute():
        total += used or 0
        count += 1
    return total, count


def tip_memory(redis, sample: int = 500) -> float:
    """Mean bytes of a tip's own record and thread (a sample)."""
    from bot.store import keys

    ids = [m.decode() for m in redis.zrange(keys.TIPS_BY_TIME, 0, -1)[::max(1, redis.zcard(keys.TIPS_BY_TIME) // sample)]]
    pipe = redis.pipeline(transaction=False)
    for tip_id in ids:
        pipe.memory_usage(keys.tip(tip_id), samples=0)
        pipe.memory_usage(keys.tip_thread(tip_id), samples=0)
    used = [u or 0 for u in pipe.execute()]
    return sum(used) / max(len(ids), 1)


def newest_arrival(redis) -> str:
    from bot.store import keys

    return redis.xrevrange(keys.TIP_ARRIVALS, count=1)[0][0].decode()


def sign_in(app, svc, role: str = "supervisor", officer: str | None = None, email: str | None = None):
    """A test client signed in as a new staff member (the real two-step sign-in)."""
    import re

    import pyotp

    from bot.console import accounts
    from bot.store import keys

    password = "amber kettle lantern 42"
    person, token = accounts.create(svc, email=email or f"bench-{role}@police.example.test", name=f"Bench {role}",
                                    role=role)
    _, secret = accounts.enrolment(svc, token)
    person, _ = accounts.complete_enrolment(svc, token, password=password, confirm=password,
                                            code=pyotp.TOTP(secret).now())
    svc.redis.delete(keys.staff_totp_last(person.id))
    if officer:
        svc.redis.hset(keys.staff(person.id), "officer", officer)
    client = app.test_client()
    base = "https://tips.bench.test"

    def token_of(html: str) -> str:
        return re.search(r'<meta name="csrf-token" content="([^"]+)"', html).group(1)

    page = client.get("/console/login", base_url=base).get_data(as_text=True)
    client.post("/console/login", base_url=base, headers={"Referer": base + "/console/login"},
                data={"email": person.email, "password": password, "csrf_token": token_of(page)})
    page = client.get("/console/login/code", base_url=base).get_data(as_text=True)
    resp = client.post("/console/login/code", base_url=base, headers={"Referer": base + "/console/login/code"},
                       data={"code": pyotp.TOTP(secret).now(), "csrf_token": token_of(page)})
    assert resp.status_code == 302, resp.get_data(as_text=True)[:500]
    return client, base


def measure(client, base: str, path: str, n: int, headers: dict | None = None) -> dict:
    times = []
    for _ in range(n):
        t0 = time.perf_counter()
        resp = client.get(path, base_url=base, headers=headers or {})
        times.append((time.perf_counter() - t0) * 1000)
        assert resp.status_code == 200, (path, resp.status_code, resp.get_data(as_text=True)[:300])
    times.sort()
    return {"p50": statistics.median(times), "p99": times[min(len(times) - 1, int(len(times) * 0.99))],
            "n": n, "bytes": len(resp.get_data())}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--tips", type=int, default=100_000)
    parser.add_argument("--days", type=float, default=730)
    parser.add_argument("--requests", type=int, default=200)
    args = parser.parse_args()

    from cryptography.fernet import Fernet

    from bot import create_app
    from bot.store import keys
    from bot.tipline import index

    server = RedisServer().start()
    try:
        app = create_app({"REDIS_URL": server.url, "PSEUDONYM_KEY": "bench-pseudonym-key-0123456789abcdef",
                          "SEALING_KEYS": Fernet.generate_key().decode(), "TWILIO_AUTH_TOKEN": "bench-token",
                          "INSTANCE_PATH": tempfile.mkdtemp(prefix="console-bench-"), "LOG_LEVEL": "WARNING",
                          "PUBLIC_BASE_URL": "https://tips.bench.test", "CONSOLE_COOKIE_SECURE": True})
        svc = app.extensions["tipline"]
        redis = svc.redis
        before = redis.info("memory")["used_memory"]
        print(f"Loading {args.tips} tips over {args.days:.0f} days ...", flush=True)
        took, officers = load(svc, args.tips, args.days)
        after = redis.info("memory")["used_memory"]
        idx_bytes, idx_keys = index_memory(redis)
        per_tip = tip_memory(redis)
        print(f"Loaded in {took:.1f} s ({args.tips / took:.0f} tips/s, indexes included)")
        print(f"Redis memory: {(after - before) / 1e6:.1f} MB for the tips; indexes {idx_bytes / 1e6:.1f} MB in "
              f"{idx_keys} keys = {idx_bytes / args.tips:.0f} bytes per tip (record + thread: {per_tip:.0f} bytes "
              f"per tip)")

        client, base = sign_in(app, svc, "supervisor", officer=officers[0][0])
        newest = [m.decode() for m in redis.zrevrange(keys.TIPS_BY_TIME, 0, 0)][0]
        plate_tip = None
        for tip_id in redis.zrevrange(keys.TIPS_BY_TIME, 0, 200):
            facts = json.loads(redis.hget(keys.tip(tip_id.decode()), "facts"))
            if facts.get("plates"):
                plate_tip, plate = tip_id.decode(), facts["plates"][0]
                break
        typed = (plate[:4] + " " + plate[4:]).lower()
        back = redis.xrevrange(keys.TIP_ARRIVALS, count=31)[-1][0].decode()   # 30 tips arrived since
        month_ago = time.strftime("%Y-%m-%d", time.gmtime(time.time() - 30 * DAY))
        hx = {"HX-Request": "true"}
        cases = [
            ("inbox, first page (default filters)", "/console/tips", None, args.requests),
            ("inbox, state new", "/console/tips?state=new", None, args.requests),
            ("inbox, unassigned + urgent", "/console/tips?unassigned=1&urgent=1", None, args.requests),
            ("inbox, mine (an officer with claims)", "/console/tips?mine=1", None, args.requests),
            ("inbox, state claimed, last 30 days", f"/console/tips?state=claimed&from={month_ago}", None,
             args.requests),
            ("inbox, free text 'knife'", "/console/tips?q=knife", None, args.requests),
            ("inbox, free text 'dealing station' + new (worst)", "/console/tips?q=dealing+station&state=new", None,
             args.requests // 4),
            (f"plate search '{typed}' (exact)", f"/console/tips?plate={typed.replace(' ', '+')}", None, args.requests),
            (f"plate search '{plate[:4]}' with partial matches", f"/console/tips?plate={plate[:4]}&partial=1", None,
             args.requests),
            ("related tips of a tip (fragment)", f"/console/tips/{plate_tip}/related", hx, args.requests),
            ("live update fragment (30 new tips)", f"/console/tips/live?after={back}&first=1", hx, args.requests),
            ("live update fragment (nothing new)", f"/console/tips/live?after={newest_arrival(redis)}&first=1", hx,
             args.requests),
        ]
        print(f"\n{'request':<52} {'p50 ms':>8} {'p99 ms':>8} {'KB':>6}")
        for label, path, headers, n in cases:
            measure(client, base, path, 5, headers)          # warm up
            r = measure(client, base, path, n, headers)
            print(f"{label:<52} {r['p50']:>8.1f} {r['p99']:>8.1f} {r['bytes'] / 1024:>6.0f}", flush=True)

        nobody, _ = sign_in(app, svc, "officer", officer="nobody-has-claimed-anything", email="bench-new@x.test")
        r = measure(nobody, base, "/console/tips?mine=1", args.requests // 4)
        print(f"{'inbox, mine (an officer with no claims: worst)':<52} {r['p50']:>8.1f} {r['p99']:>8.1f} "
              f"{r['bytes'] / 1024:>6.0f}")
        times = []
        for _ in range(5):
            for key in redis.scan_iter(match=keys.console_cache("*")):
                redis.delete(key)
            t0 = time.perf_counter()
            assert client.get("/console/dashboard", base_url=base).status_code == 200
            times.append((time.perf_counter() - t0) * 1000)
        cached = measure(client, base, "/console/dashboard", 20)
        print(f"{'dashboard, 30 days (computed / cached)':<52} {statistics.median(times):>8.1f} "
              f"{cached['p50']:>8.1f}")
        t0 = time.perf_counter()
        page = client.get("/console/exports", base_url=base).get_data(as_text=True)
        token = re.search(r'name="csrf_token" value="([^"]+)"', page).group(1)
        resp = client.post("/console/exports/tips.csv", base_url=base, data={"csrf_token": token},
                           headers={"Referer": base + "/console/exports"})
        body = resp.get_data()
        lines = body.count(b"\n") - 1
        print(f"{'CSV export, last 30 days':<52} {(time.perf_counter() - t0) * 1000:>8.1f} ms, "
              f"{lines} tips, {len(body) / 1024:.0f} KB")
        t0 = time.perf_counter()
        done = index.reindex(redis)
        print(f"{'reindex (flask --app wsgi tips reindex)':<52} {time.perf_counter() - t0:>8.1f} s for {done.tips} tips")
        print(f"\n(newest tip {newest}; server time through the Flask test client, Redis on 127.0.0.1; "
              f"{os.cpu_count()} CPUs)")
    finally:
        server.stop()


if __name__ == "__main__":
    main()

"""What the staff console's languages cost (figures printed, not asserted).

Loads N tips (default 20,000, as bench_console.py loads them) into a fresh Redis server, signs in
an English and a Spanish supervisor (each linked to an officer record, as most staff are, so the
language is read from it), and times the same pages for both, interleaved, through the Flask test
client: the inbox first page, a tip page, the alert composer, the dashboard. Also one
``catalog.console_text`` look-up.

    .venv/bin/python bench/bench_console_languages.py [--tips 20000] [--requests 100]

``BENCH_ROOT=/path/to/another/checkout`` runs the English half against that checkout's code
(e.g. the tree before the console had languages) for a before/after comparison.
"""
from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
import timeit

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ROOT = os.environ.get("BENCH_ROOT") or HERE
sys.path.insert(0, ROOT)
sys.path.insert(1, os.path.join(HERE, "bench"))
from bench_console import sign_in  # noqa: E402
from console_tips import load  # noqa: E402

from tests.fakes.redis_server import RedisServer  # noqa: E402


def timed(client, base: str, path: str) -> float:
    t0 = time.perf_counter()
    resp = client.get(path, base_url=base)
    took = (time.perf_counter() - t0) * 1000
    assert resp.status_code == 200, (path, resp.status_code)
    return took


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--tips", type=int, default=20_000)
    parser.add_argument("--requests", type=int, default=100)
    args = parser.parse_args()

    from cryptography.fernet import Fernet

    from bot import create_app
    from bot.store import keys

    server = RedisServer().start()
    try:
        app = create_app({"REDIS_URL": server.url, "PSEUDONYM_KEY": "bench-pseudonym-key-0123456789abcdef",
                          "SEALING_KEYS": Fernet.generate_key().decode(), "TWILIO_AUTH_TOKEN": "bench-token",
                          "INSTANCE_PATH": tempfile.mkdtemp(prefix="console-lang-bench-"), "LOG_LEVEL": "WARNING",
                          "PUBLIC_BASE_URL": "https://tips.bench.test", "CONSOLE_COOKIE_SECURE": True,
                          "LANGUAGES": "en,es"})
        svc = app.extensions["tipline"]
        took, officers = load(svc, args.tips, 365)
        print(f"Loaded {args.tips} tips in {took:.1f} s; code from {ROOT}")
        english, base = sign_in(app, svc, "supervisor", officer=officers[0][0], email="en@police.example.test")
        clients = {"en": english}
        spanish_ok = os.path.exists(os.path.join(ROOT, "bot", "locales", "console"))
        if spanish_ok:
            spanish, _ = sign_in(app, svc, "supervisor", officer=officers[1][0], email="es@police.example.test")
            svc.redis.hset(keys.officer(officers[1][0]), "lang", "es")   # their officer record says Spanish
            clients["es"] = spanish
            assert '<html lang="es">' in spanish.get("/console/tips", base_url=base).get_data(as_text=True)
        # the loader's IDs (T-019999) are not in the tip page's own ID alphabet: one tip copied under a real one
        src, tip_id = svc.redis.zrevrange(keys.TIPS_BY_TIME, 0, 0)[0].decode(), "T-7K2Q"
        svc.redis.copy(keys.tip(src), keys.tip(tip_id))
        svc.redis.hset(keys.tip(tip_id), "id", tip_id)
        pages = [("inbox, first page", "/console/tips"), ("tip page", f"/console/tips/{tip_id}"),
                 ("alert composer", "/console/alerts/new"), ("dashboard (cached figures)", "/console/dashboard")]
        print(f"\n{'page':<28} " + " ".join(f"{code + ' p50':>9} {code + ' p95':>9}" for code in clients))
        for label, path in pages:
            times: dict[str, list[float]] = {code: [] for code in clients}
            for client in clients.values():
                for _ in range(5):
                    timed(client, base, path)     # warm up
            for _ in range(args.requests):
                for code, client in clients.items():      # interleaved: the same load for both
                    times[code].append(timed(client, base, path))
            row = []
            for code in clients:
                ts = sorted(times[code])
                row.append(f"{statistics.median(ts):>9.1f} {ts[int(len(ts) * 0.95)]:>9.1f}")
            print(f"{label:<28} " + " ".join(row), flush=True)
        if spanish_ok:
            from bot.messaging import catalog
            n = 100_000
            each = timeit.timeit(lambda: catalog.console_text("es", "login_wrong", "en"), number=n) / n
            print(f"\none catalog.console_text look-up: {each * 1e6:.2f} us")
        print(f"load average: {os.getloadavg()[0]:.2f} (1 min) on {os.cpu_count()} cores")
    finally:
        server.stop()


if __name__ == "__main__":
    main()

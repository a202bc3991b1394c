"""What the page language costs: GET /alerts/join (the longest public page: every scheme and
category, the form, the switcher) in English, in Spanish by ``?lang=es``, and in Spanish by the
browser's Accept-Language, N times each, interleaved, against a real Redis; p50 and p95 per
way. Also the cost of one web catalog look-up (catalog.web_text). Nothing is asserted.

    .venv/bin/python bench/bench_public_languages.py [N]
"""
from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from public_env import BASE, public_app  # noqa: E402

from bot.messaging import catalog  # noqa: E402
from tests.fakes.redis_server import RedisServer  # noqa: E402


def main(n: int = 300) -> None:
    server = RedisServer().start()
    try:
        app = public_app(server.url, LANGUAGES="en,es")
        ways = {"English": ("/alerts/join", {}), "Spanish ?lang=es": ("/alerts/join?lang=es", {}),
                "Spanish Accept-Language": ("/alerts/join", {"Accept-Language": "es-MX,es;q=0.9"})}
        clients = {name: app.test_client() for name in ways}
        timings: dict[str, list[float]] = {name: [] for name in ways}
        sizes: dict[str, int] = {}
        for _ in range(n):
            for name, (path, headers) in ways.items():
                t0 = time.perf_counter()
                resp = clients[name].get(path, base_url=BASE, headers=headers)
                timings[name].append((time.perf_counter() - t0) * 1000)
                sizes[name] = len(resp.get_data())
        print(f"GET /alerts/join, {n} times each way, interleaved:")
        for name, values in timings.items():
            q = statistics.quantiles(values, n=20)
            print(f"  {name:24s} p50 {statistics.median(values):6.2f} ms   p95 {q[18]:6.2f} ms   {sizes[name]} bytes")
        t0 = time.perf_counter()
        for _ in range(100_000):
            catalog.web_text("es", "code_for", "en", hint="el número que termina en 123")
        print(f"  catalog.web_text: {(time.perf_counter() - t0) * 10:.2f} us a look-up")
    finally:
        server.stop()


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 300)

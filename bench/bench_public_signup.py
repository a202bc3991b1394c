"""The public sign-up must not tell a subscriber's number from a stranger's, by its answer
or by its timing. This posts /alerts/join (the real form, CSRF token and all) for N
numbers that are already subscribed and N that are not, interleaved, against a real
Redis, and prints the latency of each group (p50, p95) and how far apart they are.
Also the cost of a code check. Nothing is asserted: figures for the README.

    .venv/bin/python bench/bench_public_signup.py [N]
"""
from __future__ import annotations

import re
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from public_env import BASE, public_app  # noqa: E402

from bot.alerts import geo, signup, subscribers  # noqa: E402
from tests.fakes.redis_server import RedisServer  # noqa: E402

_CSRF = re.compile(r'name="csrf_token" type="hidden" value="([^"]+)"')


def main(n: int = 300) -> None:
    server = RedisServer().start()
    try:
        app = public_app(server.url, ALERT_WEB_SIGNUPS_PER_IP=10 ** 9, ALERT_WEB_CODES_PER_IP=10 ** 9)
        svc = app.extensions["tipline"]
        place = geo.locate("BA3 5QE")
        known = [f"+4477009{i:05d}" for i in range(n)]
        strangers = [f"+4477008{i:05d}" for i in range(n)]
        with app.app_context():
            for number in known:
                joined = signup.upsert(svc, phone=number, schemes_cats={"FARMWATCH": []}, place=place)
                subscribers.mark_verified(svc.redis, joined.members["sms"])
        client = app.test_client()
        token = _CSRF.search(client.get("/alerts/join", base_url=BASE).get_data(as_text=True)).group(1)
        timings: dict[str, list[float]] = {"subscribed": [], "stranger": []}
        answers: dict[str, set] = {"subscribed": set(), "stranger": set()}
        for a, b in zip(known, strangers):
            for group, number in (("subscribed", a), ("stranger", b)):
                form = {"csrf_token": token, "phone": number, "phone_channel": "sms", "postcode": "BA3 5QE",
                        "schemes": "FARMWATCH"}
                t0 = time.perf_counter()
                resp = client.post("/alerts/join", data=form, base_url=BASE, headers={"Referer": BASE + "/alerts/join"})
                timings[group].append((time.perf_counter() - t0) * 1000)
                answers[group].add((resp.status_code, resp.headers.get("Location")))
        print(f"POST /alerts/join, {n} subscribed numbers and {n} strangers, interleaved:")
        for group, values in timings.items():
            q = statistics.quantiles(values, n=20)
            print(f"  {group:10s}  p50 {statistics.median(values):6.2f} ms   p95 {q[18]:6.2f} ms   "
                  f"answers {sorted(answers[group])}")
        gap = statistics.median(timings["subscribed"]) - statistics.median(timings["stranger"])
        print(f"  difference of the medians: {gap:+.2f} ms")
    finally:
        server.stop()


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 300)

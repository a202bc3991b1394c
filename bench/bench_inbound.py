"""Load benchmark of the inbound path (figures printed, not asserted).

Signed webhook requests from many simulated tipsters (50 concurrent by default)
go through a real WSGI server (gunicorn) and a real Redis server. The same run
measures a bare endpoint of the same app returning fixed TwiML (/sms/floor, the
framework floor) and prints turns/s, p50/p99 latency and the ratio of the two.

    .venv/bin/python bench/bench_inbound.py [--seconds 10] [--concurrency 50] [--workers 2] [--client wrk|python]

The load generator shares the machine's two cores with the server. `wrk` (Debian
package `wrk`, used when installed) costs far less CPU per request than the
Python (aiohttp) generator, so it disturbs the measurement less.
"""
from __future__ import annotations

import argparse
import asyncio
import os
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import uuid

import aiohttp
from cryptography.fernet import Fernet
from twilio.request_validator import RequestValidator

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)
from tests.fakes.redis_server import RedisServer, free_port  # noqa: E402

TOKEN = "bench-auth-token"
PUBLIC = "https://tips.bench.test"
SCRIPT = [
    "Hi",
    "Someone selling drugs from a grey Honda Civic tag HVM2207 at 8th n poplar",
    "about 10 mins ago",
    "two men, one in a red hoodie",
    "SKIP",
    "SEND",
    "they have come back",
]


def signed_requests(n_tipsters: int, path: str) -> list[list[tuple[dict, str]]]:
    """Per tipster: the list of (form, signature) for its whole conversation."""
    validator = RequestValidator(TOKEN)
    out = []
    for t in range(n_tipsters):
        number = f"+4477{t:08d}"
        convo = []
        for body in SCRIPT:
            form = {"From": number, "To": "+447700900000", "Body": body, "MessageSid": "SM" + uuid.uuid4().hex,
                    "NumMedia": "0", "FromCity": "BATH", "FromCountry": "GB"}
            convo.append((form, validator.compute_signature(PUBLIC + path, form)))
        out.append(convo)
    return out


async def run_phase(url: str, path: str, seconds: float, concurrency: int, tipsters: list) -> dict:
    latencies: list[float] = []
    errors = 0
    queue: asyncio.Queue = asyncio.Queue()
    for convo in tipsters:
        queue.put_nowait(convo)
    deadline = time.perf_counter() + seconds

    async def tipster(session: aiohttp.ClientSession) -> None:
        nonlocal errors
        while time.perf_counter() < deadline and not queue.empty():
            convo = queue.get_nowait()
            for form, sig in convo:
                if time.perf_counter() >= deadline:
                    return
                t0 = time.perf_counter()
                async with session.post(url + path, data=form, headers={"X-Twilio-Signature": sig}) as resp:
                    await resp.read()
                    if resp.status != 200:
                        errors += 1
                latencies.append(time.perf_counter() - t0)

    connector = aiohttp.TCPConnector(limit=concurrency)
    async with aiohttp.ClientSession(connector=connector) as session:
        start = time.perf_counter()
        await asyncio.gather(*(tipster(session) for _ in range(concurrency)))
        elapsed = time.perf_counter() - start
    latencies.sort()
    return {"turns": len(latencies), "errors": errors, "rate": len(latencies) / elapsed,
            "p50_ms": 1000 * latencies[len(latencies) // 2] if latencies else 0,
            "p99_ms": 1000 * latencies[int(len(latencies) * 0.99)] if latencies else 0,
            "mean_ms": 1000 * statistics.fmean(latencies) if latencies else 0}


WRK_SCRIPT = r"""
local reqs = {}
local idx = 0
local threads = {}
function setup(thread)
  thread:set("id", #threads)
  table.insert(threads, thread)
end
function init(args)
  for line in io.lines(args[1] .. "." .. id) do
    local body, sig = line:match("([^\t]*)\t(.*)")
    reqs[#reqs + 1] = {body, sig}
  end
end
function request()
  idx = idx + 1
  if idx > #reqs then idx = 1 end
  local r = reqs[idx]
  return wrk.format("POST", nil, {["Content-Type"] = "application/x-www-form-urlencoded",
                                  ["X-Twilio-Signature"] = r[2]}, r[1])
end
"""


def run_wrk(url: str, path: str, seconds: float, concurrency: int, tipsters: list) -> dict:
    """Each wrk thread gets its own tipsters (a file each); within a thread the
    turns go round-robin over tipsters so one phone's turns are never back to back."""
    from urllib.parse import urlencode

    threads = 2
    with tempfile.TemporaryDirectory() as tmp:
        req_file, lua = os.path.join(tmp, "reqs.txt"), os.path.join(tmp, "bench.lua")
        for t in range(threads):
            mine = tipsters[t::threads]
            lines = [f"{urlencode(convo[step][0])}\t{convo[step][1]}"
                     for start in range(0, len(mine), concurrency)
                     for step in range(len(SCRIPT))
                     for convo in mine[start:start + concurrency]]
            with open(f"{req_file}.{t}", "w") as fh:
                fh.write("\n".join(lines) + "\n")
        with open(lua, "w") as fh:
            fh.write(WRK_SCRIPT)
        out = subprocess.run(["wrk", "-t", str(threads), "-c", str(concurrency), "-d", f"{seconds:.0f}s",
                              "--latency", "-s", lua, url + path, "--", req_file],
                             capture_output=True, text=True, timeout=seconds + 60).stdout

    def ms(label: str) -> float:
        m = re.search(rf"^\s*{label}%\s+([\d.]+)(us|ms|s)", out, re.M)
        if not m:
            return 0.0
        value, unit = float(m.group(1)), m.group(2)
        return value / 1000 if unit == "us" else value * 1000 if unit == "s" else value

    total = int(re.search(r"(\d+) requests in", out).group(1))
    non2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    return {"turns": total, "errors": int(non2xx.group(1)) if non2xx else 0,
            "rate": float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1)),
            "p50_ms": ms("50"), "p99_ms": ms("99"), "mean_ms": 0.0}


def start_gunicorn(redis_url: str, workers: int, threads: int, instance: str) -> tuple[subprocess.Popen, str]:
    port = free_port()
    env = dict(os.environ, BENCH_FLOOR_ENDPOINT="1", REDIS_URL=redis_url, TWILIO_AUTH_TOKEN=TOKEN, PUBLIC_BASE_URL=PUBLIC,
               PSEUDONYM_KEY="bench-key", SEALING_KEYS=Fernet.generate_key().decode(), LOG_LEVEL="ERROR",
               INSTANCE_PATH=instance, DRAFT_IDLE_MINUTES="30")
    env.pop("TWILIO_ACCOUNT_SID", None)
    cmd = [os.path.join(ROOT, ".venv", "bin", "gunicorn"), "-w", str(workers), "--threads", str(threads),
           "-b", f"127.0.0.1:{port}", "--log-level", "warning", "--backlog", "2048", "wsgi:app"]
    proc = subprocess.Popen(cmd, cwd=ROOT, env=env)
    url = f"http://127.0.0.1:{port}"
    for _ in range(600):
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                break
        except OSError:
            time.sleep(0.1)
    time.sleep(1.0 + workers * 1.0)  # let every worker load the NLP pipeline
    return proc, url


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--seconds", type=float, default=10)
    ap.add_argument("--concurrency", type=int, default=50)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--threads", type=int, default=1)
    ap.add_argument("--client", choices=["wrk", "python"], default="wrk" if shutil.which("wrk") else "python")
    args = ap.parse_args()
    redis = RedisServer().start()
    proc, url = start_gunicorn(redis.url, args.workers, args.threads, f"/tmp/tipline-bench-{os.getpid()}")
    try:
        n = 4000 if args.client == "python" else 12000
        warm = signed_requests(args.concurrency, "/sms")
        asyncio.run(run_phase(url, "/sms", 2, args.concurrency, warm))
        if args.client == "wrk":
            floor = run_wrk(url, "/sms/floor", args.seconds, args.concurrency, signed_requests(n, "/sms/floor"))
            full = run_wrk(url, "/sms", args.seconds, args.concurrency, signed_requests(n, "/sms"))
        else:
            floor = asyncio.run(run_phase(url, "/sms/floor", args.seconds, args.concurrency,
                                          signed_requests(n, "/sms/floor")))
            full = asyncio.run(run_phase(url, "/sms", args.seconds, args.concurrency, signed_requests(n, "/sms")))
    finally:
        proc.terminate()
        proc.wait(timeout=20)
        redis.stop()
    print(f"inbound benchmark: gunicorn -w {args.workers} --threads {args.threads}, {args.concurrency} concurrent "
          f"tipsters, {args.seconds:.0f} s per phase, {os.cpu_count()} cores, load from {args.client} on the same machine")
    print(f"{'phase':<22}{'turns':>8}{'errors':>8}{'turns/s':>10}{'p50 ms':>9}{'p99 ms':>9}")
    for name, r in (("floor (/sms/floor)", floor), ("full turn (/sms)", full)):
        print(f"{name:<22}{r['turns']:>8}{r['errors']:>8}{r['rate']:>10.0f}{r['p50_ms']:>9.1f}{r['p99_ms']:>9.1f}")
    print(f"ratio full/floor: p50 {full['p50_ms'] / floor['p50_ms']:.2f}x, p99 {full['p99_ms'] / floor['p99_ms']:.2f}x, "
          f"throughput {floor['rate'] / full['rate']:.2f}x")


if __name__ == "__main__":
    main()

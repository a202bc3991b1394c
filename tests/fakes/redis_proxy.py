"""A TCP proxy between the app and the real test Redis, to make Redis fail at one
exact moment and stay failed until ``restore()``.

Where: right after a MULTI/EXEC transaction has been sent (``cut_after_next_exec``:
its reply still reaches the client), or at the ``n``-th round trip counted from
the last ``reset_count`` (``fail_at``). A round trip is a client write that
follows a server reply on the same connection: one command, one pipeline or one
MULTI/EXEC. redis-py writes a pipeline of more than ~6 KB in several pieces, and
Redis answers MULTI and each queued command as they come, so a write inside an
open MULTI (no EXEC yet) is the same round trip, whatever came back meanwhile.
``trace`` keeps the command names of each round trip, so a test can name the
step it broke ("3: HGETALL") and hold the hot path to its budget.

How (``FAILURES``):

- ``cut``: the connection dies before the round trip reaches Redis, and every later
  command on every connection fails as if the server had gone away;
- ``lost_reply``: the round trip reaches Redis and runs, then the connection dies
  before its reply comes back (the client cannot know whether it ran), and Redis
  stays away;
- ``oom``, ``readonly``, ``misconf``: the real server is put into that state just
  before the round trip is forwarded, so it answers this round trip and every
  later one with its own errors (``-OOM`` for writes under ``maxmemory``
  with ``noeviction``; ``-READONLY``, a replica after a failover; ``-MISCONF``, a
  failed snapshot with ``stop-writes-on-bgsave-error``), each in its place in the
  reply (a MULTI gets ``-EXECABORT``), exactly as a production server would.
"""
from __future__ import annotations

import re
import socket
import threading
import time

import redis as redis_lib

from tests.fakes.redis_server import free_port

EXEC = b"*1\r\n$4\r\nEXEC\r\n"   # how redis-py writes EXEC at the end of a transaction
MULTI = b"*1\r\n$5\r\nMULTI\r\n"   # and MULTI at its start
_COMMAND = re.compile(rb"\*\d+\r\n\$\d+\r\n([A-Za-z]+)\r\n")   # the name at the head of each command


# -- Redis error states: each puts the server into it and returns how to undo it ------------
def out_of_memory(r: redis_lib.Redis):
    r.config_set("maxmemory-policy", "noeviction")
    r.config_set("maxmemory", "1")
    return lambda: r.config_set("maxmemory", "0")


def read_only(r: redis_lib.Redis):
    r.replicaof("127.0.0.1", str(free_port()))   # nothing listens there: a replica that never syncs
    return lambda: r.replicaof("NO", "ONE")


def misconf(r: redis_lib.Redis):
    old_dir = r.config_get("dir")["dir"]
    r.config_set("stop-writes-on-bgsave-error", "yes")
    r.config_set("save", "3600 1")                # writes stop only when snapshots are configured
    r.config_set("dir", "/proc")                  # no file can be created here, even as root
    r.bgsave()
    for _ in range(200):
        info = r.info("persistence")
        if info["rdb_last_bgsave_status"] == "err" and not info["rdb_bgsave_in_progress"]:
            break
        time.sleep(0.02)

    def undo():
        r.config_set("dir", old_dir)
        r.config_set("save", "")
        r.config_set("stop-writes-on-bgsave-error", "no")
    return undo


ERROR_STATES = {"oom": out_of_memory, "readonly": read_only, "misconf": misconf}
FAILURES = ("cut", "lost_reply", *ERROR_STATES)


class RedisProxy:
    def __init__(self, target_port: int, host: str = "127.0.0.1"):
        self.target = (host, target_port)
        self.port = free_port()
        self.url = f"redis://{host}:{self.port}/0"
        self.round_trips = 0
        self.trace: list[list[str]] = []   # command names of each round trip since reset_count
        self.fired: tuple[int, str] | None = None   # (round trip, failure) once a planned failure happened
        self._armed = 0          # cut after this many more EXECs
        self._fail_at: tuple[int, str] | None = None
        self._down = False       # every command fails
        self._undo = None        # how to take the server out of an error state
        self._lock = threading.Lock()
        self._listener: socket.socket | None = None
        self._conns: list[socket.socket] = []
        self._stopping = False

    # -- control -------------------------------------------------------------------
    def cut_after_next_exec(self, nth: int = 1) -> None:
        """Redis goes away right after the ``nth`` MULTI/EXEC from now (its reply still arrives)."""
        with self._lock:
            self._armed, self._down = nth, False

    def fail_at(self, round_trip: int, how: str = "cut") -> None:
        """Fail from the ``round_trip``-th round trip since ``reset_count`` on, ``how`` (FAILURES)."""
        if how not in FAILURES:
            raise ValueError(f"unknown failure {how!r}: one of {FAILURES}")
        with self._lock:
            self._fail_at, self.fired = (round_trip, how), None

    def restore(self) -> None:
        with self._lock:
            self._armed, self._down, self._fail_at = 0, False, None
            undo, self._undo = self._undo, None
        if undo is not None:
            undo()

    @property
    def is_down(self) -> bool:
        return self._down

    def reset_count(self) -> None:
        with self._lock:
            self.round_trips = 0
            self.trace = []

    def steps(self) -> list[str]:
        """The round trips since ``reset_count``, named: ``3: HGETALL``."""
        return [f"{n}: {' '.join(_short(names))}" for n, names in enumerate(self.trace, 1)]

    def _control(self) -> redis_lib.Redis:
        return redis_lib.Redis(host=self.target[0], port=self.target[1])

    # -- server --------------------------------------------------------------------
    def start(self) -> "RedisProxy":
        self._listener = socket.create_server(("127.0.0.1", self.port))
        threading.Thread(target=self._accept, daemon=True).start()
        return self

    def stop(self) -> None:
        self._stopping = True
        if self._listener:
            self._listener.close()
        for conn in list(self._conns):
            _close(conn)
        self.restore()

    def _accept(self) -> None:
        while not self._stopping:
            try:
                client, _ = self._listener.accept()
            except OSError:
                return
            if self._down:  # the server is "gone": connections die at once
                _close(client)
                continue
            upstream = socket.create_connection(self.target)
            self._conns += [client, upstream]
            # replied: the next client write starts a round trip; open_multi: a MULTI sent, its EXEC not yet
            state = {"replied": True, "drop_reply": False, "open_multi": False}
            threading.Thread(target=self._client_to_server, args=(client, upstream, state), daemon=True).start()
            threading.Thread(target=self._server_to_client, args=(upstream, client, state), daemon=True).start()

    def _client_to_server(self, client: socket.socket, upstream: socket.socket, state: dict) -> None:
        tail = b""
        while True:
            try:
                data = client.recv(65536)
            except OSError:
                data = b""
            if not data or self._down:
                break
            failure = None
            with self._lock:
                if state["replied"] and not state["open_multi"]:
                    self.round_trips += 1
                    state["replied"] = False
                    self.trace.append([])
                    if self._fail_at and self._fail_at[0] == self.round_trips:
                        failure, self._fail_at = self._fail_at[1], None
                        self.fired = (self.round_trips, failure)
                if self.trace:
                    self.trace[-1] += [m.decode() for m in _COMMAND.findall(data)]
                if self._armed and EXEC in tail + data:
                    # Forward this write (the transaction commits and its reply flows
                    # back); anything the client sends after it finds Redis gone.
                    self._armed -= 1
                    self._down = not self._armed
                if failure == "cut":
                    self._down = True
                elif failure == "lost_reply":
                    state["drop_reply"] = True
                state["replied"] = False
                state["open_multi"] = _multi_open(tail + data, state["open_multi"])
            if failure == "cut":
                break
            if failure in ERROR_STATES:   # the server fails from here on, with its own errors
                self._undo = ERROR_STATES[failure](self._control())
            tail = data[-(len(EXEC) - 1):]  # an EXEC split across two reads, never a whole old one
            try:
                upstream.sendall(data)
            except OSError:
                break
        _close(client)
        _close(upstream)

    def _server_to_client(self, upstream: socket.socket, client: socket.socket, state: dict) -> None:
        while True:
            try:
                data = upstream.recv(65536)
            except OSError:
                data = b""
            if not data:
                break
            if state["drop_reply"]:   # it ran; the client never hears so
                with self._lock:
                    if state["open_multi"]:
                        continue      # answers to a MULTI still being written: wait for its EXEC's
                    self._down = True
                break
            state["replied"] = True
            try:
                client.sendall(data)
            except OSError:
                break
        _close(client)
        _close(upstream)


def _multi_open(data: bytes, was_open: bool) -> bool:
    """Whether a MULTI is still waiting for its EXEC after this write."""
    last_multi, last_exec = data.rfind(MULTI), data.rfind(EXEC)
    if last_multi < 0 and last_exec < 0:
        return was_open
    return last_multi > last_exec


def _short(names: list[str]) -> list[str]:
    """``MULTI HSET HSET HSET EXEC`` as ``MULTI HSETx3 EXEC``."""
    out: list[str] = []
    for name in names:
        name = name.upper()
        if out and out[-1].split("x")[0] == name:
            head, _, count = out[-1].partition("x")
            out[-1] = f"{head}x{int(count or 1) + 1}"
        else:
            out.append(name)
    return out


def _close(sock: socket.socket) -> None:
    try:
        sock.shutdown(socket.SHUT_RDWR)
    except OSError:
        pass
    sock.close()

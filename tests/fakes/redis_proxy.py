"""A TCP proxy between the app and the real test Redis, to make Redis fail at one
exact moment: right after a MULTI/EXEC transaction has been sent (its reply still
reaches the client), every later command on every connection fails as if the
server had gone away, until ``restore()``.

That is the window the inbound pipeline cannot close by itself: the turn's state
is committed, and whatever the process meant to do next is cut off. The proxy
also counts round trips (a client write that follows a server reply on the same
connection), so a test can hold the hot path to its budget.
"""
from __future__ import annotations

import socket
import threading

from tests.fakes.redis_server import free_port

EXEC = b"*1\r\n$4\r\nEXEC\r\n"   # how redis-py writes EXEC at the end of a transaction


class RedisProxy:
    def __init__(self, target_port: int, host: str = "127.0.0.1"):
        self.target = (host, target_port)
        self.port = free_port()
        self.url = f"redis://{host}:{self.port}/0"
        self.round_trips = 0
        self._armed = False      # cut after the next EXEC
        self._down = False       # every command fails
        self._lock = threading.Lock()
        self._listener: socket.socket | None = None
        self._conns: list[socket.socket] = []
        self._stopping = False

    # -- control -------------------------------------------------------------------
    def cut_after_next_exec(self) -> None:
        with self._lock:
            self._armed, self._down = True, False

    def restore(self) -> None:
        with self._lock:
            self._armed, self._down = False, False

    @property
    def is_down(self) -> bool:
        return self._down

    def reset_count(self) -> None:
        with self._lock:
            self.round_trips = 0

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
            state = {"replied": True}  # the next client write starts a round trip
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
            with self._lock:
                if state["replied"]:
                    self.round_trips += 1
                    state["replied"] = False
                if self._armed and EXEC in tail + data:
                    # Forward this write (the transaction commits and its reply flows
                    # back); anything the client sends after it finds Redis gone.
                    self._armed, self._down = False, True
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
            state["replied"] = True
            try:
                client.sendall(data)
            except OSError:
                break
        _close(client)
        _close(upstream)


def _close(sock: socket.socket) -> None:
    try:
        sock.shutdown(socket.SHUT_RDWR)
    except OSError:
        pass
    sock.close()

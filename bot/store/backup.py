"""Point-in-time snapshots of the whole Redis data set, sealed with a Fernet key.

Taking one: ``SYNC`` on a connection of our own, as a replica does. The server
forks, writes an RDB of the data set as it was at that instant (consistent
across every key, with no pause for other clients), and streams it to us as
``$<length>\\r\\n<bytes>``, sending a bare ``\\n`` every second while the fork
is still writing. It works the same for the embedded server (unix socket) and
a remote one (TCP, TLS, AUTH), because the connection is built by redis-py from
the app's own connection settings. We read the RDB and hang up before the
replication stream that follows.

The backup holds every tip's text, so it is never written in the clear: the RDB
is cut into chunks, each sealed as a Fernet token (AES-128-CBC + HMAC-SHA256)
that also carries its index and a last-chunk flag, so a reordered, truncated or
altered file is refused rather than half-restored. Memory stays bounded by the
chunk size whatever the size of the data set. Files are created 0600.

File layout: ``MAGIC`` then, per chunk, a 4-byte big-endian length and the raw
(base64-decoded) Fernet token of ``index (8 bytes) + last (1 byte) + data``.
"""
from __future__ import annotations

import base64
import os
import struct
from collections.abc import Iterator

MAGIC = b"TIPLINE-REDIS-BACKUP 1\n"
CHUNK_BYTES = 1 << 20
_HEAD = struct.Struct(">QB")   # chunk index, last-chunk flag
_LEN = struct.Struct(">I")


class BackupError(RuntimeError):
    """The snapshot could not be taken or the file cannot be read (message for the admin)."""


# -- taking the snapshot -------------------------------------------------------------------
def stream_rdb(redis, timeout_s: float = 300.0) -> Iterator[bytes]:
    """Yield the server's RDB snapshot in pieces (see the module docstring)."""
    pool = redis.connection_pool
    # A connection outside the pool, from the pool's own settings (host or unix socket,
    # TLS, AUTH, db): once it has sent SYNC it is a replica link and must never be reused.
    conn = pool.connection_class(**{**pool.connection_kwargs, "socket_timeout": timeout_s})
    try:
        conn.connect()
        conn.send_command("SYNC")
        # redis-py has no public raw-socket read; the reply is not RESP (no trailing CRLF).
        reader = _SocketReader(conn._sock)
        line = reader.line()
        while line == b"":          # keep-alive newlines while the server forks and writes
            line = reader.line()
        if line.startswith(b"-"):
            raise BackupError(f"the server refused SYNC: {line[1:].decode(errors='replace')} "
                              "(a managed Redis may disable it: use the provider's snapshots)")
        if not line.startswith(b"$"):
            raise BackupError(f"unexpected reply to SYNC: {line[:40]!r}")
        if line.startswith(b"$EOF:"):   # diskless format; only sent to replicas that ask for it
            yield from reader.until_mark(line[5:])
        else:
            yield from reader.exactly(int(line[1:]))
    finally:
        conn.disconnect()


class _SocketReader:
    def __init__(self, sock):
        self.sock, self.buf = sock, b""

    def _fill(self) -> None:
        data = self.sock.recv(1 << 16)
        if not data:
            raise BackupError("the server closed the connection during the snapshot")
        self.buf += data

    def line(self) -> bytes:
        """The next line without its terminator; a bare keep-alive reads as b''."""
        while b"\n" not in self.buf:
            self._fill()
        line, _, self.buf = self.buf.partition(b"\n")
        return line.rstrip(b"\r")

    def exactly(self, n: int) -> Iterator[bytes]:
        while n > 0:
            if not self.buf:
                self._fill()
            piece, self.buf = self.buf[:n], self.buf[n:]
            n -= len(piece)
            yield piece

    def until_mark(self, mark: bytes) -> Iterator[bytes]:
        while True:
            end = self.buf.find(mark)
            if end >= 0:
                yield self.buf[:end]
                return
            keep = len(mark) - 1   # a mark split across two reads
            if len(self.buf) > keep:
                yield self.buf[:-keep]
                self.buf = self.buf[-keep:]
            self._fill()


# -- the sealed file -----------------------------------------------------------------------
def _rechunk(pieces: Iterator[bytes], size: int) -> Iterator[tuple[bytes, bool]]:
    """(chunk, is_last) of exactly ``size`` bytes except the last."""
    buf = bytearray()
    for piece in pieces:
        buf += piece
        while len(buf) > size:
            yield bytes(buf[:size]), False
            del buf[:size]
    yield bytes(buf), True


def write_sealed(path: str, pieces: Iterator[bytes], fernet, chunk_bytes: int = CHUNK_BYTES) -> int:
    """Seal ``pieces`` into ``path`` (0600, written to a temporary name then renamed,
    so a failed backup never leaves a partial file under the final name). Returns
    the number of plaintext bytes."""
    tmp = f"{path}.partial-{os.getpid()}"
    total = 0
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(fd, "wb") as fh:
            os.fchmod(fh.fileno(), 0o600)   # whatever the umask
            fh.write(MAGIC)
            for index, (chunk, last) in enumerate(_rechunk(pieces, chunk_bytes)):
                if index == 0 and not chunk.startswith(b"REDIS"):
                    raise BackupError("the server did not send an RDB snapshot")
                token = base64.urlsafe_b64decode(fernet.encrypt(_HEAD.pack(index, last) + chunk))
                fh.write(_LEN.pack(len(token)) + token)
                total += len(chunk)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.remove(tmp)
        raise
    return total


def read_sealed(path: str, fernet) -> Iterator[bytes]:
    """The plaintext of a sealed file, chunk by chunk. ``fernet`` may be a
    MultiFernet (every configured key is tried: backups survive key rotation)."""
    from cryptography.fernet import InvalidToken

    with open(path, "rb") as fh:
        if fh.read(len(MAGIC)) != MAGIC:
            raise BackupError(f"{path} is not a tip line backup")
        index = 0
        while True:
            head = fh.read(_LEN.size)
            if len(head) < _LEN.size:
                raise BackupError(f"{path} is truncated (no final chunk)")
            token = fh.read(_LEN.unpack(head)[0])
            try:
                plain = fernet.decrypt(base64.urlsafe_b64encode(token))
            except InvalidToken:
                raise BackupError(f"{path}: chunk {index} cannot be decrypted with SEALING_KEYS "
                                  "(wrong key, or the file was altered)") from None
            got, last = _HEAD.unpack_from(plain)
            if got != index:
                raise BackupError(f"{path}: chunk {got} found where {index} was expected")
            yield plain[_HEAD.size:]
            if last:
                return
            index += 1


def write_plain(path: str, pieces: Iterator[bytes]) -> int:
    """Write decrypted bytes (an RDB for a restore) to a new 0600 file."""
    total = 0
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as fh:
        os.fchmod(fh.fileno(), 0o600)
        for piece in pieces:
            fh.write(piece)
            total += len(piece)
        fh.flush()
        os.fsync(fh.fileno())
    return total


def take(redis, path: str, fernet) -> int:
    """Snapshot the server behind ``redis`` into the sealed file ``path``; returns the RDB size."""
    return write_sealed(path, stream_rdb(redis), fernet)

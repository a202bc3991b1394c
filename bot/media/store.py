"""Where media bytes live: a small interface, and the filesystem store behind it.

Files are named by the SHA-256 of the original's bytes (content-addressed): the
same photo sent twice, in two texts or two tips, is stored once. Each hash has
two kinds of file: the ``original`` (byte for byte what Twilio served: the
evidence) and its ``preview`` (re-encoded, no metadata; bot.media.images).

An object store (S3, Azure Blob ...) replaces the filesystem by implementing
``MediaStore`` and naming its factory in MEDIA_STORE (``package.module:factory``,
called with the app's config). The interface is deliberately small: write once
(``put`` of a name that exists does nothing), read, check, delete. What refers to
a file, and so when it may go, is kept in Redis (bot.media.records), not here.
"""
from __future__ import annotations

import hashlib
import importlib
import os
import re
import tempfile
from typing import BinaryIO, Protocol

ORIGINAL, PREVIEW = "original", "preview"
KINDS = (ORIGINAL, PREVIEW)
_SHA256 = re.compile(r"[0-9a-f]{64}")


def check_name(sha256: str, kind: str) -> None:
    if kind not in KINDS:
        raise ValueError(f"not a kind of media file: {kind!r}")
    if not isinstance(sha256, str) or not _SHA256.fullmatch(sha256):
        raise ValueError("not a SHA-256 in lower-case hex")


class MediaStore(Protocol):
    def put(self, sha256: str, kind: str, data: bytes) -> bool:
        """Store ``data`` as (sha256, kind) unless it is there already; True if written.
        An ``original`` must hash to ``sha256`` (ValueError otherwise)."""

    def open(self, sha256: str, kind: str) -> BinaryIO:
        """A binary file object to read; FileNotFoundError if it is not stored."""

    def exists(self, sha256: str, kind: str) -> bool:
        ...

    def delete(self, sha256: str) -> int:
        """Delete both kinds of file of a hash; returns how many there were."""


class FilesystemStore:
    """``<root>/original/ab/<sha256>`` and ``<root>/preview/ab/<sha256>.jpg``.

    Folders are 0700 and files 0600 (whatever the umask): only the account the app
    runs as can read them. A file is written to a temporary name beside its final
    one, flushed to disk, then renamed, so a reader never sees half a file and a
    crash leaves at most a stray ``.*.tmp`` (never under a real name).
    """

    def __init__(self, root: str):
        self.root = os.path.abspath(root)

    def path(self, sha256: str, kind: str) -> str:
        check_name(sha256, kind)
        name = sha256 + (".jpg" if kind == PREVIEW else "")
        return os.path.join(self.root, kind, sha256[:2], name)

    def _folder(self, path: str) -> str:
        folder = os.path.dirname(path)   # <root>/<kind>/<ab>
        os.makedirs(os.path.dirname(self.root), exist_ok=True)   # the instance folder: not ours to chmod
        for level in (self.root, os.path.dirname(folder), folder):
            try:
                os.mkdir(level, 0o700)
            except FileExistsError:
                continue
            os.chmod(level, 0o700)   # the umask may have taken bits off; never added any
        return folder

    def put(self, sha256: str, kind: str, data: bytes) -> bool:
        target = self.path(sha256, kind)
        if kind == ORIGINAL and hashlib.sha256(data).hexdigest() != sha256:
            raise ValueError("the bytes do not have that SHA-256")
        if os.path.exists(target):
            return False
        folder = self._folder(target)
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=".", suffix=".tmp")   # 0600, O_EXCL
        try:
            with os.fdopen(fd, "wb") as f:
                os.fchmod(f.fileno(), 0o600)
                f.write(data)
                f.flush()
                os.fsync(f.fileno())
            os.replace(tmp, target)
        except BaseException:
            try:
                os.unlink(tmp)
            except FileNotFoundError:
                pass
            raise
        _fsync_dir(folder)
        return True

    def open(self, sha256: str, kind: str) -> BinaryIO:
        return open(self.path(sha256, kind), "rb")

    def exists(self, sha256: str, kind: str) -> bool:
        return os.path.exists(self.path(sha256, kind))

    def delete(self, sha256: str) -> int:
        removed = 0
        for kind in KINDS:
            try:
                os.unlink(self.path(sha256, kind))
                removed += 1
            except FileNotFoundError:
                pass
        return removed


def _fsync_dir(folder: str) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def make_store(config) -> MediaStore:
    """The store MEDIA_STORE names: ``filesystem`` (MEDIA_DIR, default
    ``<INSTANCE_PATH>/media``) or ``package.module:factory``."""
    kind = (config.get("MEDIA_STORE") or "filesystem").strip()
    if kind == "filesystem":
        root = config.get("MEDIA_DIR") or os.path.join(config["INSTANCE_PATH"], "media")
        return FilesystemStore(root)
    module, _, name = kind.partition(":")
    if not module or not name:
        raise ValueError(f"MEDIA_STORE must be 'filesystem' or 'package.module:factory', not {kind!r}")
    return getattr(importlib.import_module(module), name)(config)

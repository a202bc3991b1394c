"""The filesystem media store: content-addressed, written once, 0600 files in 0700
folders whatever the umask, no half-written file under a real name, and an object
store can stand in through MEDIA_STORE (bot.media.store)."""
from __future__ import annotations

import hashlib
import os
import stat

import pytest

from bot.media import store as media_store
from bot.media.store import ORIGINAL, PREVIEW, FilesystemStore, make_store

DATA = b"\xff\xd8\xff\xe0 not really a jpeg"
SHA = hashlib.sha256(DATA).hexdigest()


def mode(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def test_files_are_0600_and_folders_0700_even_with_a_lax_umask(tmp_path):
    old = os.umask(0o000)
    try:
        fs = FilesystemStore(str(tmp_path / "instance" / "media"))
        assert fs.put(SHA, ORIGINAL, DATA) is True
        assert fs.put(SHA, PREVIEW, b"preview") is True
    finally:
        os.umask(old)
    path = fs.path(SHA, ORIGINAL)
    assert path == str(tmp_path / "instance" / "media" / "original" / SHA[:2] / SHA)
    assert mode(path) == 0o600 and mode(fs.path(SHA, PREVIEW)) == 0o600
    for folder in (fs.root, os.path.dirname(os.path.dirname(path)), os.path.dirname(path)):
        assert mode(folder) == 0o700, folder
    with fs.open(SHA, ORIGINAL) as f:
        assert f.read() == DATA
    assert not [n for n in os.listdir(os.path.dirname(path)) if n.endswith(".tmp")]


def test_the_same_bytes_are_stored_once(tmp_path):
    fs = FilesystemStore(str(tmp_path / "media"))
    assert fs.put(SHA, ORIGINAL, DATA) is True
    before = os.stat(fs.path(SHA, ORIGINAL)).st_mtime_ns
    assert fs.put(SHA, ORIGINAL, DATA) is False
    assert os.stat(fs.path(SHA, ORIGINAL)).st_mtime_ns == before


def test_an_original_must_have_its_hash(tmp_path):
    fs = FilesystemStore(str(tmp_path / "media"))
    with pytest.raises(ValueError):
        fs.put(SHA, ORIGINAL, DATA + b"x")
    with pytest.raises(ValueError):
        fs.put("../../etc/passwd", ORIGINAL, DATA)
    with pytest.raises(ValueError):
        fs.open(SHA.upper(), ORIGINAL)
    assert not os.path.exists(fs.path(SHA, ORIGINAL))


def test_a_failed_write_leaves_nothing_under_the_real_name(tmp_path, monkeypatch):
    fs = FilesystemStore(str(tmp_path / "media"))

    def boom(fd):
        raise OSError("disk full")
    monkeypatch.setattr(media_store.os, "fsync", boom)
    with pytest.raises(OSError):
        fs.put(SHA, ORIGINAL, DATA)
    folder = os.path.dirname(fs.path(SHA, ORIGINAL))
    assert os.listdir(folder) == []


def test_delete_takes_both_kinds(tmp_path):
    fs = FilesystemStore(str(tmp_path / "media"))
    fs.put(SHA, ORIGINAL, DATA)
    fs.put(SHA, PREVIEW, b"p")
    assert fs.delete(SHA) == 2 and not fs.exists(SHA, ORIGINAL) and not fs.exists(SHA, PREVIEW)
    assert fs.delete(SHA) == 0


class MemoryStore:
    """What an object store implements: put once, open, exists, delete."""
    def __init__(self, config):
        self.blobs = {}

    def put(self, sha256, kind, data):
        return self.blobs.setdefault((sha256, kind), data) is data

    def open(self, sha256, kind):
        import io
        return io.BytesIO(self.blobs[(sha256, kind)])

    def exists(self, sha256, kind):
        return (sha256, kind) in self.blobs

    def delete(self, sha256):
        return sum(self.blobs.pop((sha256, k), None) is not None for k in ("original", "preview"))


def test_media_store_setting_picks_the_store(tmp_path):
    fs = make_store({"MEDIA_STORE": "filesystem", "INSTANCE_PATH": str(tmp_path)})
    assert isinstance(fs, FilesystemStore) and fs.root == str(tmp_path / "media")
    assert make_store({"MEDIA_DIR": str(tmp_path / "elsewhere"), "INSTANCE_PATH": "x"}).root == \
        str(tmp_path / "elsewhere")
    other = make_store({"MEDIA_STORE": f"{__name__}:MemoryStore"})
    assert isinstance(other, MemoryStore)
    with pytest.raises(ValueError):
        make_store({"MEDIA_STORE": "s3"})

"""Backups and restores of the whole data set, with what they mean for governance.

A backup is sealed with the first key of SEALING_KEYS (it holds tip content and
sealed numbers, so it needs the same protection as the numbers); a restore
tries every key, so backups survive key rotation as long as their key stays in
SEALING_KEYS (or is put back for the restore).

Restoring brings back tips erased or expired since the backup was taken. The
retention sweep deletes expired ones again on its next run; erasures are
re-applied at once: the erasures recorded in the audit stream of the data being
replaced are read before the restore and erased again afterwards, each audited.

Only the embedded server is restored in place. An external Redis belongs to its
operators (replicas, Sentinel, a managed service): we write the decrypted RDB
where they say and print what to do.
"""
from __future__ import annotations

import os
import time
from dataclasses import dataclass, field

import redis as redis_lib
from cryptography.fernet import Fernet, MultiFernet

from bot.governance import actors, erasure
from bot.officers import audit
from bot.store import backup, embedded_redis, keys


def ciphers(config) -> tuple[Fernet, MultiFernet]:
    """(the key that encrypts, every key that may decrypt)."""
    keys_ = [Fernet(k.strip().encode()) for k in (config.get("SEALING_KEYS") or "").split(",") if k.strip()]
    if not keys_:
        raise backup.BackupError("SEALING_KEYS is not set")
    return keys_[0], MultiFernet(keys_)


def embedded_dir(config) -> str | None:
    """The embedded server's data folder when the app uses it, else None."""
    data_dir = os.path.join(config["INSTANCE_PATH"], "redis")
    return data_dir if config["REDIS_URL"] == embedded_redis.socket_url(data_dir) else None


@dataclass
class BackupInfo:
    path: str
    rdb_bytes: int
    file_bytes: int
    seconds: float
    keys: int


def take_backup(svc, path: str, *, by: str) -> BackupInfo:
    encrypt, _ = ciphers(svc.config)
    if os.path.exists(path):
        raise backup.BackupError(f"{path} exists; choose a new file")
    start = time.monotonic()
    count = svc.redis.dbsize()
    rdb_bytes = backup.take(svc.redis, path, encrypt)
    info = BackupInfo(path, rdb_bytes, os.path.getsize(path), time.monotonic() - start, count)
    pipe = svc.redis.pipeline(transaction=True)
    audit.record(pipe, "backup_taken", officer=actors.admin(by),
                 detail=f"{os.path.basename(path)}: {count} keys, {rdb_bytes} bytes")
    pipe.execute()
    return info


def erasures(redis) -> list[dict]:
    """Every erasure in the audit stream (tip, reason, when, by), oldest first."""
    return audit.entries(redis, limit=100_000, action="tip_erased")


@dataclass
class RestoreInfo:
    keys: int
    aside: str
    reapplied: list[str] = field(default_factory=list)
    not_reapplied: list[str] = field(default_factory=list)


def other_clients(url: str) -> int:
    client = redis_lib.Redis.from_url(url)
    try:
        me = client.client_id()
        return sum(1 for c in client.client_list() if int(c["id"]) != me)
    finally:
        client.close()


def restore_embedded(svc, path: str, *, by: str, force: bool = False) -> RestoreInfo:
    data_dir = embedded_dir(svc.config)
    _, decrypt = ciphers(svc.config)
    actor = actors.admin(by)   # refuses an empty --by before anything is touched
    # Decrypt the whole file first: a wrong key or a damaged file stops us here,
    # before the running server is touched.
    rdb = os.path.join(data_dir, f"restore-{os.getpid()}.rdb")
    try:
        backup.write_plain(rdb, backup.read_sealed(path, decrypt))
    except BaseException:
        if os.path.exists(rdb):
            os.remove(rdb)
        raise
    try:
        svc.redis.connection_pool.disconnect()
        busy = other_clients(svc.config["REDIS_URL"])
        if busy and not force:
            raise backup.BackupError(f"{busy} other clients are connected (web, worker, chat?): stop them first, "
                                     "or pass --force")
        erased = erasures(svc.redis)
        svc.redis.connection_pool.disconnect()
        aside = embedded_redis.load_rdb(data_dir, rdb)
    finally:
        if os.path.exists(rdb):
            os.remove(rdb)
    svc.redis.connection_pool.disconnect()   # drop sockets to the old server process
    info = RestoreInfo(keys=svc.redis.dbsize(), aside=aside)
    for entry in erased:
        tip_id = entry.get("tip") or ""
        if not tip_id or not svc.redis.exists(keys.tip(tip_id)):
            continue
        try:
            erasure.erase_tip(svc, tip_id, by=by, reason=f"re-applied after restore; erased "
                              f"{_day(entry.get('at'))} by {entry.get('name')}: {entry.get('detail')}")
            info.reapplied.append(tip_id)
        except erasure.Refused as exc:
            info.not_reapplied.append(f"{tip_id}: {exc}")
    pipe = svc.redis.pipeline(transaction=True)
    audit.record(pipe, "restored", officer=actor,
                 detail=f"from {os.path.basename(path)}; {len(info.reapplied)} erasures re-applied")
    pipe.execute()
    return info


def export_rdb(svc, path: str, rdb_out: str, *, by: str) -> tuple[int, list[dict]]:
    """External Redis: decrypt to ``rdb_out`` (0600) and list the erasures to re-apply."""
    _, decrypt = ciphers(svc.config)
    actor = actors.admin(by)
    try:
        size = backup.write_plain(rdb_out, backup.read_sealed(path, decrypt))
    except FileExistsError:
        raise backup.BackupError(f"{rdb_out} exists; choose a new file") from None
    except BaseException:
        if os.path.exists(rdb_out):
            os.remove(rdb_out)
        raise
    pipe = svc.redis.pipeline(transaction=True)
    audit.record(pipe, "backup_decrypted", officer=actor,
                 detail=f"{os.path.basename(path)} -> {rdb_out} ({size} bytes) for a restore by the Redis operators")
    pipe.execute()
    return size, erasures(svc.redis)


def _day(at) -> str:
    return time.strftime("%Y-%m-%d", time.gmtime(float(at or 0)))

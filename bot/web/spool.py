"""When Redis fails (unreachable, out of memory, read-only after a failover ...), a
text is written to a local spool file instead of being dropped, and replayed with
``flask --app wsgi spool-replay`` once Redis is back.

- Every record is sealed whole (sender, body, media, MessageSid) with the same
  Fernet keys as numbers in Redis; the file and its folder are private (0600/0700).
- Replay is resumable and never overwrites: the live spool is renamed to a batch
  file of its own (a unique name) and batches are replayed line by line. A
  replay that dies half way leaves its batch for the next one; lines already
  replayed are not advanced twice, because the inbound pipeline answers a
  MessageSid it has seen from its reply cache (every record has a MessageSid:
  one is made up at spool time if Twilio's was missing).
- A line that cannot be read (truncated by a crash, a key no longer configured)
  is moved to ``rejected.jsonl`` beside the spool and counted; it never stops
  the rest of the batch. Texts that fail again are appended to the live spool.
"""
from __future__ import annotations

import fcntl
import glob
import json
import logging
import os
import time
import uuid
from contextlib import contextmanager

log = logging.getLogger(__name__)

SPOOL_NAME = "inbound.jsonl"
BATCH_GLOB = "batch-*.jsonl"
REJECTED_NAME = "rejected.jsonl"


def spool_dir(config: dict) -> str:
    return os.path.join(config["INSTANCE_PATH"], "spool")


def spool_path(config: dict) -> str:
    return os.path.join(spool_dir(config), SPOOL_NAME)


def _private_dir(path: str) -> None:
    os.makedirs(path, mode=0o700, exist_ok=True)
    os.chmod(path, 0o700)


def _append(path: str, lines: list[str]) -> None:
    """Append whole lines, durably, to a file only the service user can read."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    try:
        os.write(fd, "".join(lines).encode())
        os.fsync(fd)
    finally:
        os.close(fd)


def spool_inbound(svc, raw_from: str, body: str | None, media: list[str], sid: str | None,
                  reason: str) -> None:
    _private_dir(spool_dir(svc.config))
    payload = {"from": raw_from, "body": body, "media": media,
               "sid": sid or f"spool-{uuid.uuid4().hex}"}
    sealed = svc.identity.seal(json.dumps(payload)).decode()
    record = {"v": 2, "at": time.time(), "reason": reason, "sealed": sealed}
    # The leading newline parts this record from a line a crash left half-written.
    _append(spool_path(svc.config), ["\n" + json.dumps(record) + "\n"])


def pending(config: dict) -> int:
    """Texts waiting in the spool (live file and unfinished batches)."""
    total = 0
    for path in [spool_path(config), *glob.glob(os.path.join(spool_dir(config), BATCH_GLOB))]:
        if os.path.exists(path):
            with open(path, "rb") as fh:
                total += sum(1 for line in fh if line.strip())
    return total


@contextmanager
def _replay_lock(directory: str):
    """One replay at a time (two would interleave one phone's texts)."""
    fd = os.open(os.path.join(directory, ".replay.lock"), os.O_WRONLY | os.O_CREAT, 0o600)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        fcntl.flock(fd, fcntl.LOCK_UN)
        os.close(fd)


def _read(svc, line: str) -> tuple[dict, float | None]:
    """(the sealed payload, when the text arrived)."""
    record = json.loads(line)
    if "sealed" not in record:
        raise ValueError("not a spool record")
    raw = svc.identity.unseal(record["sealed"])
    if raw is None:
        raise ValueError("sealed with a key that is no longer configured")
    at = record.get("at")
    return json.loads(raw), float(at) if isinstance(at, (int, float)) else None


def replay(svc, handle) -> tuple[int, int, int]:
    """Feed spooled texts through ``handle(raw_from, body, media, sid, arrived_at)`` (the
    time Twilio delivered the text, so the thread shows when it was sent, not replayed).

    Returns (replayed, kept for later, rejected as unreadable)."""
    directory = spool_dir(svc.config)
    if not os.path.isdir(directory):
        return 0, 0, 0
    done = kept = rejected = 0
    with _replay_lock(directory):
        live = spool_path(svc.config)
        if os.path.exists(live):  # a name no other batch has: nothing is ever overwritten
            os.rename(live, os.path.join(directory, f"batch-{time.time_ns():020d}-{uuid.uuid4().hex[:8]}.jsonl"))
        for batch in sorted(glob.glob(os.path.join(directory, BATCH_GLOB))):  # oldest first
            with open(batch) as fh:
                for line in fh:
                    if not line.strip():
                        continue
                    try:
                        record, at = _read(svc, line)
                    except (ValueError, TypeError, KeyError) as exc:
                        _append(os.path.join(directory, REJECTED_NAME), [line if line.endswith("\n") else line + "\n"])
                        log.error("spool line rejected (%s)", exc)
                        rejected += 1
                        continue
                    try:
                        handle(record["from"], record["body"], record["media"], record["sid"], at)
                        done += 1
                    except Exception as exc:  # Redis still failing: keep it for the next replay
                        log.warning("spooled text not replayed yet (%s)", type(exc).__name__)
                        _append(live, [line])
                        kept += 1
            os.remove(batch)
    return done, kept, rejected

"""When Redis cannot be reached, a text is written to a local spool file instead of
being dropped. The number is sealed (Fernet) exactly as in Redis; the spool is
replayed with ``flask --app wsgi spool-replay`` once Redis is back."""
from __future__ import annotations

import json
import os
import time


def spool_path(config: dict) -> str:
    return os.path.join(config["INSTANCE_PATH"], "spool", "inbound.jsonl")


def spool_inbound(svc, raw_from: str | None, body: str | None, media: list[str], sid: str | None,
                  reason: str) -> None:
    path = spool_path(svc.config)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    sealed = svc.identity.seal(raw_from).decode() if raw_from else None
    record = {"sealed_from": sealed, "body": body, "media": media, "sid": sid,
              "at": time.time(), "reason": reason}
    with open(path, "a") as fh:
        fh.write(json.dumps(record) + "\n")
        fh.flush()
        os.fsync(fh.fileno())


def replay(svc, handle) -> tuple[int, int]:
    """Feed spooled texts through ``handle(raw_from, body, media, sid)``; keep failures."""
    path = spool_path(svc.config)
    if not os.path.exists(path):
        return 0, 0
    work = path + ".replaying"
    os.replace(path, work)
    done, kept = 0, []
    with open(work) as fh:
        for line in fh:
            record = json.loads(line)
            raw_from = svc.identity.unseal(record["sealed_from"]) if record.get("sealed_from") else None
            try:
                handle(raw_from, record["body"], record["media"], record["sid"])
                done += 1
            except Exception:
                kept.append(line)
    if kept:
        with open(path, "a") as fh:
            fh.writelines(kept)
    os.remove(work)
    return done, len(kept)

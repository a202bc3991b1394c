"""The officer audit log: an append-only Redis stream.

Every officer action (reply, show, claim, close, duty change, PIN failure) and
every registry change by an admin is one entry: time, officer (pseudonym, name,
badge), action, tip ID and a short detail. Entries never hold a phone number or
a relayed text (the text is in the tip's thread): only who did what to which tip.
The stream is never trimmed by the app; retention is a deliberate admin task.
"""
from __future__ import annotations

import time
from datetime import datetime, timezone

from rq.utils import decode_redis_hash

from bot.store import keys


def record(pipe, action: str, *, officer: dict | None = None, tip_id: str = "", detail: str = "",
           at: float | None = None) -> None:
    """Append one entry (``pipe`` may be a pipeline, so it commits with the action)."""
    officer = officer or {}
    pipe.xadd(keys.AUDIT_LOG, {
        "at": f"{at or time.time():.3f}",
        "action": action,
        "officer": (officer.get("pseudonym") or "admin")[:12],
        "name": officer.get("name", "admin" if not officer else ""),
        "badge": officer.get("badge", ""),
        "tip": tip_id or "",
        "detail": detail[:200],
    })


def entries(redis, *, limit: int = 200, tip_id: str = "", action: str = "") -> list[dict]:
    """The latest ``limit`` matching entries, oldest first."""
    out = []
    for entry_id, fields in redis.xrevrange(keys.AUDIT_LOG, count=max(limit * 20, 1000) if (tip_id or action)
                                            else limit):
        e = decode_redis_hash(fields, decode_values=True)
        if tip_id and e.get("tip") != tip_id:
            continue
        if action and e.get("action") != action:
            continue
        e["id"] = entry_id.decode()
        out.append(e)
        if len(out) >= limit:
            break
    return list(reversed(out))


def format_entry(e: dict) -> str:
    when = datetime.fromtimestamp(float(e.get("at") or 0), tz=timezone.utc).strftime("%Y-%m-%d %H:%M:%S")
    who = e.get("name") or e.get("officer")
    if e.get("badge"):
        who = f"{who} ({e['badge']})"
    parts = [when + "Z", f"{e.get('action', ''):<14}", f"{e.get('tip') or '-':<8}", who]
    if e.get("detail"):
        parts.append(e["detail"])
    return "  ".join(parts)

"""The officer audit log: an append-only Redis stream.

Every officer action, whichever feature's command it is (reply, show, claim,
close, duty change, PIN failure, community alerts: alert, alert_send,
alert_status, alert_halt, alert_discard; and their refusals, ``<action>_refused``)
and every registry change by an admin is one entry: time, officer (pseudonym,
name, badge), action, tip ID or alert code, and a short detail.
tests/officers/test_audit_every_command.py walks the command registry to keep it so.

A staff member acting in the web console (bot/console) is recorded like an
officer: ``officer`` is their officer pseudonym when their account is linked to an
officer phone (so console and SMS actions are the same person), else "staff"; the
entry also carries ``staff``, the console account's ID.

Entries never hold a phone number, a subscriber's pseudonym, or a relayed text
(the text is in the tip's thread): only who did what to which tip or alert. The
one text kept is an ALERT's own text (``text``): it is broadcast to the public
anyway, and the log is the force's record of what was sent, long after the alert
record expires. The stream is never trimmed by the app; retention is a deliberate
admin task.
"""
from __future__ import annotations

import time
from datetime import datetime, timezone

from rq.utils import decode_redis_hash

from bot.store import keys

MAX_TEXT = 1600   # an alert's text is at most one message body


def record(pipe, action: str, *, officer: dict | None = None, tip_id: str = "", detail: str = "",
           at: float | None = None, alert_id: str = "", text: str = "") -> None:
    """Append one entry (``pipe`` may be a pipeline, so it commits with the action).

    ``alert_id`` names a community alert; ``text`` is only for an alert's own (public) text.
    ``officer`` may carry ``staff`` (a console account's ID: bot/console/audit.py)."""
    officer = officer or {}
    fields = {
        "at": f"{at or time.time():.3f}",
        "action": action,
        "officer": (officer.get("pseudonym") or "admin")[:12],
        "name": officer.get("name", "admin" if not officer else ""),
        "badge": officer.get("badge", ""),
        "tip": tip_id or "",
        "detail": detail[:200],
    }
    if officer.get("staff"):
        fields["staff"] = str(officer["staff"])[:32]
    if alert_id:
        fields["alert"] = alert_id
    if text:
        fields["text"] = text[:MAX_TEXT]
    pipe.xadd(keys.AUDIT_LOG, fields)


def entries(redis, *, limit: int = 200, tip_id: str = "", action: str = "", alert_id: str = "",
            staff: str = "") -> list[dict]:
    """The latest ``limit`` matching entries, oldest first (``staff``: a console account's ID)."""
    out = []
    narrowed = tip_id or action or alert_id or staff
    for entry_id, fields in redis.xrevrange(keys.AUDIT_LOG, count=max(limit * 20, 1000) if narrowed else limit):
        e = decode_redis_hash(fields, decode_values=True)
        if tip_id and e.get("tip") != tip_id:
            continue
        if alert_id and e.get("alert") != alert_id:
            continue
        if action and e.get("action") != action:
            continue
        if staff and e.get("staff") != staff:
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
    if e.get("staff"):
        who = f"{who} [console {e['staff']}]"
    parts = [when + "Z", f"{e.get('action', ''):<14}", f"{e.get('tip') or e.get('alert') or '-':<8}", who]
    if e.get("detail"):
        parts.append(e["detail"])
    if e.get("text"):
        parts.append(f'"{e["text"]}"')
    return "  ".join(parts)

"""The audit log for admins: the same stream as ``flask --app wsgi audit`` (SMS and console)."""
from __future__ import annotations

from datetime import datetime, timezone

from flask import Blueprint, render_template, request

from bot.console.access import require_role
from bot.officers import audit

bp = Blueprint("audit", __name__, url_prefix="/audit")
LIMIT = 200


@bp.get("")
@require_role("admin")
def index():
    from bot.services import current

    tip = request.args.get("tip", "").strip().upper()[:12]
    action = request.args.get("action", "").strip().lower()[:40]
    staff = request.args.get("staff", "").strip().lower()[:32]
    rows = audit.entries(current().redis, limit=LIMIT, tip_id=tip, action=action, staff=staff)
    for e in rows:
        e["when"] = datetime.fromtimestamp(float(e.get("at") or 0), tz=timezone.utc).strftime("%Y-%m-%d %H:%M:%S")
    return render_template("console/audit.html", rows=list(reversed(rows)), tip=tip, action=action, staff_id=staff,
                           limit=LIMIT)

"""POST /sms/status: Twilio's delivery reports, signed and validated like /sms."""
from __future__ import annotations

import logging
import time

from flask import Blueprint, Response, request

from bot.messaging import delivery
from bot.services import current
from bot.web.webhook import require_signature

log = logging.getLogger(__name__)
bp = Blueprint("status_callback", __name__)


@bp.post("/sms/status")
def status_callback():
    require_signature()
    form = request.form
    sid = (form.get("MessageSid") or form.get("SmsMessageSid") or form.get("SmsSid") or "").strip()
    status = (form.get("MessageStatus") or form.get("SmsStatus") or "").strip().lower()
    if not sid or len(sid) > 64 or not sid.isalnum():
        return Response("missing or bad MessageSid", status=400, mimetype="text/plain")
    if not delivery.is_known(status):
        log.info("status callback for %s with unknown status %r ignored", sid[:12], status[:20])
        return Response(status=204)
    delivery.report(current(), sid, status, (form.get("ErrorCode") or "")[:10], time.time())
    return Response(status=204)

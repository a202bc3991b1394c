"""Local mode (no Twilio credentials): alerts are recorded for the simulator, not sent."""
from __future__ import annotations

import json

from bot.store import keys
from tests.helpers import ALERT_OFFICER, ALERT_TEXT


def test_alert_in_local_mode_is_recorded_in_the_outbox(local_app, officers, make_phone, preview_code, worker,
                                                       fake_twilio):
    app = local_app
    assert app.config["LOCAL_MODE"]
    svc = app.extensions["tipline"]
    make_phone("+447700900301", app=app).send("JOIN FARMWATCH BA3 5QE")
    officer = officers.register(ALERT_OFFICER, app=app)
    code = preview_code(officer.send(f"ALERT FARMWATCH 2km BA3 5QE {ALERT_TEXT}"))
    officer.send(f"SEND {code}")
    worker(app)
    outbox = [json.loads(x) for x in svc.redis.lrange(keys.LOCAL_OUTBOX, 0, -1)]
    alerts = [e for e in outbox if e["kind"] == "alert"]
    assert len(alerts) == 1 and ALERT_TEXT in alerts[0]["body"]
    assert alerts[0]["to"] == svc.identity.pseudonym("+447700900301")  # a pseudonym, never the number
    assert fake_twilio.messages == []


def test_status_in_local_mode_reaches_delivered(local_app, officers, make_phone, preview_code, worker):
    """No carrier sends status callbacks in local mode: recorded texts count as delivered,
    so STATUS does not say "awaiting report" for ever."""
    for n in (301, 302):
        make_phone(f"+447700900{n}", app=local_app).send("JOIN FARMWATCH BA3 5QE")
    officer = officers.register(ALERT_OFFICER, app=local_app)
    code = preview_code(officer.send(f"ALERT FARMWATCH 2km BA3 5QE {ALERT_TEXT}"))
    officer.send(f"SEND {code}")
    worker(local_app)
    status = " ".join(officer.send(f"STATUS {code}"))
    assert "sent 0 (awaiting report), delivered 2" in status, status

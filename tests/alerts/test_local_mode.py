"""Local mode (no Twilio credentials): alerts are recorded for the simulator, not sent."""
from __future__ import annotations

import json

from bot.store import keys
from tests.alerts.test_commands import (
    ALERT_TEXT,
    OFFICER,
    preview_code,
    register_officer,
)
from tests.conftest import Phone, base_config, run_jobs


def test_alert_in_local_mode_is_recorded_in_the_outbox(redis_url, tmp_path, fake_twilio):
    from bot import create_app

    app = create_app(base_config(redis_url, tmp_path, None))
    assert app.config["LOCAL_MODE"]
    svc = app.extensions["tipline"]
    Phone(app.test_client(), "+447700900301").send("JOIN FARMWATCH BA3 5QE")
    register_officer(app)
    officer = Phone(app.test_client(), OFFICER)
    code = preview_code(officer.send(f"ALERT FARMWATCH 2km BA3 5QE {ALERT_TEXT}"))
    officer.send(f"SEND {code}")
    run_jobs(app)
    outbox = [json.loads(x) for x in svc.redis.lrange(keys.LOCAL_OUTBOX, 0, -1)]
    alerts = [e for e in outbox if e["kind"] == "alert"]
    assert len(alerts) == 1 and ALERT_TEXT in alerts[0]["body"]
    assert alerts[0]["to"] == svc.identity.pseudonym("+447700900301")  # a pseudonym, never the number
    assert fake_twilio.messages == []

"""An alert nobody would get is refused: at ALERT (nothing is saved, no code or
incident number is used up) and at SEND, when everyone has left or stopped since
the preview (nothing is sent; SEND works again once someone is there)."""
from __future__ import annotations

from bot.alerts import store
from bot.officers import audit
from bot.store import keys
from tests.helpers import ALERT_TEXT, assert_sms_sized

RESIDENT = "+447700900351"


def test_alert_with_no_recipients_is_refused_at_preview(officer, make_phone, redis, preview_code):
    make_phone(RESIDENT).send("JOIN FARMWATCH BA1 0AA")          # Bath: ~17 km away
    [reply] = officer.send(f"ALERT FARMWATCH 5km BA3 5QE {ALERT_TEXT}")
    assert reply == ("No one would get this alert: FARMWATCH has no subscribers within 5km of BA3 5QE. "
                     "Nothing was saved. Try a larger radius or ALL.")
    assert_sms_sized([reply])
    assert not redis.keys(keys.alert("*")) and not redis.get(keys.ALERT_SEQ)
    assert not redis.keys(keys.incident_seq("*"))
    assert [e["action"] for e in audit.entries(redis)][-1] == "alert_refused"
    assert preview_code(officer.send(f"ALERT FARMWATCH 20km BA3 5QE {ALERT_TEXT}")) == "A-1"


def test_send_is_refused_when_everyone_has_gone_since_the_preview(officer, make_phone, redis, preview_code,
                                                                  fake_twilio, worker):
    resident = make_phone(RESIDENT)
    resident.send("JOIN FARMWATCH BA3 5QE")
    code = preview_code(officer.send(f"ALERT FARMWATCH 5km BA3 5QE {ALERT_TEXT}"))
    resident.send("LEAVE FARMWATCH")
    [reply] = officer.send(f"SEND {code}")
    assert reply == (f"{code} now has no recipients (they left or stopped texts since the preview). "
                     "Nothing was sent.")
    worker()
    assert fake_twilio.messages == [] and store.state(redis, code) == "preview"
    resident.send("JOIN FARMWATCH BA3 5QE")
    assert officer.send(f"SEND {code}")[0].startswith(f"Sending {code} ")
    worker()
    assert [m["to"] for m in fake_twilio.messages] == [RESIDENT]

"""POST /sms/status: signed like /sms, latest status kept, never back from a final one."""
from __future__ import annotations

from bot.alerts import tally
from bot.store import keys

SID = "SM" + "ab" * 16


def status_of(redis, sid=SID):
    raw = redis.hget(keys.message_status(sid), "status")
    return raw.decode() if raw else None


def post(phone, status, sid=SID, **extra):
    return phone.post("/sms/status", {"MessageSid": sid, "MessageStatus": status, **extra})


def test_unsigned_or_wrongly_signed_is_refused(phone, redis):
    assert phone.post("/sms/status", {"MessageSid": SID, "MessageStatus": "delivered"}, signature="").status_code == 403
    assert phone.post("/sms/status", {"MessageSid": SID, "MessageStatus": "delivered"},
                      token="not-the-token").status_code == 403
    assert status_of(redis) is None


def test_out_of_order_callbacks_never_move_back(phone, redis):
    assert post(phone, "queued").status_code == 204
    assert status_of(redis) == "queued"
    post(phone, "delivered")
    post(phone, "sent")          # late
    post(phone, "sending")       # later still
    assert status_of(redis) == "delivered"
    post(phone, "undelivered")   # one final never replaces another
    assert status_of(redis) == "delivered"
    post(phone, "read")          # WhatsApp-style read after delivered is progress
    assert status_of(redis) == "read"


def test_failed_keeps_error_code(phone, redis):
    post(phone, "sent")
    post(phone, "undelivered", ErrorCode="30003")
    post(phone, "delivered")
    assert status_of(redis) == "undelivered"
    assert redis.hget(keys.message_status(SID), "error") == b"30003"


def test_bad_input(phone, redis):
    assert phone.post("/sms/status", {"MessageStatus": "sent"}).status_code == 400
    assert post(phone, "sent", sid="SM../../etc").status_code == 400
    assert post(phone, "exploded").status_code == 204
    assert status_of(redis) is None


def test_alert_tally_follows_callbacks(phone, redis):
    owner = keys.outbound("alert:A-7:p1")
    redis.set(keys.message_owner(SID), owner)
    tally.record(redis, "A-7", "p1", "sent")
    post(phone, "delivered")
    post(phone, "sent")
    c = tally.counts(redis, "A-7")
    assert c["delivered"] == 1 and c["sent"] == 0


def test_halt_never_overwrites_a_sent_text(redis):
    tally.record(redis, "A-8", "p1", "sent")
    assert not tally.record(redis, "A-8", "p1", "halted")
    assert tally.record(redis, "A-8", "p2", "halted")
    c = tally.counts(redis, "A-8")
    assert c["sent"] == 1 and c["halted"] == 1

"""Every documented Twilio payload shape (tests/web/data/twilio_payloads.json), replayed signed
against our webhooks: never a 500, channel-prefixed senders never merged into SMS numbers,
older payloads without MessageSid still deduplicated, every documented status ranked."""
from __future__ import annotations

import json
import pathlib
from xml.etree import ElementTree

import pytest

from bot.alerts import tally
from bot.messaging import delivery
from bot.privacy.identity import OtherChannel, normalise_number
from bot.store import keys
from tests.helpers import conversation

DATA = json.loads((pathlib.Path(__file__).parent / "data" / "twilio_payloads.json").read_text())
INBOUND = DATA["inbound"]


def replies(resp) -> list[str]:
    return [m.text or "" for m in ElementTree.fromstring(resp.get_data(as_text=True)).iter("Message")]


@pytest.mark.parametrize("name", sorted(INBOUND))
def test_every_documented_inbound_shape_is_answered_never_500(name, phone):
    resp = phone.post("/sms", INBOUND[name])
    assert resp.status_code == 200, (name, resp.status_code)
    assert replies(resp), name


def test_the_older_shape_without_messagesid_is_still_deduplicated(phone, services):
    payload = INBOUND["older_shape_without_messagesid"]
    first = replies(phone.post("/sms", payload))
    again = replies(phone.post("/sms", payload))     # Twilio redelivers
    assert first == again
    assert conversation(services, payload["From"])["text_count"] == 1


@pytest.mark.parametrize("name", ["whatsapp", "whatsapp_us_id", "whatsapp_br_id", "messenger"])
def test_other_channels_are_refused_and_nothing_is_kept(name, phone, redis):
    answer = replies(phone.post("/sms", INBOUND[name]))
    assert "SMS text messages only" in answer[0] and "999" in answer[0]
    assert list(redis.scan_iter(match="tl:conv:*")) == [] and list(redis.scan_iter(match="tl:num:*")) == []


def test_two_whatsapp_ids_are_never_one_person():
    for raw in ("whatsapp:US.1234", "whatsapp:BR.1234", "whatsapp:+447700900123"):
        with pytest.raises(OtherChannel):
            normalise_number(raw, "GB")


def test_a_short_code_stays_a_short_code(phone, services):
    assert normalise_number("60060", "GB") == "60060"          # not +4460060
    phone.post("/sms", INBOUND["short_code_sender"])
    assert conversation(services, "60060") is not None
    assert conversation(services, "+4460060") is None


@pytest.mark.parametrize("status", DATA["statuses"])
def test_every_documented_status_is_ranked(status, phone, redis):
    payload = {**DATA["status_callback"], "MessageStatus": status, "SmsStatus": status}
    assert phone.post("/sms/status", payload).status_code == 204
    assert delivery.is_known(status)
    stored = redis.hget(keys.message_status(payload["MessageSid"]), "status")
    assert stored == status.encode()


def test_partially_delivered_is_final_and_counts_as_delivered(phone, redis):
    payload = {**DATA["status_callback"], "MessageStatus": "partially_delivered"}
    phone.post("/sms/status", payload)
    phone.post("/sms/status", {**payload, "MessageStatus": "sent"})       # late: never moves back
    assert redis.hget(keys.message_status(payload["MessageSid"]), "status") == b"partially_delivered"
    assert tally.TWILIO_TO_STATE["partially_delivered"] == "delivered"


def test_a_status_callback_with_only_smsmessagesid_is_recorded(phone, redis):
    payload = {k: v for k, v in DATA["status_callback"].items() if k not in ("MessageSid", "SmsSid")}
    payload["SmsMessageSid"] = "SM99998888777766665555444433332222"
    assert phone.post("/sms/status", payload).status_code == 204
    assert redis.hget(keys.message_status("SM99998888777766665555444433332222"), "status") == b"delivered"

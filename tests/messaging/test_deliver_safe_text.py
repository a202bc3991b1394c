"""``deliver`` (what alert fan-out calls for each recipient, and what every send job
ends in) takes only SafeText, as ``queue_text`` does: a text that was never vetted
cannot reach Twilio by calling it directly."""
from __future__ import annotations

import pytest

from bot.messaging import outbound
from bot.privacy.redact import SafeText
from bot.store import keys

NUMBER = "+447700900321"    # the ``recipient`` fixture's (tests/messaging/conftest.py)


def test_deliver_refuses_a_plain_str_and_sends_nothing(services, recipient, fake_twilio, redis):
    with pytest.raises(TypeError, match="SafeText"):
        outbound.deliver(services, recipient, "Farm Watch alert: quad bikes stolen", "t:plain", kind="alert")
    assert fake_twilio.messages == []
    assert not redis.exists(keys.outbound("t:plain"))


def test_deliver_sends_safe_text(services, recipient, fake_twilio):
    body = SafeText.staff("Farm Watch alert: quad bikes stolen")
    assert outbound.deliver(services, recipient, body, "t:safe", kind="alert") == "sent"
    assert [m["body"] for m in fake_twilio.sent_to(NUMBER)] == [body]

"""Ordered texts to one recipient: the sequence counter expires with the marker of
the last text done. If the counter outlived the marker (a quiet month), the next
text would wait for predecessors that can never be recorded, and never go out."""
from __future__ import annotations

from bot.messaging import outbound
from bot.privacy.identity import keep_number
from bot.privacy.redact import SafeText
from bot.store import keys

NUMBER = "+447700900654"


def test_order_counter_expires_with_the_done_marker(services, redis, fake_twilio, worker):
    recipient = services.identity.pseudonym(NUMBER)
    pipe = redis.pipeline()
    keep_number(pipe, services.identity, recipient, NUMBER, 3600)
    pipe.execute()

    outbound.queue_text(services, recipient, SafeText.system("Police re T-ABCD: first"), "t:ord1", kind="relay",
                        ordered=True)
    assert 0 < redis.ttl(keys.send_sequence(recipient)) <= keys.DELIVERY_RECORD_TTL_S   # even before it is sent
    worker()
    assert [m["body"] for m in fake_twilio.sent_to(NUMBER)] == ["Police re T-ABCD: first"]
    counter, done = redis.ttl(keys.send_sequence(recipient)), redis.ttl(keys.send_done(recipient))
    assert done > 0 and abs(counter - done) <= 1

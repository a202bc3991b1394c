"""Ordered texts to one recipient after a quiet month: each text is chained to the
last one queued (keys.send_last), which expires with the records it points at. A
predecessor whose records have expired holds nothing up; the next text goes out."""
from __future__ import annotations

from bot.messaging import outbound
from bot.privacy.identity import keep_number
from bot.privacy.redact import SafeText
from bot.store import keys

NUMBER = "+447700900654"


def test_order_link_expires_with_the_records_and_a_forgotten_predecessor_holds_nothing_up(
        services, redis, fake_twilio, worker):
    recipient = services.identity.pseudonym(NUMBER)
    pipe = redis.pipeline()
    keep_number(pipe, services.identity, recipient, NUMBER, 3600)
    pipe.execute()

    outbound.queue_text(services, recipient, SafeText.system("Police re T-ABCD: first"), "t:ord1", kind="relay",
                        ordered=True)
    assert 0 < redis.ttl(keys.send_last(recipient)) <= keys.DELIVERY_RECORD_TTL_S   # even before it is sent
    worker()
    assert [m["body"] for m in fake_twilio.sent_to(NUMBER)] == ["Police re T-ABCD: first"]
    link, record = redis.ttl(keys.send_last(recipient)), redis.ttl(keys.outbound("t:ord1"))
    assert record > 0 and abs(link - record) <= 1

    # 30 quiet days: the first text's record and job are gone, the link (here) is not.
    redis.delete(keys.outbound("t:ord1"), f"rq:job:{outbound.job_id('t:ord1')}")
    outbound.queue_text(services, recipient, SafeText.system("Police re T-ABCD: second"), "t:ord2", kind="relay",
                        ordered=True)
    worker()
    assert [m["body"] for m in fake_twilio.sent_to(NUMBER)][-1] == "Police re T-ABCD: second"

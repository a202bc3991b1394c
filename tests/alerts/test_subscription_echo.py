"""Subscription keywords never echo what the texter typed unless it was recognised
(a scheme, a category, a postcode or ZIP): a phone number typed after JOIN, LEAVE
or ALERTS must not come back in the reply, which is also cached in Redis for
REPLY_CACHE_HOURS (48 h) for Twilio's redeliveries."""
from __future__ import annotations

import pytest

from bot.store import keys
from tests.helpers import assert_sms_sized

OTHER = "7700900456"     # someone else's number, typed by the texter
OWN = "7700900123"       # the texter's own (tests.helpers.TIPSTER)
FORMS = ["07700 900456", "+447700900456", "07700900456", "(07700) 900-456", "0044 7700 900456", "07700900123"]
TEMPLATES = ["JOIN {n}", "JOIN BUSINESSWATCH {n}", "JOIN BUSINESSWATCH #{n}", "JOIN FARMWATCH {n}",
             "LEAVE {n}", "LEAVE FARMWATCH {n}", "ALERTS ADD #{n}", "ALERTS DROP {n}", "JOIN FARMWATCH #{n}"]


def _digits(text: str) -> str:
    return "".join(ch for ch in text if ch.isdigit())


@pytest.mark.parametrize("template", TEMPLATES)
def test_a_typed_number_is_never_echoed_or_cached(template, phone, redis, services):
    phone.send("JOIN FARMWATCH BA3 5QE")            # so LEAVE/ALERTS have something to talk about
    for form in FORMS:
        replies = phone.send(template.format(n=form))
        assert replies, form
        assert_sms_sized(replies)
        assert OTHER not in _digits(" ".join(replies)) and OWN not in _digits(" ".join(replies)), replies
    cached = redis.keys(keys.reply_cache(services.identity.pseudonym(phone.number), "*"))
    assert cached
    for key in cached:
        digits = _digits(redis.get(key).decode())
        assert OTHER not in digits and OWN not in digits


def test_unrecognised_words_are_not_echoed_but_recognised_ones_are(phone):
    [reply] = phone.send("JOIN DOGWATCH")
    assert "DOGWATCH" not in reply.upper() and "no scheme by that name" in reply
    [reply] = phone.send("JOIN FARMWATCH BA3 5QE")
    assert "Farm Watch" in reply and "BA3 5QE" in reply
    [reply] = phone.send("LEAVE DOGWATCH")
    assert "DOGWATCH" not in reply.upper() and "You are in: FARMWATCH" in reply
    [reply] = phone.send("JOIN BUSINESSWATCH PLUMBING")
    assert "PLUMBING" not in reply.upper() and "retail" in reply

"""Postcodes and ZIPs that look right but cannot be placed say so (issue 10: a
Northern Ireland postcode got "could not find"); malformed ones say what to send; a
JOIN with a place that fails waits for another, as a bare JOIN does."""
from __future__ import annotations

import pytest

from bot.alerts import geo, subscribers
from bot.store import keys
from tests.helpers import assert_sms_sized


@pytest.mark.parametrize("text, kind, says", [
    ("BT1 5GS", geo.NotCovered, "Northern Ireland (BT) postcodes are not covered yet."),
    ("bt71nn", geo.NotCovered, "Northern Ireland (BT) postcodes are not covered yet."),
    ("BT1", geo.NotCovered, "Northern Ireland (BT) postcodes are not covered yet."),
    ("GY1 1AA", geo.NotCovered, "Guernsey (GY) postcodes are not covered."),
    ("JE2 3AB", geo.NotCovered, "Jersey (JE) postcodes are not covered."),
    ("IM1 1AA", geo.NotCovered, "Isle of Man (IM) postcodes are not covered."),
    ("BF1 4FB", geo.NotCovered, "BFPO postcodes have no fixed place"),
    ("BX1 1LT", geo.NotCovered, "BX postcodes are not tied to a place"),
    ("GX11 1AA", geo.NotCovered, "overseas territories are not covered"),
    ("STHL 1ZZ", geo.NotCovered, "overseas territories are not covered"),
    ("K1A 0B1", geo.NotCovered, "Canadian postal codes are not covered"),
    ("D02 X285", geo.NotCovered, "Irish Eircodes are not covered"),
    ("09001", geo.NotCovered, "Military (APO/FPO/DPO) ZIP codes"),     # the data puts these at 0,0
    ("96939", geo.NotCovered, "The ZIP code 96939 has no location in our data"),
    ("ZZ9 9ZZ", geo.BadPlace, "We could not find the postcode ZZ9 9ZZ: ZZ is not a UK postcode area."),
    ("BA3 9ZZ", geo.BadPlace, "We could not find the postcode BA3 9ZZ."),
    ("00000", geo.BadPlace, "We could not find the ZIP code 00000."),
    ("BA3", geo.BadPlace, "BA3 is only the first half of a postcode."),
    ("2134", geo.BadPlace, "A ZIP code has 5 digits"),
    ("BA3 5Q", geo.BadPlace, "does not look like a postcode"),
    ("07700 900456", geo.BadPlace, "does not look like a postcode"),
])
def test_what_each_failure_says(text, kind, says):
    with pytest.raises(geo.BadPlace) as caught:
        geo.locate(text)
    assert type(caught.value) is kind and says in str(caught.value)
    assert "7700" not in str(caught.value) and "900456" not in str(caught.value)


def test_zip_plus_four_any_way_and_gb_postcodes():
    for text in ("10001", "10001-1234", "10001 1234"):
        assert geo.locate(text).code == "10001"
    assert geo.locate("w1a1aa").code == "W1A 1AA"


def test_join_with_a_northern_ireland_postcode_says_not_covered_and_waits(make_phone, services, redis):
    phone = make_phone("+447700900311")
    [msg] = phone.send("JOIN FARMWATCH BT1 5GS")
    assert_sms_sized([msg])
    assert msg.startswith("Northern Ireland (BT) postcodes are not covered yet. Reply ALL for alerts for the "
                          "whole force area, or with another postcode or ZIP.")
    p = services.identity.pseudonym("+447700900311")
    assert not redis.exists(keys.subscriber(p)) and redis.exists(keys.pending_join(p))
    [msg] = phone.send("BA3 5QE")           # the answer to that question, not a tip
    assert "You joined Farm Watch" in msg and "BA3 5QE" in msg
    assert not redis.exists(keys.conversation(p))


def test_the_postcode_question_answered_with_an_uncovered_place_then_all(make_phone, services, redis):
    phone = make_phone("+447700900312")
    phone.send("JOIN NHW")
    [msg] = phone.send("bt7 1nn")
    assert "Northern Ireland (BT) postcodes are not covered yet." in msg
    [msg] = phone.send("ALL")
    assert "whole force area" in msg


def test_a_military_zip_is_never_placed_at_zero_zero(make_phone, services, redis):
    phone = make_phone("+12025550199")
    [msg] = phone.send("JOIN NHW 09001")
    assert "Military (APO/FPO/DPO) ZIP codes have no fixed place" in msg
    record, _ = subscribers.load(redis, services.identity.pseudonym("+12025550199"))
    assert record == {}


def test_a_phone_number_after_join_does_not_leave_a_question_open(make_phone, services, redis):
    phone = make_phone("+447700900313")
    phone.send("JOIN FARMWATCH 07700 900456")
    assert not redis.exists(keys.pending_join(services.identity.pseudonym("+447700900313")))


def test_an_officer_alert_near_a_northern_ireland_postcode(officer):
    [msg] = officer.send("ALERT FARMWATCH 5km BT1 5GS cattle loose on the road")
    assert "Northern Ireland (BT) postcodes are not covered yet." in msg

"""JOIN / LEAVE / MY ALERTS / ALERTS ADD|DROP through the real signed webhook."""
from __future__ import annotations

from bot.alerts import subscribers
from bot.store import keys

FARM = "+447700900201"


def geo_members(redis, scheme, cat="*"):
    return {m.decode() for m in redis.zrange(keys.scheme_geo(scheme, cat), 0, -1)}


def record_of(services, number):
    p = services.identity.pseudonym(number)
    return p, subscribers.load(services.redis, p)


def test_join_asks_postcode_then_confirms_and_indexes(make_phone, services, redis):
    phone = make_phone(FARM)
    [ask] = phone.send("JOIN FARMWATCH")
    assert "postcode" in ask and "ALL" in ask
    [done] = phone.send("ba3 5qe")
    assert "You joined Farm Watch" in done and "BA3 5QE" in done
    assert "LEAVE FARMWATCH" in done and "STOP" in done and "Expect" in done
    p, (record, paused) = record_of(services, FARM)
    assert record["FARMWATCH"]["area"] == "BA3 5QE" and not paused
    assert p in geo_members(redis, "FARMWATCH") and p in geo_members(redis, "FARMWATCH", "livestock")
    assert redis.sismember(keys.number_pin(p), "subscriber")
    assert redis.ttl(keys.sealed_number(p)) == -1  # pinned: kept while subscribed
    assert not redis.exists(keys.pending_join(p))


def test_join_inline_postcode_zip_and_area_wide(make_phone, services, redis):
    [msg] = make_phone("+447700900202").send("join horse watch BA3 5QE")
    assert "Horse Watch" in msg and "near BA3 5QE" in msg
    [msg] = make_phone("+12025550123").send("JOIN CYCLEWATCH 10001")
    assert "near 10001" in msg
    phone = make_phone("+447700900203")
    phone.send("JOIN NHW")
    [msg] = phone.send("all")
    assert "whole force area" in msg
    p = services.identity.pseudonym("+447700900203")
    assert redis.sismember(keys.scheme_area_wide("NHW", "*"), p)


def test_business_watch_sector(make_phone, services, redis):
    phone = make_phone("+447700900204")
    [msg] = phone.send("JOIN BUSINESSWATCH RETAIL BA3 5QE")
    assert "(retail)" in msg
    p = services.identity.pseudonym("+447700900204")
    assert p in geo_members(redis, "BUSINESSWATCH", "retail")
    assert p not in geo_members(redis, "BUSINESSWATCH", "pharmacy")
    [msg] = phone.send("JOIN BUSINESSWATCH BAKERY")
    assert "not one of the Business Watch sectors" in msg and "retail" in msg


def test_unknown_scheme_lists_schemes_and_changes_nothing(make_phone, redis, redis_dump):
    before = len(redis_dump())
    [msg] = make_phone("+447700900205").send("JOIN DOGWATCH")
    assert "no scheme by that name" in msg and "DOGWATCH" not in msg   # unrecognised input is never echoed
    for name in ("NHW", "FARMWATCH", "HORSEWATCH", "CANALWATCH", "SCHOOLWATCH", "CYCLEWATCH", "BUSINESSWATCH"):
        assert name in msg
    assert not redis.keys(keys.subscriber("*"))
    assert not redis.keys(keys.pending_join("*"))
    assert len(redis_dump()) >= before


def test_malformed_and_unknown_postcode_keep_the_question(make_phone, services, redis):
    phone = make_phone("+447700900206")
    phone.send("JOIN FARMWATCH")
    [msg] = phone.send("BA3 5Q")
    assert "does not look like a postcode" in msg
    [msg] = phone.send("ZZ9 9ZZ")
    assert "could not find the postcode ZZ9 9ZZ" in msg
    [msg] = phone.send("00000")
    assert "could not find the ZIP code 00000" in msg
    p = services.identity.pseudonym("+447700900206")
    assert redis.exists(keys.pending_join(p)) and not redis.exists(keys.subscriber(p))
    [msg] = phone.send("BA3 5QE")
    assert "You joined Farm Watch" in msg


def test_join_twice_changes_nothing_and_new_postcode_moves(make_phone, services, redis):
    phone = make_phone("+447700900207")
    phone.send("JOIN FARMWATCH BA3 5QE")
    p, (before, _) = record_of(services, "+447700900207")
    [msg] = phone.send("JOIN FARMWATCH")
    assert "already in Farm Watch" in msg
    [msg] = phone.send("JOIN FARMWATCH BA3 5QE")
    assert "already in Farm Watch" in msg and "Nothing has changed" in msg
    assert record_of(services, "+447700900207")[1][0] == before
    [msg] = phone.send("JOIN FARMWATCH 10001")
    assert "Updated Farm Watch" in msg
    pos = redis.geopos(keys.scheme_geo("FARMWATCH", "*"), p)[0]
    assert abs(pos[1] - 40.7484) < 0.01


def test_leave_not_joined_unknown_and_leave_all(make_phone, services, redis):
    phone = make_phone("+447700900208")
    [msg] = phone.send("LEAVE FARMWATCH")
    assert "not in Farm Watch" in msg and "nothing has changed" in msg
    phone.send("JOIN FARMWATCH BA3 5QE")
    phone.send("JOIN NHW BA3 5QE")
    p = services.identity.pseudonym("+447700900208")
    [msg] = phone.send("LEAVE DOGWATCH")
    assert "no scheme by that name" in msg and "DOGWATCH" not in msg and "FARMWATCH" in msg
    [msg] = phone.send("LEAVE FARMWATCH")
    assert "You left Farm Watch" in msg and "NHW" in msg
    assert p not in geo_members(redis, "FARMWATCH") and p in geo_members(redis, "NHW")
    assert redis.sismember(keys.number_pin(p), "subscriber")
    [msg] = phone.send("LEAVE ALL")
    assert "You left Neighbourhood Watch" in msg
    assert not redis.exists(keys.subscriber(p)) and p not in geo_members(redis, "NHW")
    assert not redis.sismember(keys.number_pin(p), "subscriber")
    assert redis.ttl(keys.sealed_number(p)) > 0  # back to normal retention


def test_my_alerts_and_categories(make_phone):
    phone = make_phone("+447700900209")
    [msg] = phone.send("MY ALERTS")
    assert "You have no alerts" in msg
    phone.send("JOIN NHW BA3 5QE")
    [msg] = phone.send("my alerts")
    assert "Neighbourhood Watch near BA3 5QE" in msg and "scam" in msg
    [msg] = phone.send("ALERTS DROP #scam")
    assert "Done." in msg and "scam" not in msg
    [msg] = phone.send("ALERTS ADD scam")
    assert "scam" in msg
    [msg] = phone.send("ALERTS ADD #unicorns")
    assert "Nothing changed" in msg


def test_stop_pauses_and_start_restores(make_phone, services, redis):
    phone = make_phone("+447700900210")
    phone.send("JOIN FARMWATCH BA3 5QE")
    p = services.identity.pseudonym("+447700900210")
    phone.send("STOP")
    assert p not in geo_members(redis, "FARMWATCH")
    assert subscribers.load(redis, p)[1] is True
    phone.send("START")
    assert p in geo_members(redis, "FARMWATCH")
    assert subscribers.load(redis, p)[1] is False


def test_tip_text_starting_with_join_mid_draft_goes_to_tip_flow(make_phone, redis, services):
    phone = make_phone("+447700900211")
    phone.send("There is a man selling drugs outside the Red Lion every night")
    replies = phone.send("join the queue at the chippy and you see him")
    assert not any("no scheme by that name" in r for r in replies)
    assert not redis.keys(keys.subscriber("*"))


def test_a_first_text_starting_with_join_or_leave_is_a_tip(make_phone, services):
    from tests.helpers import conversation

    for n, text in enumerate(["Leave your car unlocked on Mill Lane and it gets done over every night",
                              "Join the queue at the cash point and watch the men by the bins"]):
        phone = make_phone(f"+44770090087{n}")
        replies = phone.send(text)
        assert "no scheme" not in " ".join(replies)
        conv = conversation(services, phone.number)
        assert conv and conv["fields"]["what"] == text

"""Residents with several contacts (issue 12): the web's upsert, verification before
anything is sent, JOIN by text landing in the same record, per-contact unsubscribe,
STOP pausing texts only, and sealed/pseudonymised numbers and email addresses."""
from __future__ import annotations

import pytest

from bot.alerts import geo, resident_prefs, selection, signup, subscribers
from bot.privacy.identity import BadEmail, read_email
from bot.store import keys

MOBILE = "+447700900301"
LANDLINE = "+441761400123"
EMAIL = "Resident.One@Example.org"
BA3 = geo.Place("uk", "BA3 5QE", 51.232096, -2.463952)


def members(redis, scheme="NHW", cat="*"):
    return {m.decode() for m in redis.zrange(keys.scheme_geo(scheme, cat), 0, -1)}


def sign_up(services, **kw):
    kw.setdefault("schemes_cats", {"NHW": []})
    kw.setdefault("place", BA3)
    return signup.upsert(services, **kw)


def test_unverified_contacts_are_not_indexed_until_verified(services, redis):
    s = sign_up(services, phone="07700 900301", email=EMAIL)
    p = services.identity.pseudonym(MOBILE)
    mail = "m" + services.identity.email_pseudonym("resident.one@example.org")
    assert s.resident == p and set(s.unverified) == {p, mail}
    assert members(redis) == set()
    assert selection.count_by_channel(redis, {"schemes": ["NHW"], "categories": []}) == {"sms": 0, "email": 0,
                                                                                    "voice": 0}
    assert subscribers.mark_verified(redis, mail) == p
    assert members(redis) == {mail}
    assert not subscribers.may_send(redis, p) and subscribers.may_send(redis, mail)
    subscribers.mark_verified(redis, p)
    assert members(redis) == {p, mail} and members(redis, "NHW", "burglary") == {p, mail}
    assert selection.count_by_channel(redis, {"schemes": ["NHW"], "categories": []}) == {"sms": 1, "email": 1,
                                                                                    "voice": 0}


def test_numbers_and_emails_are_only_kept_sealed(services, redis, redis_dump):
    s = sign_up(services, phone=MOBILE, email=EMAIL)
    for key, value in redis_dump():
        assert "900301" not in key + value and "example.org" not in (key + value).lower()
    mail = s.members["email"]
    assert read_email(redis, services.identity, mail[1:]) == "resident.one@example.org"
    assert redis.ttl(keys.sealed_email(mail[1:])) == -1
    assert redis.sismember(keys.number_pin(s.resident), "subscriber")


def test_join_by_text_lands_in_the_web_record_and_indexes_every_contact(services, redis, make_phone):
    s = sign_up(services, phone=MOBILE, email=EMAIL, schemes_cats={"NHW": []})
    subscribers.mark_verified(redis, s.members["email"])
    subscribers.mark_verified(redis, s.members["sms"])
    [msg] = make_phone(MOBILE).send("JOIN FARMWATCH BA3 5QE")
    assert "You joined Farm Watch" in msg
    r = subscribers.get(redis, s.resident)
    assert set(r.record) == {"NHW", "FARMWATCH"}
    assert members(redis, "FARMWATCH") == {s.members["sms"], s.members["email"]}
    [msg] = make_phone(MOBILE).send("LEAVE FARMWATCH")
    assert "You left Farm Watch" in msg
    assert members(redis, "FARMWATCH") == set() and members(redis, "NHW") == {s.members["sms"], s.members["email"]}


def test_email_only_resident_who_adds_a_phone_later_is_one_record(services, redis, make_phone):
    first = sign_up(services, email=EMAIL)
    assert first.resident == first.members["email"]
    again = signup.upsert(services, resident=first.resident, phone=MOBILE, phone_channel="sms")
    assert again.resident == first.resident
    subscribers.mark_verified(redis, again.members["sms"])
    [msg] = make_phone(MOBILE).send("MY ALERTS")
    assert "Neighbourhood Watch" in msg


def test_one_number_is_sms_or_voice_and_a_switch_keeps_it_verified(services, redis):
    s = sign_up(services, phone=LANDLINE, phone_channel="sms")
    subscribers.mark_verified(redis, s.members["sms"])
    s2 = signup.upsert(services, resident=s.resident, phone=LANDLINE, phone_channel="voice")
    voice = s2.members["voice"]
    assert s2.resident == s.resident and s2.unverified == []
    found = subscribers.contacts(redis, s.resident)
    assert set(found) == {voice} and found[voice]["channel"] == "voice"
    assert members(redis) == {voice}
    assert subscribers.channel_of(voice) == "voice" and subscribers.pseudonym_of(voice) == s.members["sms"]


def test_unsubscribe_one_contact_keeps_the_others(services, redis):
    s = sign_up(services, phone=MOBILE, email=EMAIL)
    for m in s.members.values():
        subscribers.mark_verified(redis, m)
    assert subscribers.unsubscribe(redis, s.members["email"], 86400)
    assert members(redis) == {s.members["sms"]}
    assert not subscribers.may_send(redis, s.members["email"])
    assert not redis.exists(keys.sealed_email(s.members["email"][1:]))
    assert subscribers.unsubscribe_channel(redis, s.resident, "sms", 86400)
    assert members(redis) == set() and subscribers.get(redis, s.resident) is None
    assert not subscribers.unsubscribe(redis, s.members["email"], 86400)   # twice: nothing left, no error


def test_stop_pauses_texts_but_not_email(services, redis, make_phone):
    s = sign_up(services, phone=MOBILE, email=EMAIL)
    for m in s.members.values():
        subscribers.mark_verified(redis, m)
    make_phone(MOBILE).send("STOP")
    assert members(redis) == {s.members["email"]}
    make_phone(MOBILE).send("START")
    assert members(redis) == {s.members["sms"], s.members["email"]}


def test_public_sign_up_never_changes_an_existing_record(services, redis, make_phone):
    a = sign_up(services, email=EMAIL, schemes_cats={"NHW": []})
    b = sign_up(services, phone=MOBILE, email=EMAIL.upper(), schemes_cats={"FARMWATCH": []})
    assert b.resident != a.resident and "email" not in b.members and b.taken == [a.members["email"]]
    assert subscribers.contacts(redis, a.resident).keys() == {a.members["email"]}
    assert set(subscribers.get(redis, a.resident).record) == {"NHW"}
    make_phone("+447700900399").send("JOIN NHW BA3 5QE")      # joined by text: theirs too
    c = sign_up(services, phone="+447700900399", schemes_cats={"FARMWATCH": []})
    assert c.resident is None and c.taken == [services.identity.pseudonym("+447700900399")]


@pytest.mark.parametrize("bad", ["", "no-at-sign", "a@b", "two@@example.org", "x@exa mple.org", "a..b@example.org"])
def test_bad_email_is_refused_politely(services, bad):
    with pytest.raises((BadEmail, ValueError)) as exc:
        signup.upsert(services, email=bad, schemes_cats={"NHW": []}, place=BA3)
    assert "email" in str(exc.value).lower() or "give" in str(exc.value).lower()


def test_quiet_hours_are_validated(services, redis):
    s = sign_up(services, email=EMAIL, quiet=("22:00", "07:00"))
    assert resident_prefs.quiet_hours(redis, s.resident) == ("22:00", "07:00")
    with pytest.raises(ValueError):
        resident_prefs.set_quiet_hours(redis, s.resident, "25:00", "07:00")
    resident_prefs.set_quiet_hours(redis, s.resident, "", "")
    assert resident_prefs.quiet_hours(redis, s.resident) is None

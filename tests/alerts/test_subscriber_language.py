"""Residents choose a language when they subscribe (issue 14): by text (a Spanish command
word, or a phone already texting in Spanish) or on the web (tests/public/test_join.py)."""
from __future__ import annotations

from bot.alerts import subscribers

MOBILE = "+447700900231"


def _lang(services, number):
    p = services.identity.pseudonym(number)
    return subscribers.language(services.redis, subscribers.resident_for(services.redis, p) or p)


def test_a_spanish_join_word_subscribes_in_spanish(make_phone, services, redis):
    phone = make_phone(MOBILE)
    replies = phone.send("UNIRSE FARMWATCH BA3 5QE")
    assert len(replies) == 1
    assert _lang(services, MOBILE) == "es"
    p = services.identity.pseudonym(MOBILE)
    assert subscribers.languages_of(redis, [p]) == {p: "es"}
    record, _ = subscribers.load(redis, p)
    assert list(record) == ["FARMWATCH"]


def test_a_phone_that_switched_to_spanish_joins_in_spanish(make_phone, services):
    phone = make_phone(MOBILE)
    phone.send("ESPAÑOL")
    phone.send("JOIN FARMWATCH BA3 5QE")
    assert _lang(services, MOBILE) == "es"


def test_an_english_join_stores_no_language_and_reads_as_the_default(make_phone, services, redis):
    phone = make_phone(MOBILE)
    phone.send("JOIN FARMWATCH BA3 5QE")
    p = services.identity.pseudonym(MOBILE)
    assert subscribers.languages_of(redis, [p])[p] in ("", "en")


def test_switching_back_to_english_then_join_changes_the_record(make_phone, services):
    phone = make_phone(MOBILE)
    phone.send("UNIRSE FARMWATCH BA3 5QE")
    phone.send("ENGLISH")
    phone.send("JOIN NHW BA3 5QE")
    assert _lang(services, MOBILE) == "en"


def test_salir_and_mis_alertas_are_leave_and_my_alerts(make_phone, services, redis):
    phone = make_phone(MOBILE)
    phone.send("UNIRSE FARMWATCH BA3 5QE")
    [mine] = phone.send("MIS ALERTAS")
    assert "FARMWATCH" in mine or "Farm Watch" in mine
    phone.send("SALIR FARMWATCH")
    record, _ = subscribers.load(redis, services.identity.pseudonym(MOBILE))
    assert record == {}

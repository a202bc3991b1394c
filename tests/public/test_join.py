"""The public sign-up form: what a good form does, and a clear error for each bad one."""
from __future__ import annotations

import json
import re

from bot.alerts import resident_prefs, selection, subscribers
from bot.store import keys
from tests.conftest import run_jobs
from tests.public.conftest import join_form

MOBILE = "+447700900123"


def _pseudonym(services, number):
    return services.identity.pseudonym(number)


def test_the_form_has_the_fields_others_rely_on(resident):
    resp = resident.get("/alerts/join")
    assert resp.status_code == 200
    html = resp.get_data(as_text=True)
    for needle in ('name="phone"', 'name="email"', 'name="postcode"', 'name="csrf_token"',
                   'name="schemes" id="scheme-FARMWATCH" value="FARMWATCH"', 'value="BUSINESSWATCH:retail"',
                   'name="landline"', 'name="phone_channel"', '<meta name="viewport"'):
        assert needle in html, needle
    assert "<script" not in html and "style=" not in html


def test_a_good_sign_up_texts_a_code_and_subscribes_only_once_it_is_typed(resident, sent_code, services, redis):
    resp = resident.post("/alerts/join", join_form(categories=["FARMWATCH:livestock"]))
    assert resp.status_code == 303 and resp.headers["Location"].endswith("/alerts/join/check")
    p = _pseudonym(services, MOBILE)
    assert subscribers.load(redis, p) == ({}, False)          # nothing before the code
    assert subscribers.resident_for(redis, p) is None
    target = {"schemes": ["FARMWATCH"], "categories": ["livestock"]}
    assert selection.count_by_channel(redis, target) == {"sms": 0, "email": 0, "voice": 0}
    code = sent_code(MOBILE)
    assert code is not None
    page = resident.get("/alerts/join/check").get_data(as_text=True)
    assert "the number ending 123" in page
    resp = resident.post("/alerts/join/check", {"contact": "0", "code": code})
    assert resp.status_code == 200, resp.get_data(as_text=True)
    assert "Confirmed the number ending 123" in resp.get_data(as_text=True)
    record, paused = subscribers.load(redis, p)
    assert list(record) == ["FARMWATCH"] and record["FARMWATCH"]["cats"] == ["livestock"]
    assert record["FARMWATCH"]["area"] == "BA3 5QE" and not paused
    assert selection.count_by_channel(redis, target) == {"sms": 1, "email": 0, "voice": 0}


def test_a_scheme_with_no_category_ticked_gets_them_all(resident, sent_code, services, redis):
    resident.post("/alerts/join", join_form(schemes=["NHW", "BUSINESSWATCH"], categories=["BUSINESSWATCH:retail"]))
    resident.post("/alerts/join/check", {"contact": "0", "code": sent_code(MOBILE)})
    record, _ = subscribers.load(redis, _pseudonym(services, MOBILE))
    assert record["NHW"]["cats"] == ["asb", "burglary", "scam", "vehicle"]
    assert record["BUSINESSWATCH"]["cats"] == ["retail"]


def test_the_whole_force_area(resident, sent_code, services, redis):
    resident.post("/alerts/join", join_form(postcode="", whole_area="y"))
    resident.post("/alerts/join/check", {"contact": "0", "code": sent_code(MOBILE)})
    record, _ = subscribers.load(redis, _pseudonym(services, MOBILE))
    assert record["FARMWATCH"]["area"] == "ALL"


def test_the_text_names_nothing_but_the_code_and_the_way_out(resident, fake_twilio, sent_code):
    resident.post("/alerts/join", join_form())
    sent_code(MOBILE)
    [message] = fake_twilio.sent_to(MOBILE)
    assert "Not you? Ignore this" in message["body"]
    assert "FARMWATCH" not in message["body"] and "BA3" not in message["body"]


def _errors(resp) -> str:
    assert resp.status_code == 400
    return resp.get_data(as_text=True)


def test_a_postcode_gets_the_same_clear_messages_as_by_text(resident, fake_twilio, sent_code):
    assert "BA3 is only the first half of a postcode" in _errors(resident.post("/alerts/join",
                                                                                join_form(postcode="BA3")))
    assert "We could not find the postcode ZZ9 9ZZ" in _errors(resident.post("/alerts/join",
                                                                              join_form(postcode="ZZ9 9ZZ")))
    assert "Northern Ireland (BT) postcodes are not covered yet" in _errors(
        resident.post("/alerts/join", join_form(postcode="BT1 5GS")))
    assert "Enter your postcode or ZIP code" in _errors(resident.post("/alerts/join", join_form(postcode="")))
    assert sent_code(MOBILE) is None and fake_twilio.messages == []


def test_a_contact_is_required(resident, fake_twilio):
    html = _errors(resident.post("/alerts/join", join_form(phone="")))
    assert "Give a mobile number, a landline or an email address" in html
    assert fake_twilio.messages == []


def test_bad_numbers_and_addresses_are_refused_clearly(resident, fake_twilio):
    assert "not a phone number we can use" in _errors(resident.post("/alerts/join", join_form(phone="12")))
    assert "looks like a landline" in _errors(resident.post("/alerts/join", join_form(phone="01761 123456")))
    assert "not an email address we can use" in _errors(resident.post("/alerts/join",
                                                                       join_form(phone="", email="not-an-address")))
    assert "Choose at least one scheme" in _errors(resident.post("/alerts/join", join_form(schemes=[])))
    assert "Choose schemes and categories from the list" in _errors(resident.post("/alerts/join", join_form(schemes=["NOPE"])))
    assert fake_twilio.messages == []


def test_the_form_keeps_what_was_typed_after_an_error(resident):
    html = _errors(resident.post("/alerts/join", join_form(postcode="BA3", schemes=["HORSEWATCH"],
                                                           categories=["HORSEWATCH:horse"])))
    assert 'value="BA3"' in html
    assert 'value="HORSEWATCH" checked' in html and 'value="HORSEWATCH:horse" checked' in html


def test_without_the_csrf_token_nothing_happens(resident, fake_twilio):
    resp = resident.post("/alerts/join", join_form(), csrf=False)
    assert resp.status_code == 400
    assert "did not come from this site" in resp.get_data(as_text=True)
    resp = resident.post("/alerts/join", join_form(csrf_token="forged"))
    assert resp.status_code == 400
    assert fake_twilio.messages == []


def test_security_headers_and_cookie(resident):
    resp = resident.get("/alerts/join")
    assert "script-src 'self'" in resp.headers["Content-Security-Policy"]
    assert resp.headers["X-Frame-Options"] == "DENY"
    assert resp.headers["Cache-Control"] == "no-store"
    assert resp.headers["Referrer-Policy"] == "no-referrer"
    cookie = resident.http.get_cookie("__Host-alerts", domain="tips.example.test")
    assert cookie is not None and cookie.secure and cookie.http_only and cookie.same_site == "Lax"
    assert resident.http.get_cookie("__Host-console", domain="tips.example.test") is None



def test_a_phone_that_joined_by_text_keeps_its_record_and_gets_the_web_choices_added(phone, resident, sent_code,
                                                                                        services, redis):
    phone.send("JOIN NHW BA3 5QE")
    resident.post("/alerts/join", join_form(postcode="BS1 4ST"))
    resident.post("/alerts/join/check", {"contact": "0", "code": sent_code(MOBILE)})
    record, _ = subscribers.load(redis, _pseudonym(services, MOBILE))
    assert sorted(record) == ["FARMWATCH", "NHW"]
    assert {e["area"] for e in record.values()} == {"BS1 4ST"}
    assert "Farm Watch near BS1 4ST" in phone.send("MY ALERTS")[0]
    assert selection.count_by_channel(redis, {"schemes": ["NHW", "FARMWATCH"], "categories": []})["sms"] == 1


def test_a_number_for_calls_gets_its_code_by_a_call(resident, called_code, sent_code, fake_twilio, services,
                                                   redis):
    resident.post("/alerts/join", join_form(phone_channel="voice"))
    code = called_code(MOBILE)
    assert code is not None and sent_code(MOBILE) is None          # a call, no text
    [call] = fake_twilio.calls_to(MOBILE)
    assert call["twiml"].count(", ".join(code)) == 2 and "<Say" in call["twiml"]
    assert selection.count_by_channel(redis, {"schemes": ["FARMWATCH"], "categories": []})["voice"] == 0
    page = resident.get("/alerts/join/check").get_data(as_text=True)
    assert "We have called a 6-digit code" in page
    assert resident.post("/alerts/join/check", {"contact": "0", "code": code}).status_code == 200
    assert selection.count_by_channel(redis, {"schemes": ["FARMWATCH"], "categories": []}) == {
        "sms": 0, "email": 0, "voice": 1}


def test_a_landline_gets_its_code_by_a_call_and_alerts_by_call(resident, called_code, redis):
    resident.post("/alerts/join", join_form(phone="", landline="01761 123456"))
    code = called_code("+441761123456")
    assert resident.post("/alerts/join/check", {"contact": "0", "code": code}).status_code == 200
    assert selection.count_by_channel(redis, {"schemes": ["FARMWATCH"], "categories": []}) == {
        "sms": 0, "email": 0, "voice": 1}


def test_in_local_mode_the_code_lands_in_the_local_outbox(local_app):
    """`make run`: no Twilio, no SMTP; the page works over plain http and the code is recorded."""
    client = local_app.test_client()
    page = client.get("/alerts/join").get_data(as_text=True)
    token = re.search(r'name="csrf_token" type="hidden" value="([^"]+)"', page).group(1)
    resp = client.post("/alerts/join", data={**join_form(), "csrf_token": token})
    assert resp.status_code == 303
    run_jobs(local_app)
    svc = local_app.extensions["tipline"]
    outbox = [json.loads(x) for x in svc.redis.lrange(keys.LOCAL_OUTBOX, 0, -1)]
    assert any(re.search(r"code to confirm alerts is \d{6}", e.get("body", "")) for e in outbox)


def test_the_language_chosen_on_the_form_is_kept_on_the_resident(resident, sent_code, services, redis,
                                                                  fake_twilio):
    html = resident.get("/alerts/join").get_data(as_text=True)
    assert 'name="language"' in html and 'value="es"' in html and "Español" in html
    resident.post("/alerts/join", join_form(language="es"))
    code = sent_code(MOBILE)
    [text] = fake_twilio.sent_to(MOBILE)
    assert "su código para confirmar las alertas es" in text["body"].replace("codigo", "código")
    assert "No es usted?" in text["body"]
    resident.post("/alerts/join/check", {"contact": "0", "code": code})
    p = _pseudonym(services, MOBILE)
    assert resident_prefs.language(redis, p) == "es"
    assert resident_prefs.languages_of(redis, [p]) == {p: "es"}


def test_a_language_not_configured_is_refused_politely(resident):
    resp = resident.post("/alerts/join", join_form(language="xx"))
    assert resp.status_code == 400 and "Not a valid choice" in resp.get_data(as_text=True)

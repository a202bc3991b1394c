"""An alert with a Spanish text reaches a Spanish resident by email (a real SMTP server on
127.0.0.1) and by call (the fake Twilio) wholly in Spanish: the alert's text and the words
around it (subject, reference, why they get it, change/stop links; the call's intro, keys,
goodbye and voice), from bot/locales/web/es.json. An English resident gets all of it in English,
and a Spanish resident of an alert with no Spanish text gets the English text in English words."""
from __future__ import annotations

from html import unescape

import pytest

from bot.alerts import geo, signup, subscribers
from tests.console.test_alerts_composer import TEXT, form
from tests.helpers import ALERT_OFFICER, email_config

ES_TEXT = "Ganado suelto en la A362 cerca de Farrington Gurney"
BA3 = geo.Place("uk", "BA3 5QE", 51.232096, -2.463952)
ES_MAIL, EN_MAIL = "ana@example.org", "jo@example.org"
ES_LINE, EN_LINE = "+441761400201", "+441761400202"


@pytest.fixture()
def config(config, smtp):
    return email_config(config, smtp)


@pytest.fixture()
def residents(services):
    for lang, email, line in (("es", ES_MAIL, ES_LINE), ("en", EN_MAIL, EN_LINE)):
        s = signup.upsert(services, email=email, schemes_cats={"FARMWATCH": []}, place=BA3, lang=lang)
        t = signup.upsert(services, phone=line, phone_channel="voice", schemes_cats={"FARMWATCH": []},
                               place=BA3, lang=lang)
        for m in [*s.members.values(), *t.members.values()]:
            subscribers.mark_verified(services.redis, m)


def _send(officer_client, worker, **over):
    resp = officer_client.post("/console/alerts/new", {**form(**over), "action": "send"})
    assert resp.status_code == 302, resp.get_data(as_text=True)
    worker()


def _mail(smtp, address):
    [message] = smtp.to(address)
    plain = message.get_body(("plain",)).get_content().replace("\r\n", "\n")     # as SMTP carried it
    return message["Subject"], plain, message.get_body(("html",)).get_content()


def test_a_spanish_resident_gets_the_email_and_the_call_in_spanish(officer_client, residents, worker, smtp,
                                                                    fake_twilio):
    _send(officer_client, worker, text_es=ES_TEXT)
    subject, plain, html = _mail(smtp, ES_MAIL)
    assert subject == "Alerta de Vigilancia Rural: " + ES_TEXT
    assert plain.startswith("Alerta de Vigilancia Rural\n\n" + ES_TEXT + "\n\nReferencia: ")
    assert "Recibe este correo porque se suscribió a las alertas de Vigilancia Rural de Avon and Somerset Police." \
        in plain
    assert "Cambiar qué recibe, cómo o las horas de silencio: https://" in plain
    assert "Dejar de recibir estos correos (un clic): https://" in plain
    assert "llame al 101" in plain                       # the contact line from the SMS catalog, in Spanish
    for english in ("Reference", "You get this", "Stop these emails", "Farm Watch", TEXT):
        assert english not in plain, english
    assert '<html lang="es">' in html and "Dejar de recibir estos correos</a>" in unescape(html)

    [call] = fake_twilio.calls_to(ES_LINE)
    twiml = unescape(call["twiml"])
    assert twiml.count("Alerta de Vigilancia Rural, de Avon and Somerset Police. " + ES_TEXT + ". Referencia ") == 2
    assert "Pulse 1 para volver a oírla. Pulse 9 para no recibir más llamadas." in twiml and "Adiós." in twiml
    assert 'language="es-US"' in twiml and 'voice="Polly.Lupe"' in twiml and "?lang=es" in twiml
    assert "Press 1" not in twiml and "Goodbye" not in twiml


def test_pressing_1_repeats_it_in_spanish_and_9_answers_in_spanish(officer_client, residents, worker,
                                                                   fake_twilio, officers):
    officer = officers.register(ALERT_OFFICER)          # a phone whose webhooks are signed
    _send(officer_client, worker, text_es=ES_TEXT)
    [call] = fake_twilio.calls_to(ES_LINE)
    again = officer.post("/alerts/voice/gather?lang=es", {"CallSid": call["sid"], "Digits": "1"})
    assert again.status_code == 200 and ES_TEXT in unescape(again.get_data(as_text=True))
    stop = officer.post("/alerts/voice/gather?lang=es", {"CallSid": call["sid"], "Digits": "9"})
    assert "No recibirá más llamadas de alerta nuestras. Adiós." in unescape(stop.get_data(as_text=True))


def test_an_english_resident_gets_english_words_as_before(officer_client, residents, worker, smtp, fake_twilio):
    _send(officer_client, worker, text_es=ES_TEXT)
    subject, plain, html = _mail(smtp, EN_MAIL)
    assert subject == "Farm Watch alert: " + TEXT
    assert plain.startswith("Farm Watch alert\n\n" + TEXT + "\n\nReference: ")
    assert "You get this because you signed up for Farm Watch alerts from Avon and Somerset Police." in plain
    assert "Stop these emails (one click): https://" in plain and '<html lang="en">' in html
    [call] = fake_twilio.calls_to(EN_LINE)
    twiml = unescape(call["twiml"])
    assert "This is a Farm Watch alert from Avon and Somerset Police. " + TEXT in twiml
    assert "Press 1 to hear this again. Press 9 to stop these calls." in twiml and "?lang=" not in twiml


def test_without_a_spanish_text_the_spanish_resident_reads_english_throughout(officer_client, residents, worker,
                                                                               smtp, fake_twilio):
    _send(officer_client, worker)
    subject, plain, _ = _mail(smtp, ES_MAIL)
    assert subject == "Farm Watch alert: " + TEXT and "You get this because" in plain
    [call] = fake_twilio.calls_to(ES_LINE)
    assert "Press 1 to hear this again" in unescape(call["twiml"])


def test_the_spanish_emails_links_open_their_pages_in_spanish(officer_client, residents, worker, smtp, app,
                                                               services):
    _send(officer_client, worker, text_es=ES_TEXT)
    [message] = smtp.to(ES_MAIL)
    url = message["List-Unsubscribe"].strip("<>")
    assert url.endswith("?lang=es")
    path = url.split("tips.example.test", 1)[1]
    client = app.test_client()
    page = unescape(client.get(path, base_url="https://tips.example.test").get_data(as_text=True))
    assert '<html lang="es">' in page and "¿Dejar de recibir estos correos?" in page
    done = client.post(path, base_url="https://tips.example.test")
    assert done.status_code == 200 and "No recibirá más correos de alerta" in unescape(done.get_data(as_text=True))
    m = subscribers.member("email", services.identity.email_pseudonym(ES_MAIL))
    assert not subscribers.may_send(services.redis, m)
    [english] = smtp.to(EN_MAIL)
    assert "?lang=" not in english["List-Unsubscribe"]

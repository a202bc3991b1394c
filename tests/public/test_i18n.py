"""The public alert pages in the visitor's language (bot/public/i18n.py, bot/locales/web/<lang>.json):
``?lang=`` and the switcher link on every page, the browser's Accept-Language limited to
LANGUAGES, the force default otherwise; the language chosen on the form is the resident's, and
their confirmation email (over real SMTP), code call (the fake Twilio) and pages follow it."""
from __future__ import annotations

import re
from html import unescape

import pytest

from bot.alerts import resident_prefs
from tests.public.conftest import join_form

MOBILE = "+447700900123"
ADDRESS = "ana.residente@example.org"


def _html(resp) -> str:
    return unescape(resp.get_data(as_text=True))


def _lang_attr(html: str) -> str:
    return re.search(r'<html lang="([^"]+)">', html).group(1)


def test_the_sign_up_page_in_spanish(resident):
    html = _html(resident.get("/alerts/join?lang=es"))
    assert _lang_attr(html) == "es"
    for words in ("Suscríbase a las alertas vecinales", "¿Cómo le avisamos?", "Número de móvil",
                  "Correo electrónico", "Código postal o ZIP", "Mensajes de texto", "Llamadas de voz",
                  "Vigilancia Rural", "ganado", "sectores de negocio", "En una emergencia llame al 999",
                  'value="Suscribirme"', "Ir al contenido principal"):
        assert words in html, words
    for english in ("Sign up for community alerts", "Mobile number", "How should we reach you?", "Farm Watch",
                    ">livestock<", "In an emergency"):
        assert english not in html, english
    # The language select says Spanish, so a sign-up from this page is a Spanish resident's.
    assert re.search(r'<option selected value="es">Español</option>', html)
    # The switcher: English is a link to this page in English, Spanish is the current one.
    assert '<a href="/alerts/join?lang=en" lang="en" hreflang="en">English</a>' in html
    assert '<span aria-current="true" lang="es">Español</span>' in html


def test_the_english_page_is_as_before_with_a_switcher(resident):
    html = _html(resident.get("/alerts/join"))
    assert _lang_attr(html) == "en"
    assert "Sign up for community alerts" in html and "Farm Watch" in html and ">livestock<" in html
    assert '<option selected value="en">English</option>' in html
    assert '<a href="/alerts/join?lang=es" lang="es" hreflang="es">Español</a>' in html


@pytest.mark.parametrize("header, expected", [("es-MX,es;q=0.9,en;q=0.5", "es"), ("es", "es"),
                                              ("fr-FR,de;q=0.8", "en"), ("en-US,en;q=0.9", "en"), ("", "en")])
def test_the_browser_language_chooses_among_the_configured_ones(resident, header, expected):
    html = _html(resident.get("/alerts/join", headers={"Accept-Language": header} if header else {}))
    assert _lang_attr(html) == expected


def test_a_language_the_force_does_not_use_is_never_chosen(app, public):
    app.config["LANGUAGES"] = "en"
    client = public()
    for path, headers in (("/alerts/join?lang=es", {}), ("/alerts/join", {"Accept-Language": "es"})):
        html = _html(client.get(path, headers=headers))
        assert _lang_attr(html) == "en" and "Suscríbase" not in html and "Español" not in html


def test_a_force_whose_default_is_spanish_shows_spanish_first(app, public):
    app.config["DEFAULT_LANGUAGE"] = "es"
    html = _html(public().get("/alerts/join", headers={"Accept-Language": "fr"}))
    assert _lang_attr(html) == "es" and "Suscríbase" in html


def test_the_choice_is_kept_for_the_next_pages_and_errors_are_in_spanish(resident, fake_twilio):
    resident.get("/alerts/join?lang=es")
    html = _html(resident.get("/alerts/join"))                  # no ?lang: the session keeps it
    assert _lang_attr(html) == "es"
    resp = resident.post("/alerts/join", join_form(phone="", postcode="", schemes=[]))
    html = _html(resp)
    assert resp.status_code == 400 and _lang_attr(html) == "es"
    assert "Hay un problema" in html and "Indique un móvil, un teléfono fijo o un correo electrónico" in html
    assert "Escriba su código postal o ZIP" in html and "Elija al menos un programa." in html
    resp = resident.post("/alerts/join", join_form(phone="12", postcode="BA3"))
    html = _html(resp)
    assert "No podemos usar ese número de teléfono" in html and "No encontramos ese código postal" in html
    resp = resident.post("/alerts/join", join_form(language="xx"))     # WTForms' own check, in Spanish
    assert resp.status_code == 400 and "Revise esta respuesta" in _html(resp)
    assert fake_twilio.messages == []


def test_a_spanish_sign_up_by_text_code_the_code_page_in_spanish(resident, sent_code, services, redis):
    resident.get("/alerts/join?lang=es")
    resp = resident.post("/alerts/join", join_form(language="es"))
    assert resp.status_code == 303
    code = sent_code(MOBILE)
    page = _html(resident.get("/alerts/join/check"))
    assert _lang_attr(page) == "es" and "Confirme su suscripción" in page
    assert "Le hemos enviado por texto un código de 6 cifras. Vale durante 10 minutos." in page
    assert "Código para el número que termina en 123" in page
    wrong = _html(resident.post("/alerts/join/check", {"contact": "0", "code": "000000"}))
    assert "Ese código no es correcto." in wrong
    done = _html(resident.post("/alerts/join/check", {"contact": "0", "code": code}))
    assert "Confirmado: el número que termina en 123." in done
    assert resident_prefs.language(redis, services.identity.pseudonym(MOBILE)) == "es"


def test_a_spanish_code_call_is_said_in_spanish(resident, fake_twilio, worker):
    resident.post("/alerts/join?lang=es", join_form(phone_channel="voice", language="es"))
    worker()
    [call] = fake_twilio.calls_to(MOBILE)
    twiml = unescape(call["twiml"])
    assert "Le llaman las alertas vecinales de" in twiml and "Su código es" in twiml
    assert "Si usted no pidió esta llamada, cuelgue." in twiml
    assert 'language="es-US"' in twiml and 'voice="Polly.Lupe"' in twiml and "Your code" not in twiml


@pytest.fixture()
def config(config, mailbox):
    return {**config, "SMTP_URL": mailbox.url, "ALERT_EMAIL_FROM": "ASP alerts <alerts@tips.example.test>"}


def test_a_spanish_residents_confirmation_email_and_page_are_in_spanish(resident, public, mailbox, worker, redis,
                                                                        services):
    resident.post("/alerts/join", join_form(phone="", email=ADDRESS, language="es"))
    worker()
    [message] = mailbox.to(ADDRESS)
    assert message["Subject"] == "Confirme sus alertas vecinales de Avon and Somerset Police"
    plain = message.get_body(("plain",)).get_content()
    html = message.get_body(("html",)).get_content()
    assert plain.startswith("Alguien, esperamos que usted, pidió que las alertas vecinales")
    assert "El enlace vale durante 48 horas." in plain and "¿No es usted? Ignore este correo" in plain
    assert "Someone" not in plain and "Not you" not in plain
    assert '<html lang="es">' in html and "Abra la página que confirma su correo electrónico</a>" in html
    link = mailbox.link(ADDRESS)
    assert link.endswith("?lang=es")
    # Opened on another device (no session, an English browser): the page is still Spanish.
    other = public("198.51.100.30")
    page = _html(other.get(link.split("tips.example.test", 1)[1], headers={"Accept-Language": "en-GB"}))
    assert _lang_attr(page) == "es" and "Confirme su correo electrónico" in page
    assert 'value="Confirmar mi correo electrónico"' in page
    done = _html(other.post(link.split("tips.example.test", 1)[1], {}))
    assert "Correo electrónico confirmado" in done and "Recibirá alertas vecinales por correo" in done


def test_an_english_residents_email_is_unchanged(resident, mailbox, worker):
    resident.post("/alerts/join", join_form(phone="", email=ADDRESS))
    worker()
    [message] = mailbox.to(ADDRESS)
    assert message["Subject"] == "Confirm your community alerts from Avon and Somerset Police"
    assert "?lang=" not in mailbox.link(ADDRESS)
    assert '<html lang="en">' in message.get_body(("html",)).get_content()


def test_a_spanish_residents_preferences_page_is_in_spanish(make_phone, public):
    phone = make_phone("+447700900555")
    phone.send("UNIRSE FARMWATCH BA3 5QE")
    [reply] = phone.send("MY ALERTS LINK")
    path = re.search(r"https://\S+?(/alerts/my/\S+)", reply).group(1)
    client = public()
    html = _html(client.get(path))
    assert _lang_attr(html) == "es"
    for words in ("Sus alertas", "Cómo le avisamos", "mensajes de texto", "Qué y dónde", "Horas de silencio",
                  "Ninguna: enviar cada alerta en el momento", "Retener las alertas no urgentes de 22:00 a 07:00",
                  'value="Guardar mis opciones"', 'value="Darme de baja de todas mis alertas"',
                  "Llamar a este número en vez de enviar textos"):
        assert words in html, words
    # The visitor can still read it in English.
    assert _lang_attr(_html(client.get(path + "?lang=en"))) == "en"
    left = _html(client.post(path + "/leave", {}))
    assert "You have left" in left          # the session keeps the visitor's last choice: English


def test_every_public_answer_has_its_spanish_words(resident, public):
    resident.get("/alerts/join?lang=es")
    assert "Nada que confirmar" in _html(resident.get("/alerts/join/check"))
    bad = _html(resident.get("/alerts/my/not-a-real-token"))
    assert "Enlace no válido" in bad and "Este enlace no es válido" in bad and "MIS ALERTAS ENLACE" in bad
    refused = resident.post("/alerts/join", join_form(), csrf=False)
    assert refused.status_code == 400 and "Formulario caducado" in _html(refused)


def test_too_many_sign_ups_are_refused_in_spanish(app, resident):
    app.config["ALERT_WEB_SIGNUPS_PER_IP"] = 1
    resident.get("/alerts/join?lang=es")
    resident.post("/alerts/join", join_form(phone="07700 900124"))
    resp = resident.post("/alerts/join", join_form(phone="07700 900125"))
    assert resp.status_code == 429
    assert "Demasiados intentos" in _html(resp) and "Espere una hora" in _html(resp)

"""The staff console in the signed-in staff member's language (bot/locales/console/<lang>.json,
bot/console/i18n.py): a Spanish member's inbox, tip page, alert composer, account page, a flash
message and the sign-in errors are Spanish, with no English catalog text left on them; an
English member's pages are unchanged."""
from __future__ import annotations

import re
from html import unescape

import pytest

from bot.console import account_admin
from bot.messaging import catalog
from tests.helpers import TIPSTER


def _tip(make_phone) -> str:
    make_phone(TIPSTER).send("a man sells drugs on the corner of 5th and Cambria, black car plate JKM4410")
    replies = make_phone(TIPSTER).send("SEND")
    return re.search(r"T-[A-Z0-9]{4,6}", " ".join(replies)).group(0)


def _spanish(signed_in, services, role="officer"):
    client = signed_in(role)
    account_admin.set_language(services, client.login.id, "es", by=None)
    return client


def _text(resp) -> str:
    return unescape(resp.get_data(as_text=True))


def _english_left(page: str) -> list[str]:
    """Every English console text (a sentence or label of 2+ words that Spanish says otherwise)
    found on ``page``: a page in Spanish must have none."""
    en, es = catalog.load_console("en")["texts"], catalog.load_console("es")["texts"]
    left = []
    for name, text in en.items():
        if "{" in text or len(text.split()) < 2 or es.get(name) == text:
            continue
        if text in page:
            left.append(text)
    return left


def test_a_spanish_members_inbox_is_spanish_and_an_english_ones_is_not(signed_in, services, make_phone):
    tip_id = _tip(make_phone)
    spanish, english = _spanish(signed_in, services), signed_in("officer")
    page = _text(spanish.get("/console/tips"))
    assert '<html lang="es">' in page
    for words in ("<h1>Avisos</h1>", "Mostrar avisos", "Asumidos por mí", "Saltar al contenido principal",
                  "Cerrar sesión", "Se muestra 1 aviso, los más nuevos primero", ">Nuevo</td>", "Mi cuenta"):
        assert words in page, words
    assert tip_id in page
    assert _english_left(page) == []
    english_page = _text(english.get("/console/tips"))
    assert '<html lang="en">' in english_page and "<h1>Tips</h1>" in english_page and "Show tips" in english_page
    assert "Avisos" not in english_page and "Mostrar avisos" not in english_page
    # a filter's error is Spanish too
    assert "La fecha «desde» debe tener la forma 2025-03-31." in _text(spanish.get("/console/tips?from=31/03"))


def test_a_spanish_members_tip_page_and_flash_are_spanish(signed_in, services, make_phone):
    tip_id = _tip(make_phone)
    spanish = _spanish(signed_in, services)
    page = _text(spanish.get(f"/console/tips/{tip_id}"))
    assert '<html lang="es">' in page
    for words in (f"<h1>Aviso {tip_id}", "Las respuestas del informante", "Datos extraídos", "Responder al informante",
                  "Enviar al informante", "Asumir este aviso", "Nota para el personal", "Nuevo (sin asumir)",
                  "Elija un resultado", "Sin más actuaciones", "¿Qué pasó?", "Matrículas"):
        assert words in page, words
    assert _english_left(page) == []
    # a flash message: claiming the tip says so in Spanish (the workflow's Spanish catalog text)
    resp = spanish.post(f"/console/tips/{tip_id}/claim")
    assert resp.status_code == 302
    page = _text(spanish.get(f"/console/tips/{tip_id}"))
    assert f"Ha asumido {tip_id}." in page and f"You have claimed {tip_id}" not in page
    # a console flash of our own: a refused reply
    spanish.post(f"/console/tips/{tip_id}/reply", {"text": "hola", "quick": "2"})
    page = _text(spanish.get(f"/console/tips/{tip_id}"))
    assert "Elija una respuesta rápida o escriba un mensaje, no las dos cosas. No se envió nada." in page
    assert "Nothing was sent" not in page


def test_a_spanish_members_alert_composer_is_spanish(signed_in, services):
    spanish = _spanish(signed_in, services)
    page = _text(spanish.get("/console/alerts/new"))
    assert '<html lang="es">' in page
    for words in ("Nueva alerta a la comunidad", "Toda la zona de la policía", "Texto de la alerta", "Vista previa",
                  "Enviar ahora", "Enviar para aprobación", "Quién la recibe", 'data-msg-count-failed="Ahora mismo'):
        assert words in page, words
    assert _english_left(page) == []
    # an error of the console's own, in Spanish
    resp = spanish.post("/console/alerts/new", {"schemes": "NHW", "text": "Robos en la zona", "area": "all",
                                                 "action": "bogus"})
    assert resp.status_code == 400
    assert "Elija Enviar ahora, Programar o Enviar para aprobación." in _text(resp)


def test_the_account_page_and_a_password_error_are_spanish(signed_in, services):
    spanish = _spanish(signed_in, services)
    page = _text(spanish.get("/console/account"))
    assert "<h1>Mi cuenta</h1>" in page and "Contraseña actual" in page and 'value="Cambiar la contraseña"' in page
    assert _english_left(page) == []
    resp = spanish.post("/console/account/password", {"current": "wrong wrong wrong", "password": "x" * 14,
                                                      "confirm": "x" * 14})
    assert resp.status_code == 400 and "Su contraseña actual no es correcta." in _text(resp)
    resp = spanish.post("/console/account/password", {"current": "", "password": "", "confirm": ""})
    assert "Este campo es obligatorio." in _text(resp) and "This field is required" not in _text(resp)


def test_sign_in_errors_follow_the_browser_then_the_member(console, staff_factory, services):
    """Before the password nobody is known: the browser's language (never the typed account's,
    which would tell whether it exists); at the code step, the member's own."""
    login = staff_factory("officer")
    account_admin.set_language(services, login.id, "es", by=None)
    browser = console()
    browser.get("/console/login", headers={"Accept-Language": "es"})
    resp = browser.post("/console/login", {"email": login.email, "password": "not the password"},
                        headers={"Accept-Language": "es"})
    page = _text(resp)
    assert '<html lang="es">' in page and "El correo o la contraseña no son correctos." in page
    assert 'value="Continuar"' in page and "Correo electrónico" in page
    # the same wrong password from an English browser: English, whatever the account's language
    other = console()
    page = _text(other.post("/console/login", {"email": login.email, "password": "not the password"}))
    assert '<html lang="en">' in page and "The email or password is not right." in page
    # the code step knows who it is: Spanish, from an English browser too
    other.sign_in_password(login)
    page = _text(other.sign_in_code("000000"))
    assert '<html lang="es">' in page and "Ese código no es correcto." in page and "<h1>Código de doble factor</h1>" in page


@pytest.mark.parametrize("path", ["/console/tips", "/console/account", "/console/alerts/new", "/console/alerts"])
def test_english_members_see_no_spanish(signed_in, path):
    page = _text(signed_in("supervisor").get(path))
    es, en = catalog.load_console("es")["texts"], catalog.load_console("en")["texts"]
    spanish_only = [text for name, text in es.items()
                    if "{" not in text and len(text.split()) >= 2 and en.get(name) != text and text in page]
    assert '<html lang="en">' in page and spanish_only == []


def test_a_spanish_supervisors_dashboard_is_spanish(signed_in, services, make_phone):
    _tip(make_phone)
    spanish = _spanish(signed_in, services, "supervisor")
    page = _text(spanish.get("/console/dashboard"))
    assert '<html lang="es">' in page and "<h1>Panel</h1>" in page and "Avisos abiertos" in page
    assert "Sin más actuaciones" in page and "Sin registrar" in page       # the outcomes, said at render time
    assert re.search(r"(lun|mar|mié|jue|vie|sáb|dom) \d\d (ene|feb|mar|abr|may|jun|jul|ago|sep|oct|nov|dic) \d{4}",
                     page)
    assert _english_left(page) == []
    # the figures are cached for a minute for everyone: an English supervisor right after gets English
    page = _text(signed_in("supervisor").get("/console/dashboard"))
    assert "No further action" in page and "Not recorded" in page and "Sin registrar" not in page


def test_a_spanish_supervisors_tip_report_is_spanish(signed_in, services, make_phone):
    tip_id = _tip(make_phone)
    spanish = _spanish(signed_in, services, "supervisor")
    page = _text(spanish.get(f"/console/exports/tips/{tip_id}/report"))
    assert '<html lang="es">' in page and f"<h1>Informe del aviso {tip_id}</h1>" in page
    assert "Conversación (" in page and "Informante" in page and "Matrículas" in page
    assert _english_left(page) == []
    english = _text(signed_in("supervisor").get(f"/console/exports/tips/{tip_id}/report"))
    assert f"<h1>Tip report {tip_id}</h1>" in english and "Informe" not in english


def test_a_spanish_members_composer_counts_and_area_errors_are_spanish(signed_in, services):
    """The live count's summary and the area errors come from bot/alerts (targeting, geo) in the
    staff member's language; an English member's stay as they were."""
    spanish, english = _spanish(signed_in, services), signed_in("officer")
    query = {"schemes": "FARMWATCH", "area": "postcode", "postcode": "BA3 5QE", "radius": "5km", "text": "Robos"}
    es = spanish.get("/console/alerts/count", query_string=query).get_json()
    en = english.get("/console/alerts/count", query_string=query).get_json()
    assert es["ok"] and en["ok"]
    assert en["summary"].startswith("0 people ") and "0 by sms, 0 by email, 0 by voice." in en["summary"]
    assert es["summary"].startswith("0 personas ") and "0 por correo electrónico" in es["summary"]
    assert "people" not in es["summary"] and " by " not in es["summary"]
    bad = {**query, "postcode": "BT1 1AA"}
    es_error = spanish.get("/console/alerts/count", query_string=bad).get_json()["error"]
    en_error = english.get("/console/alerts/count", query_string=bad).get_json()["error"]
    assert es_error == catalog.text("es", "geo_not_bt") and en_error == catalog.text("en", "geo_not_bt")

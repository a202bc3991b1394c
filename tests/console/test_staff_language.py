"""An admin sets a staff member's language on their account page: it is the language of their
officer texts by SMS (the linked officer record's ``lang``, which the officer can also change
by ``LANG ES``) and the one the tip page compares a tipster's language with."""
from __future__ import annotations

import re

from bot.console import accounts
from bot.officers import registry
from tests.helpers import OFFICER, TIPSTER


def _tip(make_phone) -> str:
    replies = make_phone(TIPSTER).send("un hombre vende drogas en la esquina de 5th y Cambria, carro negro placa JKM4410")
    replies = make_phone(TIPSTER).send("ENVIAR")
    return re.search(r"T-[A-Z0-9]{4,6}", " ".join(replies)).group(0)


def test_an_admin_sets_the_language_of_a_linked_officer(signed_in, officers, services, redis, make_phone):
    phone = officers.register(OFFICER, name="PC Jones", badge="4411")
    admin = signed_in("admin")
    person = signed_in("officer", officer_phone=OFFICER)
    page = admin.get(f"/console/staff/{person.login.id}").get_data(as_text=True)
    assert '<h2 id="lang-h">Language</h2>' in page and 'value="es"' in page and "<dd>English</dd>" in page
    assert re.search(r'<label for="lang"', page)
    assert admin.post(f"/console/staff/{person.login.id}/language", {"lang": "es"}).status_code == 302
    assert registry.load(redis, services.identity.pseudonym(OFFICER))["lang"] == "es"
    assert accounts.load(redis, person.login.id).lang == "es"
    assert "Language changed to Español." in admin.get(f"/console/staff/{person.login.id}").get_data(as_text=True)
    assert phone.send("TIPS") == ["No hay avisos abiertos."]      # their SMS answers follow
    # and their console: the account page is in Spanish now
    assert "<dt>Idioma</dt><dd>Español (sus SMS de agente" in person.get("/console/account").get_data(as_text=True)
    # and the officer's own LANG by SMS is what the console then shows
    phone.send("LANG EN")
    assert accounts.language_of(services, accounts.load(redis, person.login.id)) == "en"
    entries = [e for e in __import__("bot.officers.audit", fromlist=["entries"]).entries(redis, limit=50)
               if e["action"] == "staff_language"]
    assert entries and entries[0]["detail"].endswith(": Español")


def test_a_language_not_configured_is_refused_and_no_officer_record_is_made(signed_in, services, redis):
    admin = signed_in("admin")
    person = signed_in("officer", officer_phone=OFFICER)     # linked to a phone not registered yet
    resp = admin.post(f"/console/staff/{person.login.id}/language", {"lang": "fr"})
    assert resp.status_code == 302
    assert "Choose one of the languages" in admin.get(f"/console/staff/{person.login.id}").get_data(as_text=True)
    assert admin.post(f"/console/staff/{person.login.id}/language", {"lang": "es"}).status_code == 302
    assert accounts.load(redis, person.login.id).lang == "es"
    assert registry.load(redis, services.identity.pseudonym(OFFICER)) is None   # never a half-made officer


def test_the_tip_page_warns_by_the_staff_members_own_language(signed_in, make_phone):
    tip_id = _tip(make_phone)
    admin = signed_in("admin")
    english = signed_in("officer")
    spanish = signed_in("officer")
    admin.post(f"/console/staff/{spanish.login.id}/language", {"lang": "es"})
    assert "The tipster writes Español" in english.get(f"/console/tips/{tip_id}").get_data(as_text=True)
    assert "The tipster writes" not in spanish.get(f"/console/tips/{tip_id}").get_data(as_text=True)
    # a reply from the Spanish-speaking member carries no language note (and its flash is Spanish,
    # the console being in their language); the English one's does
    spanish.post(f"/console/tips/{tip_id}/reply", {"text": "hacia donde fue?"})
    page = spanish.get(f"/console/tips/{tip_id}").get_data(as_text=True)
    assert "En cola para quien avisó en" in page and "Nota: quien avisa escribe" not in page
    english.post(f"/console/tips/{tip_id}/reply", {"text": "which way?"})
    assert "Note: the tipster writes Español" in english.get(f"/console/tips/{tip_id}").get_data(as_text=True)

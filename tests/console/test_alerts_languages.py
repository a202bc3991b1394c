"""An alert with a text per language (issue 14): the composer counts its recipients per
language and names those without a text; each recipient gets their language's text, or the
force default's, through the real fan-out and the fake Twilio server."""
from __future__ import annotations

import pytest

from bot.alerts import store
from tests.console.test_alerts_composer import TEXT, form

ES = "+447700900311"      # joins with UNIRSE: Spanish
EN = "+447700900312"
ES_TEXT = "Ganado suelto en la A362 cerca de Farrington Gurney"


@pytest.fixture()
def residents(make_phone):
    make_phone(ES).send("UNIRSE FARMWATCH BA3 5QE")
    make_phone(EN).send("JOIN FARMWATCH BA3 5QF")


def test_the_count_names_each_language_and_the_missing_text(officer_client, residents):
    data = officer_client.get("/console/alerts/count", query_string=form()).get_json()
    rows = {r["code"]: r for r in data["languages"]}
    assert rows["en"]["people"] == 1 and rows["es"]["people"] == 1
    assert rows["en"]["has_text"] and not rows["es"]["has_text"]
    assert data["missing"] == ["es"] and "Español (1 recipient)" in data["language_line"]
    data = officer_client.get("/console/alerts/count", query_string=form(text_es=ES_TEXT)).get_json()
    assert data["missing"] == [] and "in their language" in data["language_line"]


def test_the_composer_page_has_a_text_box_per_language_and_previews_each(officer_client, residents):
    html = officer_client.get("/console/alerts/new").get_data(as_text=True)
    assert 'name="text_es"' in html and "Español" in html
    page = officer_client.post("/console/alerts/new", {**form(text_es=ES_TEXT), "action": "preview"})
    html = page.get_data(as_text=True)
    assert page.status_code == 200
    assert "Alerta de Vigilancia Rural: " + ES_TEXT in html and "PARAR" in html
    assert 'data-lang="es">1<' in html


def test_each_recipient_gets_their_language_or_the_default(officer_client, residents, worker, fake_twilio, redis):
    resp = officer_client.post("/console/alerts/new", {**form(text_es=ES_TEXT), "action": "send"})
    assert resp.status_code == 302, resp.get_data(as_text=True)
    alert_id = resp.location.rsplit("/", 1)[1]
    worker()
    [es] = fake_twilio.sent_to(ES)
    [en] = fake_twilio.sent_to(EN)
    assert es["body"].startswith("Alerta de Vigilancia Rural: " + ES_TEXT) and "SALIR FARMWATCH o PARAR" in es["body"]
    assert en["body"].startswith("Farm Watch alert: " + TEXT) and "Reply LEAVE FARMWATCH" in en["body"]
    a = store.load(redis, alert_id)
    assert a["lang_texts"] == {"es": ES_TEXT} and es["body"] == a["lang_bodies"]["es"]
    worker()                                   # a second run sends nobody anything again
    assert len(fake_twilio.messages) == 2


def test_without_a_spanish_text_the_spanish_reader_gets_the_default(officer_client, residents, worker,
                                                                    fake_twilio):
    officer_client.post("/console/alerts/new", {**form(), "action": "send"})
    worker()
    [es] = fake_twilio.sent_to(ES)
    assert es["body"].startswith("Farm Watch alert: " + TEXT)


def test_a_spanish_text_too_long_gets_a_clear_error(officer_client, residents, fake_twilio):
    resp = officer_client.post("/console/alerts/new", {**form(text_es="palabra " * 220), "action": "send"})
    assert resp.status_code == 400 and "The Español text" in resp.get_data(as_text=True)
    assert fake_twilio.messages == []


def test_a_large_audience_is_counted_per_language_from_a_sample(officer_client, residents, monkeypatch):
    from bot.alerts import targeting

    monkeypatch.setattr(targeting, "LANG_COUNT_EXACT", 1)    # every audience over 1 is "large"
    data = officer_client.get("/console/alerts/count", query_string=form()).get_json()
    assert sum(r["people"] for r in data["languages"]) == 2          # scaled to the whole audience
    assert "~" not in {r["code"] for r in data["languages"]}
    if data["missing"]:
        assert "about" in data["language_line"]

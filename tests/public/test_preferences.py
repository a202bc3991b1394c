"""The preferences page a signed link opens (texted on MY ALERTS LINK): change schemes,
categories and place, or leave; a forged or altered link opens nothing."""
from __future__ import annotations

import re

from bot.alerts import links, resident_prefs, subscribers
from tests.helpers import TIPSTER, assert_sms_sized


def _link(replies) -> str:
    [reply] = replies
    return re.search(r"https://tips\.example\.test(/alerts/my/\S+)", reply).group(1)


def _record(services):
    return subscribers.load(services.redis, services.identity.pseudonym(TIPSTER))


def test_my_alerts_link_texts_a_working_link(phone, resident, services):
    phone.send("JOIN FARMWATCH BA3 5QE")
    replies = phone.send("MY ALERTS LINK")
    assert_sms_sized(replies)
    assert "Keep it to yourself" in replies[0]
    page = resident.get(_link(replies))
    assert page.status_code == 200
    html = page.get_data(as_text=True)
    assert 'value="FARMWATCH" checked' in html and 'value="BA3 5QE"' in html
    assert "07700" not in html and "900123" not in html


def test_without_alerts_the_link_command_says_how_to_join(phone):
    [reply] = phone.send("my alerts link")
    assert "You have no alerts to change" in reply and "/alerts/join" in reply


def test_changing_schemes_categories_and_place(phone, resident, services):
    phone.send("JOIN FARMWATCH BA3 5QE")
    path = _link(phone.send("MY ALERTS LINK"))
    resident.get(path)
    resp = resident.post(path, {"schemes": ["HORSEWATCH", "NHW"], "categories": ["NHW:scam"],
                                "postcode": "BS1 4ST"})
    assert resp.status_code == 200 and "Your choices are saved" in resp.get_data(as_text=True)
    record, _ = _record(services)
    assert sorted(record) == ["HORSEWATCH", "NHW"]
    assert record["NHW"]["cats"] == ["scam"] and record["HORSEWATCH"]["cats"] == ["horse", "rural"]
    assert record["NHW"]["area"] == "BS1 4ST"
    # and the SMS side sees the same record
    assert "Horse Watch near BS1 4ST" in phone.send("MY ALERTS")[0]


def test_a_bad_postcode_on_the_preferences_page_changes_nothing(phone, resident, services):
    phone.send("JOIN FARMWATCH BA3 5QE")
    path = _link(phone.send("MY ALERTS LINK"))
    resident.get(path)
    resp = resident.post(path, {"schemes": ["NHW"], "postcode": "BA3"})
    assert resp.status_code == 400 and "only the first half of a postcode" in resp.get_data(as_text=True)
    assert list(_record(services)[0]) == ["FARMWATCH"]


def test_leaving(phone, resident, services):
    phone.send("JOIN FARMWATCH BA3 5QE")
    phone.send("JOIN NHW BA3 5QE")
    path = _link(phone.send("MY ALERTS LINK"))
    resident.get(path)
    assert resident.post(path + "/leave", {}, csrf=False).status_code == 400     # CSRF
    assert sorted(_record(services)[0]) == ["FARMWATCH", "NHW"]
    resp = resident.post(path + "/leave", {})
    assert "You will get no more alerts" in resp.get_data(as_text=True)
    assert _record(services)[0] == {}
    assert "You get no alerts from us now" in resident.get(path).get_data(as_text=True)


def test_forged_altered_and_expired_links_open_nothing(app, phone, resident, services):
    phone.send("JOIN FARMWATCH BA3 5QE")
    path = _link(phone.send("MY ALERTS LINK"))
    altered = path[:-3] + ("AAA" if not path.endswith("AAA") else "BBB")
    assert resident.get(altered).status_code == 400
    other_key = {**app.config, "PSEUDONYM_KEY": "another deployment's key"}
    forged = links.prefs_url(other_key, services.identity.pseudonym(TIPSTER)).split("tips.example.test")[1]
    assert resident.get(forged).status_code == 400
    app.config["ALERT_LINK_DAYS"] = -1
    resp = resident.get(path)
    assert resp.status_code == 400 and "expired" in resp.get_data(as_text=True)


def test_the_preferences_page_changes_the_language(phone, resident, services):
    phone.send("JOIN FARMWATCH BA3 5QE")
    path = _link(phone.send("MY ALERTS LINK"))
    html = resident.get(path).get_data(as_text=True)
    assert '<option selected value="en">' in html or 'selected value="en"' in html
    resp = resident.post(path, {"schemes": ["FARMWATCH"], "postcode": "BA3 5QE", "language": "es"})
    assert resp.status_code == 200
    p = services.identity.pseudonym(TIPSTER)
    assert resident_prefs.language(services.redis, p) == "es"
    assert 'selected value="es"' in resident.get(path).get_data(as_text=True)

"""No tip page ever shows the tipster's number (nor their pseudonym): a full scripted
exchange by text and in the console (relays both ways, the tipster typing their own
number, notes, claim, assign, close, reopen, delivery reports, a GPS reveal), then the
HTML of every page each role can see, the polled fragments, the GPS answers, the flash
messages and the audit log are scanned for the number in every format."""
from __future__ import annotations

import re

import phonenumbers
import pytest

from tests.helpers import OFFICER, TIPSTER


def number_forms(e164: str) -> list[str]:
    parsed = phonenumbers.parse(e164)
    national = phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.NATIONAL)
    digits = "".join(ch for ch in e164 if ch.isdigit())
    return [e164, national, national.replace(" ", ""), digits, digits[-7:], digits[-6:],
            phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.INTERNATIONAL),
            f"{digits[-10:-6]} {digits[-6:]}", f"{digits[-10:-6]}-{digits[-6:]}"]


@pytest.fixture()
def exchange(world, officers, signed_in, make_phone, worker, fake_twilio, services):
    """The scripted exchange; returns every console response it produced (HTML) along the way."""
    tip_id = world["tip_id"]
    tipster = make_phone(TIPSTER)
    jones = officers.register(OFFICER, name="PC Jones", badge="4411")
    officers.register("+447700900513", name="Sgt Lee", badge="S1", role="supervisor")
    officer = signed_in("officer", name="DC Plain")                    # no officer phone
    linked = signed_in("officer", name="Pat Jones", officer_phone=OFFICER)
    supervisor = signed_in("supervisor", name="Sgt Console")
    seen = []

    def post(client, action, data=None):
        resp = client.post(f"/console/tips/{tip_id}/{action}", data or {})
        seen.append(client.get(resp.location).get_data(as_text=True))

    jones.send(f"R {tip_id} which way did they go?")
    post(officer, "reply", {"text": "are you safe to talk?"})
    worker()
    tipster.send("towards the park. text me back on 07700 900123 or +44 7700 900123 any time")
    post(linked, "claim")
    post(officer, "notes", {"note": "Tipster offered their number in a text (removed by the bot)."})
    post(linked, "reply", {"text": "thanks, we will look"})
    worker()
    for message in fake_twilio.sent_to(TIPSTER):
        tipster.post("/sms/status", {"MessageSid": message["sid"], "MessageStatus": "delivered"})
    post(supervisor, "assign", {"assignee": services.identity.pseudonym(OFFICER)})
    post(supervisor, "close", {"outcome": "intelligence_logged"})
    post(supervisor, "reopen")
    tipster.send(f"{tip_id} one more thing, the car had a dent")
    worker()
    resp = officer.post(f"/console/tips/{tip_id}/photos/{world['photo_sha256']}/gps")
    seen.append(resp.get_data(as_text=True))
    resp = officer.post(f"/console/tips/{tip_id}/photos/{world['photo_sha256']}/gps",
                        headers={"HX-Request": "true"})
    seen.append(resp.get_data(as_text=True))
    for client in (officer, linked, supervisor):
        seen.append(client.get(f"/console/tips/{tip_id}/live", headers={"HX-Request": "true"}).get_data(as_text=True))
    return seen


@pytest.mark.parametrize("role", ["officer", "supervisor", "admin"])
def test_no_page_shows_the_tipsters_number_after_a_full_exchange(role, exchange, world, signed_in, visible_pages,
                                                                 services):
    client = signed_in(role)
    pages = visible_pages(client, world)
    tip_page = pages[f"/console/tips/{world['tip_id']}"]
    # The exchange really is on the page (so the scan scans something).
    for words in ("which way did they go?", "are you safe to talk?", "towards the park", "[own number removed]",
                  "Internal note, never sent", "the car had a dent", "Delivered", "Reopened by Sgt Console"):
        assert words in tip_page, words
    texts = dict(pages)
    texts.update({f"exchange response {n}": html for n, html in enumerate(exchange)})
    if role == "admin":
        texts["audit log"] = client.get(f"/console/audit?tip={world['tip_id']}").get_data(as_text=True)
    pseudonym = services.identity.pseudonym(TIPSTER)
    for where, html in texts.items():
        for form in number_forms(TIPSTER):
            assert form not in html, f"{where} shows the tipster's number ({form})"
        assert pseudonym not in html and pseudonym[:12] not in html, f"{where} shows the tipster's pseudonym"
    assert any(re.search(r"51\.45", html) for html in exchange)        # the GPS answers were scanned too

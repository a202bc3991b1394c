"""Issue 12 end to end, in a real browser: a resident signs up on /alerts/join with a
phone and an email and confirms both (the code from what the fake Twilio server
received, the link from the real SMTP server's mailbox); an officer draws a polygon
around them on the composer's map and submits the alert; a supervisor approves it;
the fake Twilio server and the SMTP server receive exactly one SMS and one email (a
Farm Watch member outside the polygon gets nothing); Twilio's delivery report and the
resident's text reply show on the alert's page, whose counts per channel match."""
from __future__ import annotations

import re

from playwright.sync_api import expect

from bot.alerts import geo, store
from tests.console.browser.conftest import axe_violations, draw_polygon, signed_text

MOBILE = "+447700900123"
ADDRESS = "jo.resident@example.org"
FAR = "+447700900304"                       # Bath, ~17 km north-east: outside the polygon
TEXT = "Quad bike stolen from a farm near Chewton Mendip overnight"
REPLY = "I saw a quad bike on a white trailer going north on the A39 at about 2am"


def _sign_up_and_confirm(live, browser_page, fake_twilio) -> None:
    page = browser_page()
    page.goto(live.url("/alerts/join"))
    page.fill("input[name=phone]", "07700 900123")
    page.fill("input[name=email]", ADDRESS)
    page.fill("input[name=postcode]", "BA3 5QE")
    page.check("#scheme-FARMWATCH")
    page.click("form [type=submit]")
    page.wait_for_url("**/alerts/join/check")
    live.work()                                            # the code text and the confirmation email go
    [code_text] = fake_twilio.sent_to(MOBILE)
    page.fill("#code-0", re.search(r"code to confirm alerts is (\d{6})", code_text["body"]).group(1))
    page.click("form:has(#code-0) [type=submit]")
    assert "Confirmed the number ending 123" in page.inner_text("main")
    mail_page = browser_page()
    mail_page.goto(live.email_link(ADDRESS))
    mail_page.click("form [type=submit]")
    assert "Email address confirmed" in mail_page.inner_text("main")


def test_sign_up_compose_approve_send_reply_and_count(live_public, browser_page, staff_factory, fake_twilio):
    live = live_public
    app, redis = live.app, live.services.redis
    centre = geo.locate("BA3 5QE")
    app.config.update(ALERT_APPROVAL_SCHEMES="FARMWATCH", MAP_TILE_URL="", MAP_CENTRE=f"{centre.lat},{centre.lon}")
    signed_text(live, FAR, "JOIN FARMWATCH BA1 0AA")
    _sign_up_and_confirm(live, browser_page, fake_twilio)
    texts_before, mails_before = len(fake_twilio.messages), len(live.smtp.messages)

    page = browser_page()
    live.sign_in(page, staff_factory("officer", name="PC Author"))
    page.goto(live.url("/console/alerts/new"))
    page.check("#scheme-FARMWATCH")
    draw_polygon(page)
    page.fill("#text", TEXT)
    expect(page.locator("#channel-counts [data-channel=sms]")).to_have_text("1")    # FAR is outside
    expect(page.locator("#channel-counts [data-channel=email]")).to_have_text("1")
    expect(page.locator("#channel-counts [data-channel=voice]")).to_have_text("0")
    page.click("button[value=submit]")
    page.wait_for_url(re.compile(r".*/console/alerts/A-\d+$"))
    alert_id = page.url.rsplit("/", 1)[1]
    assert "Waiting for a supervisor" in page.text_content("main")
    live.work()
    assert len(fake_twilio.messages) == texts_before and len(live.smtp.messages) == mails_before

    boss = browser_page()
    live.sign_in(boss, staff_factory("supervisor", name="Sgt Approver"))
    boss.goto(live.url(f"/console/alerts/{alert_id}"))
    boss.click("text=Approve and send")
    boss.wait_for_url(re.compile(rf".*/console/alerts/{alert_id}$"))
    assert "approved and sending" in boss.text_content("main")
    live.work()

    body = store.load(redis, alert_id)["body"]
    assert TEXT in body and "Ref: CAD-" in body
    new_texts = fake_twilio.messages[texts_before:]
    assert [(m["to"], m["body"]) for m in new_texts] == [(MOBILE, body)]
    new_mails = live.smtp.messages[mails_before:]
    assert len(new_mails) == 1 and live.smtp.to(ADDRESS)[-1] is new_mails[0]
    mail = new_mails[0]
    assert TEXT in mail.get_body(("plain",)).get_content()
    assert mail["List-Unsubscribe"] and mail["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"

    # Twilio reports the text delivered; the resident texts back.
    resp = live.phone(MOBILE).post("/sms/status", {"MessageSid": new_texts[0]["sid"], "MessageStatus": "delivered"})
    assert resp.status_code == 204
    signed_text(live, MOBILE, REPLY)
    live.work()
    assert [(m["to"], m["body"]) for m in fake_twilio.messages[texts_before:]] == [(MOBILE, body)]
    assert len(live.smtp.messages) == mails_before + 1

    boss.goto(live.url(f"/console/alerts/{alert_id}"))
    assert REPLY in boss.inner_text("ul.replies")
    assert MOBILE not in boss.content() and "900123" not in boss.inner_text("ul.replies")
    counts = {(ch, st): boss.text_content(f"#alert-progress [data-channel={ch}] [data-status={st}]")
              for ch in ("sms", "email", "voice") for st in ("queued", "sent", "delivered", "failed")}
    assert counts == {("sms", "queued"): "0", ("sms", "sent"): "0", ("sms", "delivered"): "1", ("sms", "failed"): "0",
                      ("email", "queued"): "0", ("email", "sent"): "1", ("email", "delivered"): "0",
                      ("email", "failed"): "0",
                      ("voice", "queued"): "0", ("voice", "sent"): "0", ("voice", "delivered"): "0",
                      ("voice", "failed"): "0"}
    assert axe_violations(boss) == []

"""In a real browser: an officer draws a polygon on the composer's map (clicks on the map
canvas, no tiles: the page works offline), sees the live count, submits the alert for
approval; a supervisor approves it; the fake Twilio server receives exactly the expected
texts; no serious or critical accessibility violation on the composer or the alert page."""
from __future__ import annotations

import re
import uuid

from playwright.sync_api import expect
from twilio.request_validator import RequestValidator

from bot.alerts import geo, store
from tests.console.browser.conftest import axe_violations
from tests.helpers import AUTH_TOKEN, BOT_NUMBER

NEAR = ["+447700900301", "+447700900302"]      # BA3 5QE and next door
FAR = "+447700900304"                           # Bath, ~17 km to the north-east
TEXT = "Quad bike stolen from a farm near Chewton Mendip overnight"


def join(live, number: str, code: str) -> None:
    """JOIN by text, signed for the live server's own URL (its PUBLIC_BASE_URL)."""
    params = {"From": number, "To": BOT_NUMBER, "Body": f"JOIN FARMWATCH {code}", "MessageSid": "SM" + uuid.uuid4().hex,
              "NumMedia": "0"}
    signature = RequestValidator(AUTH_TOKEN).compute_signature(live.url("/sms"), params)
    resp = live.app.test_client().post("/sms", data=params, headers={"X-Twilio-Signature": signature},
                                       base_url=live.base)
    assert resp.status_code == 200, resp.get_data(as_text=True)


def test_officer_draws_a_polygon_supervisor_approves_texts_go(live, browser_page, staff_factory, fake_twilio,
                                                               worker):
    app = live.app
    centre = geo.locate("BA3 5QE")
    app.config.update(ALERT_APPROVAL_SCHEMES="FARMWATCH", MAP_TILE_URL="",
                      MAP_CENTRE=f"{centre.lat},{centre.lon}")
    for number, code in ((NEAR[0], "BA3 5QE"), (NEAR[1], "BA3 5QF"), (FAR, "BA1 0AA")):
        join(live, number, code)

    page = browser_page()
    live.sign_in(page, staff_factory("officer", name="PC Author"))
    page.goto(live.url("/console/alerts/new"))
    page.check("#scheme-FARMWATCH")
    page.check("#area-polygon")
    box = page.locator("#alert-map").bounding_box()
    cx, cy = box["width"] / 2, box["height"] / 2
    for dx, dy in ((-60, -60), (60, -60), (60, 60), (-60, 60)):     # ~6 km around BA3 5QE at zoom 10
        page.locator("#alert-map").click(position={"x": cx + dx, "y": cy + dy})
    assert len(page.input_value("input[name=points]").split(";")) == 4
    page.fill("#text", TEXT)
    expect(page.locator("#channel-counts [data-channel=sms]")).to_have_text("2")     # the live count
    expect(page.locator("#preview-sms")).to_contain_text("Chewton Mendip")          # the exact SMS
    assert "segment" in page.text_content("#segment-line")
    assert page.locator("#alert-map path.leaflet-interactive").count() == 1      # the polygon drawn
    assert axe_violations(page) == []
    page.click("button[value=submit]")
    page.wait_for_url(re.compile(r".*/console/alerts/A-\d+$"))
    alert_id = page.url.rsplit("/", 1)[1]
    assert "Waiting for a supervisor" in page.text_content("main")
    assert axe_violations(page) == []
    worker(app)
    assert fake_twilio.messages == []

    boss = browser_page()
    live.sign_in(boss, staff_factory("supervisor", name="Sgt Approver"))
    boss.goto(live.url(f"/console/alerts/{alert_id}"))
    boss.click("text=Approve and send")
    boss.wait_for_url(re.compile(rf".*/console/alerts/{alert_id}$"))
    assert "approved and sending" in boss.text_content("main")
    worker(app)
    body = store.load(live.services.redis, alert_id)["body"]
    assert TEXT in body and "Ref: CAD-" in body
    assert sorted((m["to"], m["body"]) for m in fake_twilio.messages) == sorted((n, body) for n in NEAR)
    boss.goto(live.url(f"/console/alerts/{alert_id}"))
    assert boss.text_content("[data-channel=sms] [data-status=sent]") == "2"
    assert axe_violations(boss) == []
    page.goto(live.url("/console/alerts"))
    assert "was approved by Sgt Approver" in page.text_content("main")

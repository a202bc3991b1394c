"""The alert composer in the console: recipient counts per channel (circle, postcode, polygon),
the exact channel previews with segments, sending, scheduling, approval by another supervisor,
rejection with a reason shown to the author, HALT, templates, and the audit of each."""
from __future__ import annotations

import re
import time
from datetime import datetime, timezone

import pytest

from bot import create_app
from bot.alerts import channel_texts, compose, geo, lifecycle, store
from bot.messaging.segments import count_segments
from bot.officers import audit
from bot.store import keys

NEAR = ["+447700900301", "+447700900302"]      # BA3 5QE and next door
FAR = "+447700900304"                           # Bath, ~17 km away
TEXT = "Cattle loose on the A362 near Farrington Gurney"


@pytest.fixture()
def subscribers(make_phone):
    make_phone(NEAR[0]).send("JOIN FARMWATCH BA3 5QE")
    make_phone(NEAR[1]).send("JOIN FARMWATCH BA3 5QF")
    make_phone(FAR).send("JOIN FARMWATCH BA1 0AA")


def square_around(code: str, half_deg: float = 0.02) -> str:
    p = geo.locate(code)
    corners = [(p.lat - half_deg, p.lon - half_deg), (p.lat - half_deg, p.lon + half_deg),
               (p.lat + half_deg, p.lon + half_deg), (p.lat + half_deg, p.lon - half_deg)]
    return ";".join(f"{a:.6f},{b:.6f}" for a, b in corners)


def form(**over) -> dict:
    base = {"schemes": "FARMWATCH", "area": "postcode", "postcode": "BA3 5QE", "radius": "5km", "text": TEXT}
    base.update(over)
    return base


def counts(client, **over) -> dict:
    resp = client.get("/console/alerts/count", query_string=form(**over))
    assert resp.status_code == 200 and resp.mimetype == "application/json"
    return resp.get_json()


def test_counts_follow_the_area_and_are_counts_only(officer_client, subscribers):
    near = counts(officer_client)
    assert near["ok"] and near["people"] == 2
    assert {c["name"]: c["count"] for c in near["channels"]}["sms"] == 2
    assert counts(officer_client, area="all")["people"] == 3
    assert counts(officer_client, radius="50km")["people"] == 3
    assert counts(officer_client, area="polygon", points=square_around("BA3 5QE"))["people"] == 2
    assert counts(officer_client, area="polygon", points=square_around("BA1 0AA"))["people"] == 1
    p = geo.locate("BA1 0AA")
    assert counts(officer_client, area="point", lat=p.lat, lon=p.lon, radius="500m")["people"] == 1
    raw = officer_client.get("/console/alerts/count", query_string=form(area="all")).get_data(as_text=True)
    for number in NEAR + [FAR]:
        assert number[-6:] not in raw


@pytest.mark.parametrize("over, says", [
    ({"schemes": ""}, "Choose at least one scheme"),
    ({"radius": "20m"}, "50m"),
    ({"radius": "500km"}, "50km"),
    ({"postcode": "ZZ9 9ZZ"}, "ZZ9 9ZZ"),
    ({"area": "polygon", "points": "51.3,-2.5;51.31,-2.5"}, "three corners"),
    ({"area": "polygon", "points": "51.3,-2.5;nonsense;51.2,-2.4"}, "could not be read"),
    ({"area": "point", "lat": "", "lon": ""}, "Click the map"),
    ({"categories": "horse"}, "not one of the chosen schemes"),
])
def test_bad_input_gets_a_clear_reason_never_a_crash(officer_client, subscribers, over, says):
    data = counts(officer_client, **over)
    assert data["ok"] is False and says in data["error"]


def test_preview_is_the_exact_text_each_channel_sends_with_segments(officer_client, app, redis):
    resp = officer_client.get("/console/alerts/preview", query_string=form())
    data = resp.get_json()
    assert data["ok"]
    incident = data["incident"]
    assert re.fullmatch(r"CAD-\d{8}-1", incident)
    expected = compose.compose(compose.Draft(["FARMWATCH"], text=TEXT), incident, app.config)
    assert data["sms"] == expected
    assert data["segments"] == count_segments(expected) and data["encoding"] == "GSM-7"
    alert = {"schemes": ["FARMWATCH"], "text": TEXT, "incident": incident, "body": expected}
    subject, plain, _html = channel_texts.email_parts(alert, app.config, "https://tips.example.test/alerts/unsubscribe/...")
    assert (data["email_subject"], data["email"]) == (subject, plain) and incident in plain
    assert data["voice"] == channel_texts.voice_script(alert, app.config) and "101" in data["voice"]
    uni = officer_client.get("/console/alerts/preview", query_string=form(text="Défaid ar goll ger Llanfair ŵ")).get_json()
    assert uni["encoding"] == "UCS-2" and "Unicode" in uni["unicode_line"]
    assert uni["segments"] == count_segments(uni["sms"])


def test_send_now_fans_out_the_previewed_text_and_is_audited(officer_client, subscribers, worker, fake_twilio,
                                                             redis):
    preview = officer_client.get("/console/alerts/preview", query_string=form()).get_json()
    resp = officer_client.post("/console/alerts/new", {**form(), "action": "send"})
    assert resp.status_code == 302, resp.get_data(as_text=True)
    alert_id = resp.location.rsplit("/", 1)[1]
    assert fake_twilio.messages == []          # nothing sent inside the request
    worker()
    sent = sorted((m["to"], m["body"]) for m in fake_twilio.messages)
    assert sent == sorted((n, preview["sms"]) for n in NEAR)
    actions = [e["action"] for e in audit.entries(redis, alert_id=alert_id)]
    assert actions[:2] == ["alert", "alert_send"]
    page = officer_client.get(f"/console/alerts/{alert_id}").get_data(as_text=True)
    assert 'data-status="sent">2<' in page and "CAD-" in page


def test_polygon_alert_reaches_only_the_people_inside(officer_client, subscribers, worker, fake_twilio):
    resp = officer_client.post("/console/alerts/new", {**form(area="polygon", points=square_around("BA1 0AA")),
                                                       "action": "send"})
    assert resp.status_code == 302
    worker()
    assert [m["to"] for m in fake_twilio.messages] == [FAR]


@pytest.fixture()
def approval_app(config):
    return create_app({**config, "ALERT_APPROVAL_SCHEMES": "FARMWATCH"})


def test_approval_flow_officer_submits_supervisor_approves(approval_app, console, staff_factory, subscribers,
                                                           worker, fake_twilio, redis):
    officer = console(approval_app).sign_in(staff_factory("officer"))
    refused = officer.post("/console/alerts/new", {**form(), "action": "send"})
    assert refused.status_code == 400 and "need a supervisor" in refused.get_data(as_text=True)
    resp = officer.post("/console/alerts/new", {**form(), "action": "submit"})
    assert resp.status_code == 302
    alert_id = resp.location.rsplit("/", 1)[1]
    assert store.load(redis, alert_id)["state"] == "pending_approval"
    assert officer.post(f"/console/alerts/{alert_id}/approve").status_code == 403     # officers never approve
    worker(approval_app)
    assert fake_twilio.messages == []
    boss = console(approval_app).sign_in(staff_factory("supervisor"))
    assert "Approve and send" in boss.get(f"/console/alerts/{alert_id}").get_data(as_text=True)
    assert boss.post(f"/console/alerts/{alert_id}/approve").status_code == 302
    assert store.load(redis, alert_id)["state"] == "queued"
    worker(approval_app)
    assert sorted(m["to"] for m in fake_twilio.messages) == sorted(NEAR)
    actions = [e["action"] for e in audit.entries(redis, alert_id=alert_id)]
    assert actions[:3] == ["alert", "alert_submit", "alert_approve"]
    notice = officer.get("/console/alerts").get_data(as_text=True)
    assert f"{alert_id}</a>\n      was approved by" in notice


def test_a_supervisor_cannot_approve_their_own_alert(approval_app, console, staff_factory, subscribers, redis,
                                                     worker, fake_twilio):
    boss = console(approval_app).sign_in(staff_factory("supervisor"))
    alert_id = boss.post("/console/alerts/new", {**form(), "action": "submit"}).location.rsplit("/", 1)[1]
    page = boss.get(f"/console/alerts/{alert_id}").get_data(as_text=True)
    assert "Approve and send" not in page and "cannot approve your own" in page
    boss.post(f"/console/alerts/{alert_id}/approve")
    assert store.load(redis, alert_id)["state"] == "pending_approval"
    worker(approval_app)
    assert fake_twilio.messages == []
    assert [e["action"] for e in audit.entries(redis, alert_id=alert_id)][-1] == "alert_approve_refused"


def test_reject_with_a_reason_the_author_sees(approval_app, console, staff_factory, subscribers, redis, worker,
                                              fake_twilio):
    officer = console(approval_app).sign_in(staff_factory("officer"))
    alert_id = officer.post("/console/alerts/new", {**form(), "action": "submit"}).location.rsplit("/", 1)[1]
    boss = console(approval_app).sign_in(staff_factory("supervisor", name="Sgt Rees"))
    boss.post(f"/console/alerts/{alert_id}/reject", {"reason": ""})
    assert store.load(redis, alert_id)["state"] == "pending_approval"       # a reason is required
    boss.post(f"/console/alerts/{alert_id}/reject", {"reason": "Wrong area: the cattle are at Chewton"})
    assert store.load(redis, alert_id)["state"] == "rejected"
    listing = officer.get("/console/alerts").get_data(as_text=True)
    assert "was rejected by Sgt Rees" in listing and "Wrong area: the cattle are at Chewton" in listing
    assert boss.post(f"/console/alerts/{alert_id}/approve").status_code == 302
    assert store.load(redis, alert_id)["state"] == "rejected"               # a decision is final
    worker(approval_app)
    assert fake_twilio.messages == []
    assert "alert_reject" in [e["action"] for e in audit.entries(redis, alert_id=alert_id)]


def test_halt_stops_an_alert_before_it_goes_and_only_author_or_supervisor(officer_client, signed_in, subscribers,
                                                                           worker, fake_twilio, redis):
    alert_id = officer_client.post("/console/alerts/new", {**form(), "action": "send"}).location.rsplit("/", 1)[1]
    other = signed_in("officer")
    assert other.post(f"/console/alerts/{alert_id}/halt").status_code == 403
    assert officer_client.post(f"/console/alerts/{alert_id}/halt").status_code == 302
    a = store.load(redis, alert_id)
    assert a["state"] == "halted" and a["halted_gone"] == 0
    worker()
    assert fake_twilio.messages == []
    page = officer_client.get(f"/console/alerts/{alert_id}").get_data(as_text=True)
    assert 'data-status="halted">2<' in page
    actions = [e["action"] for e in audit.entries(redis, alert_id=alert_id)]
    assert "alert_halt" in actions and "alert_halt_refused" in actions


def test_schedule_holds_the_alert_until_its_time(officer_client, subscribers, worker, fake_twilio, redis,
                                                  services):
    resp = officer_client.post("/console/alerts/new", {**form(), "action": "schedule", "send_at": "2999-01-01T07:30"})
    assert resp.status_code == 400 and "30 days" in resp.get_data(as_text=True)
    resp = officer_client.post("/console/alerts/new", {**form(), "action": "schedule", "send_at": "2001-01-01T07:30"})
    assert resp.status_code == 400 and "passed" in resp.get_data(as_text=True)
    soon = datetime.fromtimestamp(time.time() + 3600, timezone.utc).strftime("%Y-%m-%dT%H:%M")
    resp = officer_client.post("/console/alerts/new", {**form(), "action": "schedule", "send_at": soon})
    alert_id = resp.location.rsplit("/", 1)[1]
    assert store.load(redis, alert_id)["state"] == "scheduled"
    worker()
    assert fake_twilio.messages == []
    assert lifecycle.release(services, alert_id) != "queued"       # not due yet
    assert lifecycle.release(services, alert_id, now=time.time() + 3601) == "queued"   # its time comes
    worker()
    assert sorted(m["to"] for m in fake_twilio.messages) == sorted(NEAR)
    assert "alert_schedule" in [e["action"] for e in audit.entries(redis, alert_id=alert_id)]


def test_templates_are_saved_and_picked(officer_client, redis):
    resp = officer_client.post("/console/alerts/templates", {**form(), "template_name": "Loose livestock"})
    assert resp.status_code == 302
    page = officer_client.get("/console/alerts/new?template=Loose livestock").get_data(as_text=True)
    assert TEXT in page and 'value="FARMWATCH"\n        checked' in page
    assert officer_client.get("/console/alerts/new?template=nothing").status_code == 404
    assert redis.hexists(keys.ALERT_TEMPLATES, "Loose livestock")


def test_no_recipients_is_refused_and_nothing_saved(officer_client, redis):
    resp = officer_client.post("/console/alerts/new", {**form(), "action": "send"})
    assert resp.status_code == 400 and "No one would get this alert" in resp.get_data(as_text=True)
    assert redis.get(keys.ALERT_SEQ) is None


def test_the_alert_page_shows_residents_replies_and_ratings(officer_client, subscribers, worker, make_phone):
    alert_id = officer_client.post("/console/alerts/new", {**form(), "action": "send"}).location.rsplit("/", 1)[1]
    worker()
    make_phone(NEAR[0]).send("4")
    make_phone(NEAR[1]).send("2")
    make_phone(NEAR[1]).send("Saw a man with a quad bike on a trailer by the church at 5am")
    page = officer_client.get(f"/console/alerts/{alert_id}").get_data(as_text=True)
    assert "2 ratings, average <strong>3.0</strong>" in page
    assert 'data-rating="4">1<' in page and 'data-rating="2">1<' in page
    assert "quad bike on a trailer" in page and re.search(r'href="/console/tips/T-[A-Z0-9]{4,6}"', page)
    for number in NEAR:
        assert number[-6:] not in page

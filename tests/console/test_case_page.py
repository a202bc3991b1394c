"""The tip page (/console/tips/<TIP_ID>) and the case workflow in the browser, with the
signed-in clients: what it shows, the reply through the masked relay (the same job as
``R T-7K2Q``: the fake Twilio server receives it), delivery ticks from status callbacks,
claim, notes that are never sent, close with an outcome, and the supervisors' assign,
reopen and closing others' tips; each audited with the staff member."""
from __future__ import annotations

import hashlib
import io
import re
from html import unescape

import pytest
from PIL import Image

from bot.officers import audit
from bot.store import keys
from bot.tipline import tips
from tests.helpers import OFFICER, TIPSTER

TIP_ID = re.compile(r"T-[A-Z0-9]{4,6}")


def page_of(client, tip_id: str) -> str:
    resp = client.get(f"/console/tips/{tip_id}")
    assert resp.status_code == 200, resp.status_code
    return unescape(resp.get_data(as_text=True))


def act(client, tip_id: str, action: str, data: dict | None = None) -> str:
    """Post a tip-page form as the browser does and follow the redirect: the page with its flash."""
    resp = client.post(f"/console/tips/{tip_id}/{action}", data or {})
    assert resp.status_code == 302 and resp.location.endswith(f"/console/tips/{tip_id}"), resp.status_code
    return page_of(client, tip_id)


def flash(html: str) -> str:
    found = re.findall(r'<div class="flash flash-(\w+)" role="\w+">(.*?)</div>', html, re.S)
    assert found, "no flash message"
    return " ".join(f"{kind}: {text.strip()}" for kind, text in found)


def entries(redis, action: str, tip_id: str = "") -> list[dict]:
    return audit.entries(redis, action=action, tip_id=tip_id, limit=1000)


def live(client, tip_id: str, **params):
    return client.get(f"/console/tips/{tip_id}/live", query_string=params, headers={"HX-Request": "true"})


def status_callback(phone, sid: str, status: str, code: str = ""):
    resp = phone.post("/sms/status", {"MessageSid": sid, "MessageStatus": status, "ErrorCode": code})
    assert resp.status_code == 204


# -- what the page shows --------------------------------------------------------------------------
def test_the_page_shows_state_answers_facts_thread_and_photos_and_the_view_is_audited(officer_client, world,
                                                                                     redis):
    tip_id = world["tip_id"]
    html = page_of(officer_client, tip_id)
    assert f"<h1>Tip {tip_id}" in html and "New (not claimed)" in html
    assert "What happened? Tell us in your own words." in html and "Two lads dealing" in html
    for fact in ("HVM2207", "Co-op", "Market Street", "grey Honda Civic"):
        assert f'<span class="fact">{fact}</span>' in html, fact
    assert '<li class="entry entry-tipster">' in html and "[own number removed]" in html
    assert world["photo_sha256"] in html and "This photo has a GPS position" in html
    assert 'name="text"' in html and 'for="reply-text"' in html      # the reply field the checks use
    [show] = entries(redis, "show", tip_id)
    assert show["staff"] == officer_client.login.id and show["name"] == officer_client.login.name
    # Loose forms of the ID lead to the one address; unknown tips are 404.
    resp = officer_client.get(f"/console/tips/{tip_id.lower()}")
    assert resp.status_code == 302 and resp.location.endswith(f"/console/tips/{tip_id}")
    assert officer_client.get("/console/tips/T-ZZZZ").status_code == 404
    assert officer_client.get("/console/tips/T-ZZZZ/live").status_code == 404


def test_an_urgent_tip_stands_out_and_linked_tips_are_shown(officer_client, make_phone, world, redis):
    tipster = make_phone(TIPSTER)
    replies = tipster.send("he has got a knife and is threatening people outside the Co-op now")
    urgent_id = TIP_ID.search(" ".join(replies + tipster.send("SEND"))).group(0)
    assert tips.load_tip(redis, urgent_id)["urgent"]
    html = page_of(officer_client, urgent_id)
    assert '<span class="flag flag-urgent">Urgent</span>' in html and 'class="urgent-banner"' in html
    assert f'href="/console/tips/{world["tip_id"]}"' in html and "same tipster" in html
    assert 'class="urgent-banner"' not in page_of(officer_client, world["tip_id"])


def test_people_and_plates_the_tipster_was_unsure_of_are_shown_as_such(officer_client, make_phone, officers):
    tipster = make_phone(TIPSTER)
    tipster.send("two lads about 25, red hoodie, one called Dee, in a silver Ford Focus reg HVR 3321 or maybe "
                 "HVR 3312 outside the Co-op on Market Street")
    replies = []
    for _ in range(8):       # answer whatever the flow still asks until it files
        replies = tipster.send("SEND")
        if TIP_ID.search(" ".join(replies)):
            break
    tip_id = TIP_ID.search(" ".join(replies)).group(0)
    html = page_of(officer_client, tip_id)
    section = html[html.index("Plates (tipster unsure)"):]
    assert '<span class="fact">HVR3321</span>' in section and '<span class="fact">HVR3312</span>' in section
    for described in ("about 25", "red hoodie", "Dee"):
        assert f'<span class="fact">{described}</span>' in html[html.index(">People<"):], described
    officer = officers.register(OFFICER, name="PC Jones", badge="4411")
    show = " ".join(officer.send(f"SHOW {tip_id}"))
    assert "Plates (tipster unsure): HVR3321, HVR3312" in show


# -- reply through the masked relay -----------------------------------------------------------
def test_a_console_reply_is_the_sms_relay_job_and_reaches_the_fake_twilio_server(
        officer_client, officers, world, worker, fake_twilio, redis, make_phone):
    tip_id = world["tip_id"]
    officer = officers.register(OFFICER, name="PC Jones", badge="4411")
    assert "Queued" in officer.send(f"R {tip_id} are you safe?")[0]
    html = act(officer_client, tip_id, "reply", {"text": "which way did the car go?"})
    assert flash(html).startswith(f"success: Queued for the tipster of {tip_id} as: Avon and Somerset Police re")
    assert fake_twilio.sent_to(TIPSTER) == []            # never inside the request: a job, as R's
    worker()
    assert [m["body"] for m in fake_twilio.sent_to(TIPSTER)] == [
        f"Avon and Somerset Police re {tip_id}: are you safe?",
        f"Avon and Somerset Police re {tip_id}: which way did the car go?"]
    thread = tips.load_thread(redis, tip_id)
    assert [e.get("relay") for e in thread if e["from"].startswith("officer ")] == [1, 2]
    assert thread[-1]["from"] == f"officer {officer_client.login.name}"
    [reply] = [e for e in entries(redis, "reply", tip_id) if e.get("staff")]
    assert reply["staff"] == officer_client.login.id and reply["detail"].startswith("message 2,")
    tip = tips.load_tip(redis, tip_id)
    assert tip["last_officer"] == f"staff:{officer_client.login.id}" and tip["first_reply_at"]
    # The tipster's answer goes on the thread, and so on the page.
    make_phone(TIPSTER).send("towards the park")
    assert "towards the park" in page_of(officer_client, tip_id)


def test_reply_refusals_are_shown_in_the_sms_sides_words(officer_client, world, make_phone, redis):
    tip_id = world["tip_id"]
    html = act(officer_client, tip_id, "reply", {"text": "x" * 1700})
    assert flash(html).startswith(f"error: Too long: the text to the tipster of {tip_id} would be")
    assert "Nothing was sent." in flash(html)
    make_phone(TIPSTER).send("STOP")
    html = act(officer_client, tip_id, "reply", {"text": "are you there?"})
    assert flash(html) == f"error: The tipster of {tip_id} has opted out (texted STOP). Nothing was sent."
    assert len(entries(redis, "reply_refused", tip_id)) == 2
    assert not [e for e in tips.load_thread(redis, tip_id) if e["from"].startswith("officer")]


def test_delivery_ticks_move_forward_and_appear_without_reloading(officer_client, world, worker, fake_twilio,
                                                                  make_phone):
    tip_id, phone = world["tip_id"], make_phone("+447700900999")
    act(officer_client, tip_id, "reply", {"text": "first question"})
    first = live(officer_client, tip_id)
    assert first.status_code == 200 and "<html" not in first.get_data(as_text=True)
    region = first.get_data(as_text=True)
    assert 'tick tick-queued' in region and "first question" in region and 'hx-swap-oob' in region
    version = re.search(r'name="v" value="(\w+)"', region).group(1)
    assert live(officer_client, tip_id, v=version, n=2).status_code == 204     # nothing new: nothing swapped
    worker()
    sid = fake_twilio.sent_to(TIPSTER)[0]["sid"]
    seen = []
    for status in ("sent", "delivered", "sent"):          # a late "sent" never moves it back
        status_callback(phone, sid, status)
        resp = live(officer_client, tip_id, v=version)
        if resp.status_code == 200:
            region = resp.get_data(as_text=True)
            version = re.search(r'name="v" value="(\w+)"', region).group(1)
        seen.append(re.search(r'class="tick tick-(\w+)"', region).group(1))
    assert seen == ["sent", "delivered", "delivered"]
    assert "Delivered" in page_of(officer_client, tip_id)
    # A text the carrier reports undelivered shows why (and the system note of it).
    act(officer_client, tip_id, "reply", {"text": "second question"})
    worker()
    status_callback(phone, fake_twilio.sent_to(TIPSTER)[1]["sid"], "undelivered", "30006")
    worker()
    html = page_of(officer_client, tip_id)
    assert "Not delivered: Twilio error 30006: landline or unreachable" in html
    assert f"Message 2 from {officer_client.login.name} not delivered to the tipster" in html


def test_a_relay_twilio_refuses_is_shown_failed_with_the_reason(officer_client, world, worker, fake_twilio):
    fake_twilio.fail_next(400, 21614, style="problem")
    act(officer_client, world["tip_id"], "reply", {"text": "hello?"})
    worker()
    assert "Not delivered: Twilio error 21614: not a mobile number" in page_of(officer_client, world["tip_id"])


# -- claim ---------------------------------------------------------------------------------
def test_claim_in_the_console_and_by_text_are_one_compare_and_set(officer_client, officers, world, redis,
                                                                   monkeypatch):
    """The console's claim reads the tip, then an SMS CLAIM commits, then the console's
    commit fails its WATCH and it decides again: PC Jones has it, the console is told."""
    from bot.tipline import workflow

    tip_id = world["tip_id"]
    officer = officers.register(OFFICER, name="PC Jones", badge="4411")
    real = workflow.tips.load_tip
    raced = []

    def load_then_race(conn, tid):
        tip = real(conn, tid)
        if not raced:
            raced.append("racing")
            raced[0] = officer.send(f"CLAIM {tip_id}")[0]    # the text lands between read and commit
        return tip

    monkeypatch.setattr(workflow.tips, "load_tip", load_then_race)
    html = act(officer_client, tip_id, "claim")
    monkeypatch.undo()
    assert raced[0].startswith(f"You have claimed {tip_id}.")
    assert flash(html) == f"error: {tip_id} is already claimed by PC Jones (4411). A supervisor can reassign it."
    assert tips.load_tip(redis, tip_id)["claimed_name"] == "PC Jones (4411)"
    assert "Claimed by PC Jones (4411)" in html
    [refused] = entries(redis, "claim_refused", tip_id)
    assert refused["staff"] == officer_client.login.id and refused["detail"] == "held by PC Jones (4411)"
    # The other way round: a console claim first, then the text is refused.
    other = world["tip_id"]
    assert officer.send(f"CLAIM {other}")[0] == f"You have already claimed {other}."


def test_simultaneous_console_and_sms_claims_have_one_winner(app, signed_in, officers, world, redis):
    import threading
    from concurrent.futures import ThreadPoolExecutor

    tip_id = world["tip_id"]
    clients = [signed_in("officer") for _ in range(3)]
    phones = [officers.register(f"+4477009006{n:02d}", name=f"PC Racer{n}", badge=f"6{n}") for n in range(3)]
    barrier = threading.Barrier(len(clients) + len(phones))

    def console_claim(client):
        barrier.wait()
        return "console", client.login.name, flash(act(client, tip_id, "claim"))

    def sms_claim(phone):
        barrier.wait()
        return "sms", phone.number, phone.send(f"CLAIM {tip_id}")[0]

    with ThreadPoolExecutor(max_workers=6) as pool:
        futures = [pool.submit(console_claim, c) for c in clients] + [pool.submit(sms_claim, p) for p in phones]
        answers = [f.result() for f in futures]
    winners = [a for a in answers if "You have claimed" in a[2]]
    assert len(winners) == 1, answers
    holder = tips.load_tip(redis, tip_id)["claimed_name"]
    for channel, who, answer in answers:
        if (channel, who, answer) != winners[0]:
            assert f"is already claimed by {holder}." in answer, answer
    assert len(entries(redis, "claim", tip_id)) == 1


# -- notes -----------------------------------------------------------------------------------
def test_internal_notes_are_shown_marked_and_never_sent(officer_client, officers, world, worker, fake_twilio,
                                                        redis):
    tip_id = world["tip_id"]
    officer = officers.register(OFFICER, name="PC Jones", badge="4411")
    officer.send(f"CLAIM {tip_id}")
    note = "Checked ANPR for HVM2207: seen on the A38 at 02:40"
    html = act(officer_client, tip_id, "notes", {"note": note})
    assert flash(html).startswith(f"success: Note added to {tip_id}. It is never sent")
    assert note in html and "Internal note, never sent" in html
    assert flash(act(officer_client, tip_id, "notes", {"note": "   "})).startswith("error: The note was empty")
    make_tipster_answer = officer.send(f"SHOW {tip_id}")
    worker()
    assert not [m for m in fake_twilio.messages if "ANPR" in m["body"]]       # to nobody: tipster or officer
    assert not any("ANPR" in text for text in make_tipster_answer)          # not in SHOW's thread either
    assert not any("ANPR" in e["text"] for e in tips.load_thread(redis, tip_id))
    [entry] = entries(redis, "note", tip_id)
    assert entry["staff"] == officer_client.login.id and entry["detail"] == f"{len(note)} chars"
    assert "ANPR" not in str(audit.entries(redis, limit=1000))


# -- close, reopen, assign ---------------------------------------------------------------------
def test_close_with_an_outcome_and_a_duplicate(officer_client, make_phone, world, redis):
    tip_id = world["tip_id"]
    other = make_phone("+447700900124")
    other.send("Same grey Civic HVM2207 at the Co-op again")
    other_id = TIP_ID.search(" ".join(other.send("SEND"))).group(0)
    assert flash(act(officer_client, tip_id, "close", {"outcome": ""})) == "error: Choose an outcome to close the tip."
    assert flash(act(officer_client, other_id, "close", {"outcome": "duplicate"})).startswith(
        "error: Say which tip it duplicates")
    assert flash(act(officer_client, other_id, "close", {"outcome": "duplicate", "duplicate_of": "T-ZZZZ"})) \
        == f"error: {other_id} cannot be a duplicate of T-ZZZZ, which does not exist."
    html = act(officer_client, other_id, "close", {"outcome": "duplicate", "duplicate_of": tip_id.lower()})
    assert flash(html) == f"success: {other_id} closed: Duplicate of {tip_id}."
    assert f"Closed: Duplicate of {tip_id}" in html and f'href="/console/tips/{tip_id}"' in html
    original = page_of(officer_client, tip_id)
    assert f'href="/console/tips/{other_id}"' in original and "closed as a duplicate of this tip" in original
    html = act(officer_client, tip_id, "close", {"outcome": "arrest"})
    assert "Closed: Arrest" in html and "This tip is closed: nothing can be sent on it" in html
    tip = tips.load_tip(redis, tip_id)
    assert (tip["status"], tip["outcome"], tip["closed_by"]) == ("closed", "arrest", f"staff:{officer_client.login.id}")
    assert [e["detail"] for e in entries(redis, "close")] == [f"duplicate of {tip_id}", "arrest"]
    assert flash(act(officer_client, tip_id, "reply", {"text": "hello"})) \
        == f"error: {tip_id} is closed. Nothing was sent to the tipster."
    assert flash(act(officer_client, tip_id, "close", {"outcome": "charge"})) == f"error: {tip_id} is already closed."


def test_assign_and_reopen_are_for_supervisors(officer_client, supervisor_client, officers, world, worker,
                                               fake_twilio, redis, services):
    tip_id = world["tip_id"]
    officers.register(OFFICER, name="PC Jones", badge="4411")
    assert officer_client.post(f"/console/tips/{tip_id}/assign", {"assignee": "x"}).status_code == 403
    assert officer_client.post(f"/console/tips/{tip_id}/reopen").status_code == 403
    officer_page = page_of(officer_client, tip_id)
    assert 'name="assignee"' not in officer_page
    sup_page = page_of(supervisor_client, tip_id)
    assert 'name="assignee"' in sup_page and "PC Jones (4411), officer" in sup_page
    assert "Target Person, officer (console only, no phone)" in sup_page
    pseudonym = services.identity.pseudonym(OFFICER)
    html = act(supervisor_client, tip_id, "assign", {"assignee": pseudonym})
    assert flash(html) == f"success: {tip_id} assigned to PC Jones (4411). They have been texted."
    assert f"Assigned to PC Jones (4411) by {supervisor_client.login.name}" in html
    worker()
    [text] = [m["body"] for m in fake_twilio.sent_to(OFFICER)]
    assert text.startswith(f"{supervisor_client.login.name} assigned you tip {tip_id}:") and "HVM2207" in text
    assert flash(act(supervisor_client, tip_id, "assign", {"assignee": "staff:nobody"})) \
        == "error: Choose an active officer to assign the tip to."
    # A console-only account can hold a tip too (nobody is texted).
    html = act(supervisor_client, tip_id, "assign", {"assignee": world["assignee"]})
    assert flash(html) == f"success: {tip_id} assigned to Target Person (from PC Jones (4411))."
    assert tips.load_tip(redis, tip_id)["claimed_by"] == world["assignee"]
    # The officer cannot close a tip someone active holds; the supervisor can.
    assert flash(act(officer_client, tip_id, "close", {"outcome": "unfounded"})) \
        == f"error: {tip_id} is claimed by Target Person; only they or a supervisor can close it."
    assert 'name="outcome"' not in page_of(officer_client, tip_id)
    assert "closed: Unfounded" in flash(act(supervisor_client, tip_id, "close", {"outcome": "unfounded"}))
    # Reopen: open again, outcome cleared, the holder kept, relays allowed again.
    assert "Reopen this tip" not in page_of(officer_client, tip_id)
    html = act(supervisor_client, tip_id, "reopen")
    assert flash(html) == f"success: {tip_id} reopened."
    assert f"Reopened by {supervisor_client.login.name}: assigned to Target Person" in html
    tip = tips.load_tip(redis, tip_id)
    assert tip["status"] == "open" and "outcome" not in tip and tip["claimed_by"] == world["assignee"]
    assert flash(act(supervisor_client, tip_id, "reopen")) == f"error: {tip_id} is not closed."
    for action in ("assign", "close", "reopen"):
        assert all(e["staff"] == supervisor_client.login.id for e in entries(redis, action, tip_id)), action
    assert [e["detail"] for e in entries(redis, "reopen", tip_id)] == ["was closed: Unfounded"]


def test_staff_without_an_officer_phone_act_as_themselves_and_replies_reach_the_duty_officer(
        signed_in, officers, world, worker, fake_twilio, make_phone, redis):
    tip_id = world["tip_id"]
    duty = officers.register("+447700900502", name="PC Duty", badge="12")
    duty.send("ON")
    client = signed_in("officer", name="DC Console")
    act(client, tip_id, "claim")
    act(client, tip_id, "reply", {"text": "did you see his face?"})
    worker()
    assert fake_twilio.sent_to(TIPSTER)[-1]["body"] == f"Avon and Somerset Police re {tip_id}: did you see his face?"
    make_phone(TIPSTER).send("yes, a scar on his cheek")
    worker()
    assert fake_twilio.sent_to("+447700900502")[-1]["body"] == f"Tipster re {tip_id}: yes, a scar on his cheek"
    html = page_of(client, tip_id)
    assert "Claimed by DC Console" in html and "DC Console to the tipster" in html and "a scar on his cheek" in html
    [claim] = entries(redis, "claim", tip_id)
    assert (claim["officer"], claim["name"], claim["staff"]) == ("staff", "DC Console", client.login.id)


def test_a_staff_member_linked_to_an_officer_phone_is_that_officer_by_text_too(signed_in, officers, world, redis,
                                                                                services):
    tip_id = world["tip_id"]
    phone = officers.register(OFFICER, name="PC Jones", badge="4411")
    client = signed_in("officer", name="Pat Jones", officer_phone=OFFICER)
    html = act(client, tip_id, "claim")
    assert flash(html) == f"success: You have claimed {tip_id}." and "That is you" in html
    assert tips.load_tip(redis, tip_id)["claimed_by"] == services.identity.pseudonym(OFFICER)
    assert phone.send(f"CLAIM {tip_id}")[0] == f"You have already claimed {tip_id}."
    assert "closed: No further action" in phone.send(f"CLOSE {tip_id} NFA")[0]
    [claim] = entries(redis, "claim", tip_id)
    assert claim["badge"] == "4411" and claim["staff"] == client.login.id


# -- photos ------------------------------------------------------------------------------------
def test_photos_are_served_to_signed_in_staff_only_and_each_view_is_audited(officer_client, console, world,
                                                                           make_phone, redis):
    tip_id, sha = world["tip_id"], world["photo_sha256"]
    base = f"/console/tips/{tip_id}/photos/{sha}"
    for path in (base + "/preview", base + "/original"):
        resp = console().get(path)
        assert resp.status_code == 302 and "/console/login" in resp.location
    preview = officer_client.get(base + "/preview")
    assert preview.status_code == 200 and preview.mimetype == "image/jpeg"
    img = Image.open(io.BytesIO(preview.get_data()))
    assert not img.getexif() and "sandbox" in preview.headers["Content-Security-Policy"]
    original = officer_client.get(base + "/original")
    assert hashlib.sha256(original.get_data()).hexdigest() == sha
    assert original.headers["Content-Disposition"].startswith("attachment;")
    assert original.headers["Cache-Control"] == "no-store"
    assert officer_client.get(f"/console/tips/{tip_id}/photos/{'0' * 64}/preview").status_code == 404
    other = make_phone("+447700900124")
    other.send("Unrelated tip, no photo")
    other_id = TIP_ID.search(" ".join(other.send("SEND"))).group(0)
    assert officer_client.get(f"/console/tips/{other_id}/photos/{sha}/original").status_code == 404
    assert entries(redis, "media_preview", tip_id)[0]["staff"] == officer_client.login.id
    assert entries(redis, "media_download", tip_id)[0]["detail"] == f"sha256 {sha[:16]}"


def test_the_gps_position_is_shown_only_after_a_deliberate_audited_request(officer_client, world, redis):
    tip_id, sha = world["tip_id"], world["photo_sha256"]
    html = page_of(officer_client, tip_id)
    assert "This photo has a GPS position" in html and "51.45" not in html
    assert not entries(redis, "media_gps_revealed")
    resp = officer_client.post(f"/console/tips/{tip_id}/photos/{sha}/gps")
    assert resp.status_code == 200
    page = resp.get_data(as_text=True)
    assert "51.452000, -2.590000" in page and "<h1>" in page
    [entry] = entries(redis, "media_gps_revealed", tip_id)
    assert entry["staff"] == officer_client.login.id and entry["detail"] == f"sha256 {sha[:16]}"
    fragment = officer_client.post(f"/console/tips/{tip_id}/photos/{sha}/gps", headers={"HX-Request": "true"})
    assert "<html" not in fragment.get_data(as_text=True) and "51.452000" in fragment.get_data(as_text=True)
    assert len(entries(redis, "media_gps_revealed", tip_id)) == 2
    assert "51.45" not in page_of(officer_client, tip_id)        # not kept on the page afterwards
    assert officer_client.post(f"/console/tips/{tip_id}/photos/{'0' * 64}/gps").status_code == 404


# -- live updates and sessions -------------------------------------------------------------------
def test_polling_does_not_keep_the_session_alive(officer_client, world, redis):
    import json

    tip_id = world["tip_id"]
    page_of(officer_client, tip_id)
    key = keys.console_session(hashlib.sha256(officer_client.session_id().encode()).hexdigest())
    seen = json.loads(redis.get(key))["_seen"]
    ttl = redis.ttl(key)
    for _ in range(3):
        assert live(officer_client, tip_id).status_code == 200
    assert json.loads(redis.get(key))["_seen"] == seen and redis.ttl(key) <= ttl
    assert not entries(redis, "show", tip_id)[1:]             # polls are not views
    page_of(officer_client, tip_id)                            # a real request renews it
    assert json.loads(redis.get(key))["_seen"] > seen


def test_the_thread_without_htmx_is_a_page_of_its_own(officer_client, world, redis):
    tip_id = world["tip_id"]
    resp = officer_client.get(f"/console/tips/{tip_id}/live")
    html = resp.get_data(as_text=True)
    assert resp.status_code == 200 and f"<h1>Thread of tip {tip_id}</h1>" in html and "Two lads dealing" in html
    assert "hx-swap-oob" not in html
    assert [e["detail"] for e in entries(redis, "show", tip_id)] == ["thread page"]


def test_the_page_works_without_javascript(officer_client, world):
    """Every action is a plain form that posts (with its CSRF token) to the tip's own routes;
    htmx only adds the polling and the in-place GPS reveal."""
    html = page_of(officer_client, world["tip_id"])
    forms = re.findall(r'<form method="post" action="([^"]+)"[^>]*>(.*?)</form>', html, re.S)
    actions = {action.rsplit("/", 1)[-1] for action, _ in forms if "/console/tips/" in action}
    assert {"reply", "claim", "notes", "close", "gps"} <= actions
    assert all('name="csrf_token"' in body for _, body in forms)
    assert "<script>" not in html and " style=" not in html


@pytest.mark.parametrize("role", ["officer", "supervisor"])
def test_headings_go_down_in_order_and_every_field_has_a_label(role, signed_in, world):
    client = signed_in(role)
    act(client, world["tip_id"], "notes", {"note": "a note"})
    html = page_of(client, world["tip_id"])
    levels = [int(n) for n in re.findall(r"<h([1-6])\b", html)]
    assert levels[0] == 1 and levels.count(1) == 1
    assert all(b - a <= 1 for a, b in zip(levels, levels[1:])), levels
    for tag in re.findall(r"<(?:input|select|textarea)\b[^>]*>", html):
        if 'type="hidden"' in tag:
            continue
        field_id = re.search(r'\bid="([^"]+)"', tag).group(1)
        assert f'<label for="{field_id}"' in html, tag
    for section in re.findall(r'aria-labelledby="([^"]+)"', html):
        assert f'id="{section}"' in html, section
    assert re.search(r'<img [^>]*alt="Photo 1 sent by the tipster', html)


def test_notes_go_with_their_tip_when_it_is_erased(officer_client, world, app, redis):
    tip_id = world["tip_id"]
    act(officer_client, tip_id, "notes", {"note": "Spoke to the beat team"})
    assert redis.exists(keys.tip_notes(tip_id))
    result = app.test_cli_runner().invoke(args=["tips", "erase", tip_id, "--reason", "SAR-1 erasure",
                                                "--by", "DPO", "--yes"])
    assert result.exit_code == 0, result.output
    assert not redis.exists(keys.tip_notes(tip_id)) and not redis.exists(keys.tip(tip_id))
    assert officer_client.get(f"/console/tips/{tip_id}").status_code == 404


def test_the_tip_page_shows_related_tips_and_why(officer_client, world, make_phone, worker):
    tip_id = world["tip_id"]           # a grey Honda Civic HVM2207 outside the Co-op on Market Street
    html = page_of(officer_client, tip_id)
    assert "Related tips" in html and f"No other tip shares a plate, a place or a phone number with {tip_id}" in html
    other = make_phone("+447700900777")
    other.send("The Civic HVM2207 is back, parked on the pavement by the school")
    match = TIP_ID.search(" ".join(other.send("SEND")))
    assert match
    html = page_of(officer_client, tip_id)
    section = html[html.index('<section class="related-tips"'):]
    section = section[:section.index("</section>")]
    assert f'href="/console/tips/{match.group(0)}"' in section and "same plate HVM2207" in section
    assert "1 other tip shares a plate" in section
    assert TIPSTER not in html and "+447700900777" not in html


# -- the tipster's language and quick replies -----------------------------------------------------
SPANISH_TIPSTER = "+447700900555"


def spanish_tip(make_phone) -> str:
    phone = make_phone(SPANISH_TIPSTER)
    phone.send("un hombre vende drogas en la esquina de 5th y Cambria, carro negro placa JKM4410")
    return TIP_ID.search(" ".join(phone.send("ENVIAR"))).group(0)


def test_the_page_and_the_inbox_show_the_tips_language(officer_client, world, make_phone):
    tip_id = spanish_tip(make_phone)
    html = page_of(officer_client, tip_id)
    assert re.search(r'<dt>Language</dt><dd lang="es" id="case-language">Español</dd>', html)
    assert "The tipster writes Español" in html                 # before they type: free text goes as written
    english = page_of(officer_client, world["tip_id"])
    assert re.search(r'<dt>Language</dt><dd lang="en" id="case-language">English</dd>', english)
    assert "The tipster writes" not in english
    inbox = unescape(officer_client.get("/console/tips").get_data(as_text=True))
    row = re.search(rf'<tr id="tip-{tip_id}".*?</tr>', inbox, re.S).group(0)
    assert '<span class="tag">Español</span>' in row
    other = re.search(rf'<tr id="tip-{world["tip_id"]}".*?</tr>', inbox, re.S).group(0)
    assert "English" not in other and "Español" not in other


def test_the_quick_reply_picker_lists_the_library_in_english(officer_client, world):
    from bot.officers import quick_replies

    html = page_of(officer_client, world["tip_id"])
    form = re.search(r'<form method="post" action="/console/tips/[^"]+/reply".*?</form>', html, re.S).group(0)
    assert 'name="csrf_token"' in form
    options = re.findall(r'<option value="(\d+)">#\d+ (.*?)</option>', form)
    assert [int(n) for n, _ in options] == list(range(1, len(quick_replies.library()) + 1))
    assert options[1] == ("2", "Are you safe right now?")
    assert options[7] == ("8", "If you are in danger, call 999 now.")          # placeholders filled


def test_a_quick_reply_from_the_console_reaches_a_spanish_tipster_in_spanish(officer_client, world, make_phone,
                                                                            worker, fake_twilio, redis):
    tip_id = spanish_tip(make_phone)
    html = act(officer_client, tip_id, "reply", {"text": "", "quick": "2"})
    assert flash(html).startswith(f"success: Queued for the tipster of {tip_id} as:")
    assert "(quick reply #2, in Español)" in flash(html)           # the SMS side's words (R T-... #2)
    worker()
    assert fake_twilio.sent_to(SPANISH_TIPSTER)[-1]["body"] == \
        f"Avon and Somerset Police sobre {tip_id}: ¿Esta usted a salvo ahora mismo?"
    [reply] = [e for e in entries(redis, "reply", tip_id) if e.get("staff")]
    assert reply["staff"] == officer_client.login.id and reply["detail"].startswith("message 1,")
    thread = tips.load_thread(redis, tip_id)
    assert thread[-1]["from"] == f"officer {officer_client.login.name}" and thread[-1]["relay"] == 1
    # Free text is relayed as written, with the SMS side's note that the tipster writes Spanish.
    html = act(officer_client, tip_id, "reply", {"text": "which way did the car go?", "quick": ""})
    assert "success: Queued" in flash(html)
    assert "Note: the tipster writes Español; your words were sent as written." in flash(html)
    worker()
    assert fake_twilio.sent_to(SPANISH_TIPSTER)[-1]["body"] == \
        f"Avon and Somerset Police sobre {tip_id}: which way did the car go?"


def test_quick_replies_to_an_english_tipster_are_english_and_bad_choices_are_refused(
        officer_client, world, worker, fake_twilio, redis):
    tip_id = world["tip_id"]
    html = act(officer_client, tip_id, "reply", {"quick": "8"})
    assert "(quick reply #8, in English)" in flash(html)
    html = act(officer_client, tip_id, "reply", {"text": "free text, same language"})
    assert "Note:" not in flash(html)
    worker()
    assert [m["body"] for m in fake_twilio.sent_to(TIPSTER)][-2:] == [
        f"Avon and Somerset Police re {tip_id}: If you are in danger, call 999 now.",
        f"Avon and Somerset Police re {tip_id}: free text, same language"]
    for data, said in [({"quick": "99"}, "error: No quick reply #99. Quick replies are #1 to #10"),
                       ({"quick": "two"}, "error: Choose a quick reply from the list. Nothing was sent."),
                       ({"quick": "2", "text": "hello"}, "error: Choose a quick reply or write a message, not both.")]:
        assert flash(act(officer_client, tip_id, "reply", data)).startswith(said), data
    assert len(entries(redis, "reply_refused", tip_id)) == 3
    assert len([e for e in tips.load_thread(redis, tip_id) if e["from"].startswith("officer")]) == 2

"""Every console action goes to the same audit stream as the SMS commands, with the staff
member, the tip and the time; ``flask --app wsgi audit`` shows them; a staff member
linked to an officer phone is the same person there as that officer's texts."""
from __future__ import annotations

import time

from flask import g

from bot.console.audit import console_audit
from bot.officers import audit
from tests.helpers import OFFICER


def last(redis, action: str) -> dict:
    found = [e for e in audit.entries(redis, limit=1000) if e["action"] == action]
    assert found, f"no {action} entry"
    return found[-1]


def test_sign_in_sign_out_and_failures_are_audited_with_the_staff_member_and_time(console, staff_factory, redis):
    login = staff_factory("officer")
    before = time.time()
    console().sign_in_password(login, password="wrong password here")
    c = console().sign_in(login)
    c.post("/console/logout")
    for action in ("console_login_failed", "console_login", "console_logout"):
        e = last(redis, action)
        assert e["staff"] == login.id and e["name"] == login.name and e["officer"] == "staff"
        assert before - 1 <= float(e["at"]) <= time.time() + 1
    unknown = console()
    unknown.sign_in_password(login, email="who@x.test")
    e = last(redis, "console_login_failed")
    assert e["name"] == "unknown account" and "staff" not in e and "who@x.test" not in str(e)


def test_staff_changes_in_the_console_are_audited_as_the_admin_who_made_them(console, signed_in, redis,
                                                                             staff_factory):
    admin = signed_in("admin")
    target = staff_factory("officer", name="Pat Target")
    admin.get("/console/staff/new")
    resp = admin.post("/console/staff/new", {"email": "fresh@x.test", "name": "Fresh Face", "role": "officer"})
    assert resp.status_code == 200 and "/console/enrol/" in resp.get_data(as_text=True)
    base = f"/console/staff/{target.id}"
    admin.post(base + "/role", {"role": "supervisor"})
    admin.post(base + "/disable")
    admin.post(base + "/enable")
    admin.post(base + "/reset")
    admin.post(base + "/sign-out")
    admin.post(base + "/unlock")
    for action in ("staff_added", "staff_role_changed", "staff_disabled", "staff_enabled", "staff_2fa_reset",
                   "staff_signed_out", "staff_unlocked"):
        e = last(redis, action)
        assert e["staff"] == admin.login.id and e["name"] == admin.login.name, action
    assert "Pat Target" in last(redis, "staff_disabled")["detail"]


def test_own_account_actions_are_audited(signed_in, redis):
    client = signed_in("officer")
    client.post("/console/account/password", {"current": client.login.password, "password": "brand new lantern 77",
                                              "confirm": "brand new lantern 77"})
    assert last(redis, "staff_password_changed")["staff"] == client.login.id
    client2 = signed_in("officer")
    client2.post("/console/account/sign-out-everywhere")
    assert last(redis, "console_logout_everywhere")["staff"] == client2.login.id


def test_console_audit_records_the_signed_in_staff_member_the_tip_and_detail(app, staff_factory, redis):
    from bot.console import accounts

    login = staff_factory("supervisor")
    with app.test_request_context("/console/tips/T-7K2Q"):
        g.staff = accounts.load(redis, login.id)
        console_audit("claim", tip_id="T-7K2Q", detail="claimed in the console")
        pipe = redis.pipeline(transaction=True)
        console_audit("note", tip_id="T-7K2Q", detail="with the action", pipe=pipe)
        assert not [e for e in audit.entries(redis) if e["action"] == "note"]     # not until the pipe commits
        pipe.execute()
    claim, note = last(redis, "claim"), last(redis, "note")
    assert claim["tip"] == note["tip"] == "T-7K2Q" and claim["staff"] == note["staff"] == login.id
    assert audit.entries(redis, tip_id="T-7K2Q", staff=login.id)[-1]["action"] == "note"


def test_a_linked_staff_member_is_the_same_person_as_their_sms_commands(app, officers, staff_factory, redis,
                                                                         services, console):
    pc_jones = officers.register(OFFICER, name="PC Jones", badge="4411")
    login = staff_factory("officer", name="Dave Jones", officer_phone=OFFICER)
    pc_jones.send("ON")
    assert console().sign_in(login).get("/console/tips").status_code == 200
    sms = [e for e in audit.entries(redis) if "staff" not in e and e["officer"] != "admin"][-1]
    web = last(redis, "console_login")
    assert sms["officer"] == web["officer"] == services.identity.pseudonym(OFFICER)[:12]
    assert sms["badge"] == web["badge"] == "4411"
    output = app.test_cli_runner().invoke(args=["audit"]).output
    assert "console_login" in output and f"[console {login.id}]" in output and "Dave Jones (4411)" in output
    only = app.test_cli_runner().invoke(args=["audit", "--staff", login.id]).output
    assert "console_login" in only and "officer_added" not in only


def test_every_action_on_a_tip_in_the_console_is_audited_with_staff_member_tip_and_time(signed_in, world, redis,
                                                                                         worker):
    """The issue's list, acted through the pages: view, photo preview/original/GPS, claim, reply,
    note, assign, close, reopen, export: one entry each, with the staff member, the tip and the time."""
    tip_id, sha = world["tip_id"], world["photo_sha256"]
    sup = signed_in("supervisor", name="Sgt Audit")
    started = time.time()
    base = f"/console/tips/{tip_id}"
    assert sup.get(base).status_code == 200
    assert sup.get(f"{base}/photos/{sha}/preview").status_code == 200
    assert sup.get(f"{base}/photos/{sha}/original").status_code == 200
    assert sup.post(f"{base}/photos/{sha}/gps").status_code == 200
    for action, data in (("claim", {}), ("reply", {"text": "which way did they go?"}),
                         ("notes", {"note": "checked CCTV request"}), ("assign", {"assignee": world["assignee"]}),
                         ("close", {"outcome": "intelligence_logged"}), ("reopen", {})):
        resp = sup.post(f"{base}/{action}", data)
        assert resp.status_code == 302, (action, resp.status_code)
    assert sup.get(f"/console/exports/tips/{tip_id}/report").status_code == 200
    mine = [e for e in audit.entries(redis, tip_id=tip_id, limit=1000) if e.get("staff") == sup.login.id]
    actions = [e["action"] for e in mine]
    for wanted in ("show", "media_preview", "media_download", "media_gps_revealed", "claim", "reply", "note",
                   "assign", "close", "reopen", "export"):
        assert wanted in actions, (wanted, actions)
    for entry in mine:
        assert entry["tip"] == tip_id and entry["name"] == "Sgt Audit"
        assert started - 1 <= float(entry["at"]) <= time.time() + 1

"""Admins manage staff in the console: add (a one-time link, shown once), change role,
disable (signed out at once), reset two-factor (a new link), and cannot lock themselves out."""
from __future__ import annotations

import re

from bot.console import accounts

LINK = re.compile(r'<code id="enrol-link">(https://tips\.example\.test/console/enrol/[A-Za-z0-9_-]+)</code>')


def test_an_admin_adds_a_staff_member_and_gets_their_link_once(signed_in, redis, console, officers, services):
    from tests.helpers import OFFICER

    officers.register(OFFICER, name="PC Jones", badge="4411")
    admin = signed_in("admin")
    form = admin.get("/console/staff/new").get_data(as_text=True)
    for name in ("email", "name", "role", "officer_phone"):
        assert f'name="{name}"' in form and re.search(rf'<label for="{name}"', form), name
    resp = admin.post("/console/staff/new", {"email": "new@x.test", "name": "New Person", "role": "supervisor",
                                             "officer_phone": OFFICER})
    link = LINK.search(resp.get_data(as_text=True)).group(1)
    person = accounts.by_email(redis, "new@x.test")
    assert person.role == "supervisor" and person.officer == services.identity.pseudonym(OFFICER)
    assert "enrol-link" not in admin.get(f"/console/staff/{person.id}").get_data(as_text=True)
    assert console().get(link.replace("https://tips.example.test", "")).status_code == 200


def test_bad_input_is_shown_on_the_form(signed_in, staff_factory):
    admin = signed_in("admin")
    staff_factory("officer", email="taken@x.test")
    resp = admin.post("/console/staff/new", {"email": "taken@x.test", "name": "Dup", "role": "officer"})
    assert resp.status_code == 400 and "already a staff account" in resp.get_data(as_text=True)


def test_disabling_signs_the_person_out_at_once_and_keeps_them_out(signed_in, console, redis):
    admin = signed_in("admin")
    victim = signed_in("officer")
    assert admin.post(f"/console/staff/{victim.login.id}/disable").status_code == 302
    assert victim.get("/console/tips").status_code == 302
    assert console().sign_in_password(victim.login).status_code == 200      # refused
    assert admin.post(f"/console/staff/{victim.login.id}/enable").status_code == 302
    victim.login.allow_replay(redis)
    assert console().sign_in(victim.login).get("/console/tips").status_code == 200


def test_a_reset_signs_out_clears_the_credentials_and_shows_a_new_link(signed_in, console, redis):
    admin = signed_in("admin")
    victim = signed_in("officer")
    resp = admin.post(f"/console/staff/{victim.login.id}/reset")
    assert resp.status_code == 200 and LINK.search(resp.get_data(as_text=True))
    assert victim.get("/console/tips").status_code == 302
    assert console().sign_in_password(victim.login).status_code == 200      # the old password is gone


def test_a_role_change_takes_effect_on_the_next_request(signed_in):
    admin = signed_in("admin")
    officer = signed_in("officer")
    assert officer.get("/console/staff").status_code == 403
    admin.post(f"/console/staff/{officer.login.id}/role", {"role": "admin"})
    assert officer.get("/console/staff").status_code == 200


def test_an_admin_cannot_disable_themselves_or_remove_the_last_admin(signed_in, redis):
    admin = signed_in("admin")
    admin.post(f"/console/staff/{admin.login.id}/disable")
    assert accounts.load(redis, admin.login.id).active
    resp = admin.post(f"/console/staff/{admin.login.id}/role", {"role": "officer"}, follow_redirects=True)
    assert "only active admin" in resp.get_data(as_text=True)
    assert accounts.load(redis, admin.login.id).role == "admin"


def test_an_unknown_staff_id_is_404(signed_in):
    admin = signed_in("admin")
    assert admin.get("/console/staff/0123456789").status_code == 404
    assert admin.get("/console/staff/not-an-id").status_code == 404
    assert admin.post("/console/staff/0123456789/disable").status_code == 404


def test_the_nav_shows_only_what_the_role_may_open(signed_in):
    officer_page = signed_in("officer").get("/console/tips").get_data(as_text=True)
    admin_page = signed_in("admin").get("/console/tips").get_data(as_text=True)
    assert 'href="/console/staff"' not in officer_page and 'href="/console/audit"' not in officer_page
    assert 'href="/console/staff"' in admin_page and 'href="/console/audit"' in admin_page


def test_the_audit_page_lists_sms_and_console_entries(signed_in, officers):
    from tests.helpers import OFFICER

    officers.register(OFFICER, name="PC Jones", badge="4411").send("ON")
    admin = signed_in("admin")
    page = admin.get("/console/audit").get_data(as_text=True)
    assert "duty_on" in page and "console_login" in page and "PC Jones (4411)" in page
    filtered = admin.get("/console/audit?action=duty_on").get_data(as_text=True)
    assert "duty_on" in filtered and "console_login" not in filtered

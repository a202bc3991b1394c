"""The issue's browser journeys, end to end in headless Chromium against the live https server:

- an admin adds an officer in the console; the officer opens the enrolment link, reads the key the
  page shows, enrols two-factor with a code computed from it and signs in;
- a Twilio-signed SMS (over https, to the live server) files a tip: it appears in the open inbox
  without a reload; the officer opens it and replies through the masked relay; the fake Twilio
  server receives the relay text for the tipster's number; the tipster's answer (another signed
  webhook) appears on the open tip page without a reload;
- a supervisor assigns the tip, closes it with an outcome and sees it on the dashboard.

"Without a reload" is checked with a marker set on the page's ``window``: a navigation or reload
would drop it. axe-core runs on every page the journey passes through."""
from __future__ import annotations

import re
import time

import pyotp
from playwright.sync_api import expect

from bot.officers import audit
from tests.console.browser.conftest import axe_violations
from tests.helpers import BOT_NUMBER, TIPSTER

TIP_ID = re.compile(r"T-[A-Z0-9]{4,6}")
PASSWORD = "copper meadow violin 73"


def mark(page) -> None:
    page.evaluate("window.__notReloaded = true")


def still_marked(page) -> bool:
    return page.evaluate("window.__notReloaded === true")


def file_tip(phone, text: str) -> str:
    """The tipster texts a tip and files it with SEND; its ID from the bot's answer."""
    phone.send(text)
    replies = phone.send("SEND")
    found = TIP_ID.search(" ".join(replies))
    assert found, replies
    return found.group(0)


def enrol_and_sign_in(live, page, link: str) -> str:
    """The enrolment page as a new starter meets it: key as text, password, a code; then sign in.
    Returns the TOTP secret."""
    page.goto(link)
    assert page.locator(".qr-figure svg").count() == 1          # the QR code is there to scan
    assert axe_violations(page) == []
    secret = page.locator("#totp-secret").inner_text().replace(" ", "")
    totp = pyotp.TOTP(secret)
    page.fill("input[name=password]", PASSWORD)
    page.fill("input[name=confirm]", PASSWORD)
    page.fill("input[name=code]", totp.now())
    page.click("form [type=submit]")
    expect(page.locator("h1")).to_have_text("Your recovery codes")
    assert page.locator(".recovery-codes li").count() == 10
    assert axe_violations(page) == []
    page.get_by_role("link", name="Sign in").click()
    page.fill("input[name=email]", "dc.ellis@police.example.test")
    page.fill("input[name=password]", PASSWORD)
    page.click("form [type=submit]")
    page.wait_for_url("**/console/login/code")
    assert axe_violations(page) == []
    page.fill("input[name=code]", totp.at(time.time() + 30))    # the enrolment's code is spent: the next one
    page.click("form [type=submit]")
    page.wait_for_url("**/console/tips")
    return secret


def test_admin_adds_an_officer_who_enrols_signs_in_sees_a_tip_arrive_and_relays_with_the_tipster(
        live, browser_page, staff_factory, fake_twilio, redis):
    # -- the admin adds an officer -------------------------------------------------------------
    admin = staff_factory("admin", name="Admin Avery")
    admin_page = browser_page()
    live.sign_in(admin_page, admin)
    admin_page.get_by_role("link", name="Staff").click()
    admin_page.get_by_role("link", name="Add a staff member").click()
    assert axe_violations(admin_page) == []
    admin_page.fill("input[name=name]", "DC Ellis")
    admin_page.fill("input[name=email]", "dc.ellis@police.example.test")
    admin_page.select_option("select[name=role]", "officer")
    admin_page.click("form.stack [type=submit]")
    link = admin_page.locator("#enrol-link").inner_text().strip()
    assert re.fullmatch(re.escape(live.url("/console/enrol/")) + r"[\w-]+", link), link
    assert axe_violations(admin_page) == []
    admin_page.get_by_role("link", name="Staff").click()
    expect(admin_page.locator("table")).to_contain_text("DC Ellis")

    # -- the officer enrols two-factor and signs in ------------------------------------------------
    page = browser_page()
    enrol_and_sign_in(live, page, link)
    expect(page.locator("h1")).to_have_text("Tips")
    expect(page.locator("#no-tips")).to_contain_text("No tips yet")
    assert axe_violations(page) == []

    # -- a signed SMS files a tip: it appears in the open inbox without a reload -----------------------
    mark(page)
    tipster = live.phone(TIPSTER)
    tip_id = file_tip(tipster, "Man selling knives from a blue Transit AB12CDE behind the Co-op on Market Street")
    row = page.locator(f"#tip-{tip_id}")
    expect(row).to_be_visible(timeout=10_000)
    expect(row).to_contain_text("AB12CDE")
    expect(page.locator("#inbox-live-status")).to_contain_text("1 new tip added at the top of the list")
    assert still_marked(page), "the inbox reloaded"
    assert axe_violations(page) == []

    # -- the officer opens it and replies through the masked relay ------------------------------------
    row.get_by_role("link", name=tip_id).click()
    page.wait_for_url(f"**/console/tips/{tip_id}")
    expect(page.locator("h1")).to_contain_text(f"Tip {tip_id}")
    assert axe_violations(page) == []
    page.get_by_role("button", name="Claim this tip").click()
    expect(page.locator(".flash")).to_contain_text("claimed", ignore_case=True)
    page.fill("textarea[name=text]", "Which way did the van go?")
    page.get_by_role("button", name="Send to the tipster").click()
    expect(page.locator(".flash-success")).to_contain_text(f"Queued for the tipster of {tip_id}")
    assert fake_twilio.sent_to(TIPSTER) == [m for m in fake_twilio.sent_to(TIPSTER) if "Which way" not in m["body"]]
    live.work()                                              # the relay job, as the rq worker runs it
    relayed = [m for m in fake_twilio.sent_to(TIPSTER) if "Which way" in m["body"]]
    assert [(m["body"], m["from"]) for m in relayed] == [
        (f"Avon and Somerset Police re {tip_id}: Which way did the van go?", BOT_NUMBER)]
    assert "DC Ellis" not in relayed[0]["body"]              # masked: the tipster never sees a name

    # -- the tipster's answer appears on the open tip page without a reload ----------------------------
    mark(page)
    tipster.send("Towards the ring road, about ten minutes ago")
    expect(page.locator("#live .thread")).to_contain_text("Towards the ring road", timeout=10_000)
    expect(page.locator("#live-news")).to_contain_text("new")
    assert still_marked(page), "the tip page reloaded"
    assert TIPSTER not in page.content() and "07700 900123" not in page.content()
    assert axe_violations(page) == []

    # -- all of it is in the audit log, under the staff members' names ---------------------------------
    done = {(e["action"], e.get("name")) for e in audit.entries(redis, tip_id=tip_id, limit=100)}
    assert {("show", "DC Ellis"), ("claim", "DC Ellis"), ("reply", "DC Ellis")} <= done
    added = [e for e in audit.entries(redis, action="staff_added", limit=10) if "DC Ellis" in e["detail"]]
    assert [(e.get("name"), e.get("staff")) for e in added] == [("Admin Avery", admin.id)], added


def test_a_supervisor_assigns_closes_with_an_outcome_and_sees_the_dashboard(
        live, browser_page, staff_factory):
    supervisor = staff_factory("supervisor", name="Sgt Patel")
    staff_factory("officer", name="PC Okafor")
    tipster = live.phone(TIPSTER)
    tip_id = file_tip(tipster, "Stolen bikes being loaded into a white van YX19ABC outside 12 Mill Lane")
    page = browser_page()
    live.sign_in(page, supervisor)
    expect(page.locator(f"#tip-{tip_id}")).to_be_visible()
    page.get_by_role("link", name=tip_id).click()
    page.wait_for_url(f"**/console/tips/{tip_id}")

    page.select_option("select[name=assignee]", label="PC Okafor, officer (console only, no phone)")
    page.get_by_role("button", name="Assign", exact=True).click()
    expect(page.locator(".flash-success")).to_be_visible()
    expect(page.locator("#case-state")).to_contain_text("PC Okafor")
    assert axe_violations(page) == []

    page.fill("textarea[name=note]", "Checked the van on ANPR: seen twice on the A4")
    page.get_by_role("button", name="Add note").click()
    expect(page.locator("#live .thread")).to_contain_text("Internal note, never sent")

    page.select_option("select[name=outcome]", "property_recovered")
    page.get_by_role("button", name="Close tip").click()
    expect(page.locator("h1")).to_contain_text("Closed")
    expect(page.locator("#case-state")).to_contain_text("Property recovered", ignore_case=True)
    assert page.get_by_role("button", name="Reopen this tip").count() == 1
    assert axe_violations(page) == []

    page.get_by_role("link", name="Dashboard").click()
    page.wait_for_url("**/console/dashboard**")
    outcome = page.locator("tr", has=page.locator("th", has_text="Property recovered"))
    expect(outcome.locator("td")).to_have_text("1")
    expect(page.locator(".figure", has_text="Closed, all time").locator("dd")).to_have_text("1")
    assert axe_violations(page) == []

    # -- and prints the tip report for the case file -----------------------------------------------------
    page.get_by_role("link", name="Exports").click()
    assert axe_violations(page) == []
    page.fill("input[name=tip]", tip_id.lower())
    page.get_by_role("button", name="Open the report").click()
    page.wait_for_url(f"**/console/exports/tips/{tip_id}/report")
    expect(page.locator("h1")).to_have_text(f"Tip report {tip_id}")
    expect(page.locator("main")).to_contain_text("Checked the van on ANPR")        # the internal note
    expect(page.locator("main")).to_contain_text("Property recovered")
    assert axe_violations(page) == []
    page.emulate_media(media="print")
    assert not page.locator(".site-header").is_visible() and not page.locator("nav").first.is_visible()
    assert page.locator(".print-only").first.is_visible()
    pdf = page.pdf(format="A4")
    assert pdf.startswith(b"%PDF") and len(pdf) > 10_000
    assert TIPSTER not in page.content() and "07700 900123" not in page.content()

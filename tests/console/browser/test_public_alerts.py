"""A resident in a real browser, on the public alert pages (bot/public): signs up with a
phone and an email, confirms both (the code read from what the fake Twilio server
received, the link from a real SMTP server's mailbox), changes their choices on the
preferences page and leaves. Every page has no serious or critical accessibility
violation (axe-core) and fits a phone's width.

It lives beside the console's browser tests to share their one Playwright and Chromium
(a second sync Playwright in the same process refuses to start); its server, with SMTP,
is the ``live_public`` fixture (tests/console/browser/conftest.py)."""
from __future__ import annotations

import re

from bot.alerts import resident_prefs, selection, subscribers
from tests.conftest import run_jobs
from tests.console.browser.conftest import axe_violations, signed_text

MOBILE = "+447700900123"
ADDRESS = "jo.resident@example.org"


def _text(live, body: str) -> list[str]:
    return signed_text(live, MOBILE, body)


def _fits_a_phone(page) -> None:
    page.set_viewport_size({"width": 360, "height": 740})
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
    page.set_viewport_size({"width": 1280, "height": 900})


def _reach(redis, scheme: str) -> dict:
    return selection.count_by_channel(redis, {"schemes": [scheme], "categories": []})


def test_a_resident_signs_up_confirms_both_changes_and_leaves(live_public, browser_page, fake_twilio):
    live, redis = live_public, live_public.services.redis
    page = browser_page()
    page.goto(live.url("/alerts/join"))
    assert axe_violations(page) == []
    _fits_a_phone(page)

    # A mistake first: half a postcode gets the clear message, and nothing is sent.
    page.fill("input[name=phone]", "07700 900123")
    page.fill("input[name=email]", ADDRESS)
    page.fill("input[name=postcode]", "BA3")
    page.check("#scheme-FARMWATCH")
    page.click("form [type=submit]")
    assert "BA3 is only the first half of a postcode" in page.inner_text("main")
    assert axe_violations(page) == []
    page.fill("input[name=postcode]", "BA3 5QE")
    page.check("#cat-FARMWATCH-livestock")
    page.click("form [type=submit]")
    page.wait_for_url("**/alerts/join/check")
    assert axe_violations(page) == []
    _fits_a_phone(page)

    run_jobs(live.app)                                       # the code text and the email go
    [code_text] = fake_twilio.sent_to(MOBILE)
    code = re.search(r"code to confirm alerts is (\d{6})", code_text["body"]).group(1)
    assert _reach(redis, "FARMWATCH") == {"sms": 0, "email": 0, "voice": 0}
    page.fill("#code-0", code)
    page.click("form:has(#code-0) [type=submit]")
    assert "Confirmed the number ending 123" in page.inner_text("main")
    assert _reach(redis, "FARMWATCH") == {"sms": 1, "email": 0, "voice": 0}

    link = live.email_link(ADDRESS)
    assert link and link.startswith(live.base)
    mail_page = browser_page()                               # opened from the mail app: another context
    mail_page.goto(link)
    assert axe_violations(mail_page) == []
    assert _reach(redis, "FARMWATCH")["email"] == 0          # opening it confirms nothing
    mail_page.click("form [type=submit]")
    assert "Email address confirmed" in mail_page.inner_text("main")
    assert _reach(redis, "FARMWATCH") == {"sms": 1, "email": 1, "voice": 0}

    [reply] = _text(live, "MY ALERTS LINK")
    prefs = re.search(r"https://\S+/alerts/my/\S+", reply).group(0)
    page.goto(prefs)
    assert axe_violations(page) == []
    _fits_a_phone(page)
    assert page.is_checked("#scheme-FARMWATCH") and page.is_checked("#cat-FARMWATCH-livestock")
    page.check("#scheme-HORSEWATCH")
    page.select_option("select[name=quiet]", "22:00-07:00")
    page.click("form:has(#postcode) [type=submit]")
    assert "Your choices are saved" in page.inner_text("main")
    assert axe_violations(page) == []
    rid = live.services.identity.pseudonym(MOBILE)
    found = subscribers.get(redis, rid)
    assert sorted(found.record) == ["FARMWATCH", "HORSEWATCH"]
    assert resident_prefs.quiet_hours(redis, rid) == ("22:00", "07:00")
    assert _reach(redis, "HORSEWATCH") == {"sms": 1, "email": 1, "voice": 0}

    page.click("text=Call this number instead of texting")
    assert "that number now gets calls" in page.inner_text("main")
    assert _reach(redis, "FARMWATCH") == {"sms": 0, "email": 1, "voice": 1}

    page.click("form[action$='/leave'] [type=submit]")
    assert "You will get no more alerts" in page.inner_text("main")
    assert axe_violations(page) == []
    assert subscribers.get(redis, rid) is None
    assert _reach(redis, "FARMWATCH") == {"sms": 0, "email": 0, "voice": 0}
    assert len(fake_twilio.sent_to(MOBILE)) == 1 and len(live.smtp.to(ADDRESS)) == 1   # the code and the link only


def test_the_spanish_sign_up_page_passes_axe_and_its_switcher_works(live_public, browser_page, fake_twilio):
    """Issue 14: the page in Spanish (``?lang=es``), with <html lang="es">, passes axe-core and
    fits a phone; an error answer is Spanish too; the switcher link brings it back in English."""
    live = live_public
    page = browser_page()
    page.goto(live.url("/alerts/join?lang=es"))
    assert page.get_attribute("html", "lang") == "es"
    assert "Suscríbase a las alertas vecinales" in page.inner_text("main")
    assert axe_violations(page) == []
    _fits_a_phone(page)
    page.fill("input[name=phone]", "07700 900123")
    page.fill("input[name=postcode]", "BA3")
    page.check("#scheme-FARMWATCH")
    page.click("form [type=submit]")
    assert "No encontramos ese código postal o ZIP" in page.inner_text("main")
    assert page.get_attribute("html", "lang") == "es"
    assert axe_violations(page) == []
    page.click("nav.languages >> text=English")
    assert page.get_attribute("html", "lang") == "en"
    assert "Sign up for community alerts" in page.inner_text("main")
    assert axe_violations(page) == []
    assert fake_twilio.messages == []

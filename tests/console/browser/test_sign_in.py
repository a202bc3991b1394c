"""Sign-in with two-factor in a real browser, and no serious accessibility violation on the way."""
from __future__ import annotations

from tests.console.browser.conftest import axe_violations


def test_sign_in_with_password_and_code_in_the_browser(live, browser_page, staff_factory):
    login = staff_factory("officer")
    page = browser_page()
    page.goto(live.url("/console/login"))
    assert axe_violations(page) == []
    page.fill("input[name=email]", login.email)
    page.fill("input[name=password]", login.password)
    page.click("form [type=submit]")
    assert page.locator("input[name=code]").count() == 1
    assert axe_violations(page) == []
    page.fill("input[name=code]", login.code())
    page.click("form [type=submit]")
    page.wait_for_url("**/console/tips**")
    assert axe_violations(page) == []
    cookies = {c["name"]: c for c in page.context.cookies()}
    session = cookies["__Host-console"]
    assert session["secure"] and session["httpOnly"] and session["sameSite"] == "Lax"


def test_a_wrong_code_does_not_sign_in(live, browser_page, staff_factory):
    login = staff_factory("officer")
    page = browser_page()
    page.goto(live.url("/console/login"))
    page.fill("input[name=email]", login.email)
    page.fill("input[name=password]", login.password)
    page.click("form [type=submit]")
    page.fill("input[name=code]", "000000")
    page.click("form [type=submit]")
    assert "/console/tips" not in page.url
    page.goto(live.url("/console/tips"))
    assert "/console/login" in page.url

"""A Spanish staff member's console in Chromium: the pages are Spanish (``<html lang="es">``) and
pass axe-core with 0 serious or critical violations, as the English ones do
(test_accessibility.py)."""
from __future__ import annotations

from tests.console.browser.conftest import axe_violations


def test_a_spanish_members_console_pages_pass_axe(live, browser_page, staff_factory, world, services):
    from bot.console import account_admin

    login = staff_factory("admin", name="Agente Ruiz")
    account_admin.set_language(services, login.id, "es", by=None)
    page = browser_page()
    live.sign_in(page, login)
    page.wait_for_url("**/console/tips")     # the code step done (sign_in's own wait also matches /login/code)
    failures = {}
    for path in ("/console/tips", f"/console/tips/{world['tip_id']}", "/console/alerts/new", "/console/alerts",
                 "/console/account", "/console/tips?from=not-a-date", "/console/dashboard", "/console/staff"):
        page.goto(live.url(path))
        assert page.evaluate("document.documentElement.lang") == "es", path
        found = axe_violations(page)
        if found:
            failures[path] = found
    page.goto(live.url(f"/console/tips/{world['tip_id']}"))
    page.get_by_role("button", name="Asumir este aviso").click()
    page.locator(".flash").wait_for()
    assert "Ha asumido" in page.locator(".flash").inner_text()
    found = axe_violations(page)
    if found:
        failures["tip page with a Spanish flash"] = found
    assert failures == {}

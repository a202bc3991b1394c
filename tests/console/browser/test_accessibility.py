"""axe-core on every console page, in Chromium, with real data on them: 0 serious or critical
violations. The pages come from the route/role table (tests/console/access.py): every GET route
an admin may see, so a new page is checked the moment it is in the table; plus the pages only
another visitor sees (sign-in, the code step, enrolment, a spent link), the filtered and searched
inbox, a tip page with photos, notes and a thread, the GPS reveal, and the error pages.

Keyboard: the main actions of the inbox and the tip page are reached with Tab alone, in order,
each with a visible focus indicator, and the skip link moves focus to the content."""
from __future__ import annotations

import pytest

from tests.console import access as access_table
from tests.console.browser.conftest import axe_violations
from tests.helpers import TIPSTER

# Files and JSON, not pages (the composer's live count and preview answer its script).
NOT_PAGES = {"console.static", "console.photos.preview", "console.photos.original", "console.alerts.count",
             "console.alerts.preview"}


def admin_pages(app, world) -> list[str]:
    """The path of every GET page in the route table that an admin gets with a 200."""
    out = []
    for endpoint, route in access_table.ROUTES.items():
        if endpoint in NOT_PAGES or "GET" not in route.methods or route.expect_for("admin", "GET") != 200:
            continue
        out.append(route.path(app, endpoint, world))
    return out


@pytest.fixture()
def busy_tip(world, live, staff_factory, fake_twilio):
    """``world``'s tip with a claim, a relay reply and the tipster's answer, a note, and a second
    tip sharing its plate (so related tips and a plate search have something to show)."""
    tip_id = world["tip_id"]
    tipster = live.phone(TIPSTER)
    other = live.phone("+447700900777")
    other.send("Same grey Honda Civic HVM2207 parked outside the school again this morning")
    other.send("SEND")
    return tip_id, tipster


def check(page, url: str, failures: dict, expect_status: int | None = None) -> None:
    failures.setdefault("_checked", []).append(url)
    resp = page.goto(url)
    if expect_status is not None:
        assert resp.status == expect_status, f"{url}: {resp.status}"
    found = axe_violations(page)
    if found:
        failures[url] = found


def test_every_console_page_has_no_serious_accessibility_violation(live, browser_page, staff_factory, world,
                                                                   busy_tip, app, services):
    from bot.console import accounts

    tip_id, tipster = busy_tip
    failures: dict[str, list[str]] = {}

    # Signed out: sign-in, an enrolment page, a spent link; half signed in: the code step.
    page = browser_page()
    check(page, live.url("/console/login"), failures, 200)
    check(page, live.url(f"/console/enrol/{world['enrol_token']}"), failures, 200)
    check(page, live.url("/console/enrol/not-a-real-token"), failures)
    check(page, live.url("/console/tips"), failures)                       # -> the sign-in page
    login = staff_factory("officer")
    page.fill("input[name=email]", login.email)
    page.fill("input[name=password]", login.password)
    page.click("form [type=submit]")
    page.wait_for_url("**/console/login/code")
    page.fill("input[name=code]", "000000")                                  # a wrong code: the error shown
    page.click("form [type=submit]")
    assert page.locator("[role=alert], .form-error, .error").count() >= 1
    check(page, page.url, failures)

    # An officer: the tip page they act on (claim, reply, note), and a page they may not see (403).
    officer = browser_page()
    live.sign_in(officer, staff_factory("officer", name="PC Tab"))
    officer.goto(live.url(f"/console/tips/{tip_id}"))
    officer.get_by_role("button", name="Claim this tip").click()
    officer.fill("textarea[name=text]", "Which way did they go?")
    officer.get_by_role("button", name="Send to the tipster").click()
    live.work()
    tipster.send("Towards the station")
    officer.fill("textarea[name=note]", "Checked ANPR: nothing on the A38")
    officer.get_by_role("button", name="Add note").click()
    officer.locator(".flash").wait_for()
    found = axe_violations(officer)
    if found:
        failures["tip page after actions (with flash)"] = found
    check(officer, live.url("/console/staff"), failures, 403)
    check(officer, live.url("/console/tips/T-ZZZZ"), failures, 404)
    check(officer, live.url("/console/no-such-page"), failures, 404)

    # The GPS position, revealed by a deliberate click.
    officer.goto(live.url(f"/console/tips/{tip_id}"))
    officer.get_by_role("button", name="Reveal the GPS position of photo 1").click()
    officer.locator(".gps-revealed .coords").wait_for()          # swapped in by htmx
    found = axe_violations(officer)
    if found:
        failures["GPS position revealed"] = found

    # An admin: every page of the route table, and the inbox filtered and searched.
    admin = browser_page()
    live.sign_in(admin, staff_factory("admin"))
    for path in admin_pages(app, world):
        check(admin, live.url(path), failures, 200)
    for query in ("?plate=hvm+2207", "?plate=HVM22&partial=1", "?q=honda+civic", "?state=claimed&mine=1",
                  "?urgent=1&unassigned=1", "?from=2020-01-01&to=2020-01-31", "?from=not-a-date",
                  f"?q={tip_id}"):
        check(admin, live.url("/console/tips" + query), failures, 200)
    check(admin, live.url("/console/tips/live?after=0-0"), failures, 200)
    # The staff pages after an action: a reset's enrolment link, a flash message.
    target = accounts.load(services.redis, world["staff_id"])
    admin.goto(live.url(f"/console/staff/{target.id}"))
    admin.get_by_role("button", name="Reset password and two-factor").click()
    admin.locator("#enrol-link").wait_for()
    found = axe_violations(admin)
    if found:
        failures["enrolment link after a reset"] = found
    admin.goto(live.url(f"/console/staff/{target.id}"))
    admin.get_by_role("button", name="Disable account").click()
    admin.locator(".flash").wait_for()
    found = axe_violations(admin)
    if found:
        failures["staff page with a flash"] = found

    checked = failures.pop("_checked")
    assert {live.url(p) for p in admin_pages(app, world)} <= set(checked)
    assert len(checked) >= 30, checked
    assert failures == {}


def tab_through(page, steps: int = 80) -> list[dict]:
    """Press Tab from the top of the page; what each press focuses (name, tag, visible focus)."""
    page.evaluate("document.activeElement && document.activeElement.blur()")
    page.evaluate("window.scrollTo(0, 0)")
    seen = []
    for _ in range(steps):
        page.keyboard.press("Tab")
        info = page.evaluate(r"""() => {
            const el = document.activeElement;
            if (!el || el === document.body) return null;
            const s = getComputedStyle(el);
            const label = el.labels && el.labels.length ? el.labels[0].innerText : '';
            return {tag: el.tagName.toLowerCase(), name: el.getAttribute('name') || '',
                    text: (el.textContent || el.value || '').replace(/\s+/g, ' ').trim().slice(0, 60), label: label.trim(),
                    ring: (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2) || s.boxShadow !== 'none'};
        }""")
        if info is None:
            break
        if seen and info == seen[0]:
            break
        seen.append(info)
    return seen


def names(stops: list[dict]) -> list[str]:
    return [(s["label"] if s["tag"] in ("input", "select", "textarea") else s["text"]) or s["name"] for s in stops]


def test_the_main_actions_are_reached_with_tab_and_show_where_the_focus_is(live, browser_page, staff_factory,
                                                                           world):
    tip_id = world["tip_id"]
    page = browser_page()
    login = staff_factory("supervisor")
    # Sign in with the keyboard alone: Tab to the email field, type, Tab, type, Enter; the code, Enter.
    page.goto(live.url("/console/login"))
    order = names(tab_through(page, steps=10))
    assert order[:2] == ["Skip to main content", "ASP Tip Line"] and "Email" in order and "Password" in order
    page.evaluate("document.activeElement && document.activeElement.blur()")
    for _ in range(order.index("Email") + 1):
        page.keyboard.press("Tab")
    page.keyboard.type(login.email)
    page.keyboard.press("Tab")
    page.keyboard.type(login.password)
    page.keyboard.press("Enter")
    page.wait_for_url("**/console/login/code")
    order = names(tab_through(page, steps=10))
    assert "Code" in order, order
    page.evaluate("document.activeElement && document.activeElement.blur()")
    for _ in range(order.index("Code") + 1):
        page.keyboard.press("Tab")
    page.keyboard.type(login.code())
    page.keyboard.press("Enter")
    page.wait_for_url("**/console/tips")

    stops = tab_through(page)
    order = names(stops)
    assert order[0] == "Skip to main content"
    for wanted in ("Tips", "Dashboard", "Sign out", "Words", "Plate", "State", "Show tips", tip_id):
        assert wanted in order, (wanted, order)
    assert order.index("Words") < order.index("Show tips") < order.index(tip_id)
    assert [s for s in stops if not s["ring"]] == []
    page.keyboard.press("Home")
    page.evaluate("document.activeElement && document.activeElement.blur()")
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")                          # the skip link
    assert page.evaluate("document.activeElement.id") == "main"

    # Open the tip with the keyboard only, then its actions.
    page.locator(f"#tip-{tip_id} a").focus()
    page.keyboard.press("Enter")
    page.wait_for_url(f"**/console/tips/{tip_id}")
    stops = tab_through(page, steps=120)
    order = names(stops)
    for wanted in ("Message", "Send to the tipster", "Claim this tip", "Assign to", "Assign", "Note for staff",
                   "Add note", "Outcome", "Close tip", "Download the original of photo 1"):
        assert wanted in order, (wanted, "; ".join(order))
    assert [s for s in stops if not s["ring"]] == []

    # Reply with the keyboard alone.
    page.locator("#reply-text").focus()
    page.keyboard.type("Are you safe to talk?")
    for _ in range(3):    # past the quick-reply picker to the send button
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.textContent.trim()") == "Send to the tipster":
            break
    page.keyboard.press("Enter")
    page.locator(".flash-success").wait_for()
    assert "Queued for the tipster" in page.locator(".flash-success").inner_text()

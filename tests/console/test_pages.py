"""The pages themselves: no tipster's number on any page a role can see, the base layout's
landmarks and labels (axe-core in a browser checks more later), the local-mode first admin."""
from __future__ import annotations

import re

import pytest

from tests.helpers import number_forms


@pytest.mark.parametrize("role", [None, "officer", "supervisor", "admin"])
def test_no_page_any_role_can_see_contains_the_tipster_s_number(role, console, staff_factory, visible_pages, world):
    client = console().sign_in(staff_factory(role)) if role else console()
    pages = visible_pages(client, world)
    assert pages, "no pages fetched"
    for path, html in pages.items():
        for form in number_forms(world["tipster"]):
            assert form not in html, f"{path} shows the tipster's number ({form})"


def test_visible_pages_covers_every_get_page_of_the_role(console, staff_factory, visible_pages, world, access):
    admin = console().sign_in(staff_factory("admin"))
    pages = visible_pages(admin, world)
    gets = [e for e, r in access.ROUTES.items() if "GET" in r.methods and r.expect_for("admin", "GET") == 200]
    assert len(pages) == len(gets)


@pytest.mark.parametrize("role", [None, "officer", "admin"])
def test_every_page_has_the_landmarks_one_h1_and_a_label_for_every_input(role, console, staff_factory,
                                                                          visible_pages, world):
    client = console().sign_in(staff_factory(role)) if role else console()
    pages = visible_pages(client, world)
    for path, html in pages.items():
        if path in pages.files:      # a stylesheet, a photo
            continue
        assert '<html lang="en">' in html and "<title>" in html, path
        assert html.count("<main") == 1 and "<header" in html and 'class="skip-link" href="#main"' in html, path
        assert len(re.findall(r"<h1\b", html)) == 1, path
        for tag in re.findall(r"<(?:input|select|textarea)\b[^>]*>", html):
            if 'type="hidden"' in tag or 'type="submit"' in tag:
                continue
            field_id = re.search(r'\bid="([^"]+)"', tag)
            assert field_id and f'for="{field_id.group(1)}"' in html, f"{path}: no label for {tag}"


def test_local_admin_creates_the_first_admin_once_and_prints_the_link_once(local_app):
    runner = local_app.test_cli_runner()
    first = runner.invoke(args=["staff", "local-admin"]).output
    assert "http://127.0.0.1:5050/console/" in first
    assert re.search(r"http://127\.0\.0\.1:5050/console/enrol/[A-Za-z0-9_-]+", first)
    again = runner.invoke(args=["staff", "local-admin"]).output
    assert "/console/enrol/" not in again and "admin@localhost" in again


def test_local_admin_creates_nobody_outside_local_mode(app):
    out = app.test_cli_runner().invoke(args=["staff", "local-admin"]).output
    assert "not in local mode" in out and "/console/enrol/" not in out


def test_a_console_url_that_matches_no_route_gets_the_console_s_error_page(console, app):
    client = console()
    for path, code, title in (("/console/no-such-page", 404, "Not found"), ("/console/tips/a/b/c", 404, "Not found"),
                              ("/console/login/code/x", 404, "Not found")):
        resp = client.get(path)
        html = resp.get_data(as_text=True)
        assert resp.status_code == code, path
        assert f"<h1>{title}</h1>" in html and '<main id="main"' in html and 'lang="en"' in html, path
        assert "ASP Tip Line" in html and "Avon and Somerset Police" in html
    resp = client.http.put("/console/login", base_url="https://tips.example.test")      # a method no route has
    assert resp.status_code == 405 and "<h1>Not allowed</h1>" in resp.get_data(as_text=True)
    other = app.test_client().get("/no-such-page")                   # outside the console: untouched
    assert other.status_code == 404 and '<main id="main"' not in other.get_data(as_text=True)

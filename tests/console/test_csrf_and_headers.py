"""CSRF on every form and security headers on every console response. Over https, as in
production: under Referrer-Policy no-referrer there is no Referer to check, so a form
another site sends is refused by its Sec-Fetch-Site, and every form needs its token."""
from __future__ import annotations

import pathlib
import re

import pytest

from bot.console import security

TEMPLATES = pathlib.Path(__file__).resolve().parents[2] / "bot" / "console" / "templates"
REQUIRED_CSP = ["default-src 'self'", "frame-ancestors 'none'", "form-action 'self'", "base-uri 'none'",
                "object-src 'none'"]


def test_a_post_without_a_csrf_token_or_with_a_wrong_one_is_refused(console, staff_factory):
    login = staff_factory("officer")
    client = console()
    client.get("/console/login")
    data = {"email": login.email, "password": login.password}
    assert client.post("/console/login", data, csrf=False).status_code == 400
    assert client.post("/console/login", {**data, "csrf_token": "forged"}).status_code == 400
    other = console()
    other.get("/console/login")
    assert client.post("/console/login", {**data, "csrf_token": other.csrf_token()}).status_code == 400
    assert client.post("/console/login", data).status_code == 302


def test_every_form_on_every_page_carries_the_csrf_token(console, staff_factory, visible_pages, world):
    for role in ("officer", "supervisor", "admin", None):
        client = console().sign_in(staff_factory(role)) if role else console()
        for path, html in visible_pages(client, world).items():
            for form in re.findall(r"<form\b.*?</form>", html, re.S):
                if re.search(r'method="post"', form, re.I):
                    assert 'name="csrf_token"' in form, f"{path}: a form without csrf_token"


@pytest.mark.parametrize("site", ["cross-site", "same-site"])
def test_a_form_another_site_sends_is_refused_even_with_a_valid_token(console, staff_factory, site):
    """Fetch Metadata: the browser's Sec-Fetch-Site says where a form came from, whatever the
    Referrer-Policy; a sibling subdomain (same-site) is another site too."""
    login = staff_factory("officer")
    data = {"email": login.email, "password": login.password}
    client = console()
    client.get("/console/login")
    resp = client.post("/console/login", data, headers={"Sec-Fetch-Site": site})
    assert resp.status_code == 400
    assert client.post("/console/login", data, headers={"Sec-Fetch-Site": "same-origin"}).status_code == 302


def test_under_no_referrer_a_form_post_without_a_referer_is_accepted_over_https(console, staff_factory):
    """no-referrer strips the Referer: Flask-WTF's Referer check would refuse every form in
    production. The token (and Sec-Fetch-Site, when sent) decide instead."""
    login = staff_factory("officer")
    client = console()
    client.get("/console/login")
    resp = client.post("/console/login", {"email": login.email, "password": login.password})
    assert resp.status_code == 302
    other = console()
    other.get("/console/login")
    assert other.post("/console/login", {"email": login.email, "password": login.password},
                      csrf=False).status_code == 400                      # no token: refused


def test_the_referrer_policy_is_no_referrer(console):
    resp = console().get("/console/login")
    assert resp.headers["Referrer-Policy"] == "no-referrer"


def test_the_csrf_token_lives_as_long_as_the_session(app):
    assert app.config["WTF_CSRF_TIME_LIMIT"] is None


def check_headers(resp, path: str) -> None:
    h = resp.headers
    csp = h.get("Content-Security-Policy", "")
    for directive in REQUIRED_CSP:
        assert directive in csp, f"{path}: CSP lacks {directive}"
    assert "unsafe-inline" not in csp and "unsafe-eval" not in csp and "*" not in csp, path
    assert h.get("X-Frame-Options") == "DENY", path
    assert h.get("X-Content-Type-Options") == "nosniff", path
    assert h.get("Referrer-Policy") == "no-referrer", path
    assert h.get("Strict-Transport-Security", "").startswith("max-age="), path
    if "/console/static/" not in path:
        assert h.get("Cache-Control") == "no-store", path


@pytest.mark.parametrize("role", [None, "pending", "officer", "supervisor", "admin"])
def test_every_console_response_carries_the_security_headers(role, app, access, world, console, staff_factory):
    client = console()
    if role == "pending":
        client.sign_in_password(staff_factory("officer"))
    elif role:
        client.sign_in(staff_factory(role))
    for endpoint, route in access.ROUTES.items():
        if route.ends_session:
            continue
        path = route.path(app, endpoint, world)
        for method in route.methods:
            resp = client.get(path) if method == "GET" else client.post(path, route.data)
            check_headers(resp, f"{method} {path} -> {resp.status_code}")
    for path in ("/console/no-such-page", "/console/static/no-such-file.css"):
        check_headers(client.get(path), path)
    check_headers(client.post("/console/login", {}, csrf=False), "POST /console/login without a token")


def test_no_template_has_inline_script_or_style():
    """The CSP forbids them; this finds them before a browser does."""
    for path in TEMPLATES.rglob("*.html"):
        text = path.read_text()
        assert not re.search(r"<script(?![^>]*\bsrc=)[^>]*>", text), f"{path.name}: inline <script>"
        assert not re.search(r"<style\b", text), f"{path.name}: <style>"
        assert not re.search(r'\sstyle="', text), f"{path.name}: style attribute"
        assert not re.search(r"\son[a-z]+=", text), f"{path.name}: inline event handler"
        assert not re.search(r'(src|href)="(https?:)?//', text), f"{path.name}: a resource from another site"


def test_the_qr_code_svg_has_no_style_either(console, services):
    from bot.console import accounts

    _, token = accounts.create(services, email="q@x.test", name="Q", role="officer")
    html = console().get(f"/console/enrol/{token}").get_data(as_text=True)
    svg = html[html.index("<svg"):html.index("</svg>")]
    assert "style" not in svg and "<script" not in svg


def test_the_webhooks_are_not_given_console_headers_or_csrf_checks(phone):
    assert phone.send("hello")            # a signed POST without a CSRF token still works
    resp = phone.post("/sms", {"From": "+447700900123", "Body": "x", "MessageSid": "SM" + "2" * 32, "NumMedia": "0"})
    assert "Content-Security-Policy" not in resp.headers


def test_the_headers_table_is_what_the_docs_promise():
    assert security.HEADERS["Referrer-Policy"] == "no-referrer"
    assert "script-src 'self'" in security.CSP and "style-src 'self'" in security.CSP


def test_htmx_is_vendored_with_its_licence(console):
    client = console()
    page = client.get("/console/login").get_data(as_text=True)
    assert '<script src="/console/static/vendor/htmx.min.js" defer></script>' in page
    js = client.get("/console/static/vendor/htmx.min.js")
    assert js.status_code == 200 and b"htmx" in js.data
    assert (TEMPLATES.parent / "static" / "vendor" / "htmx.LICENSE").exists()

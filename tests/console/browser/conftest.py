"""Browser tests: the console served over https by a real threaded server, driven by
Playwright in Debian's headless Chromium (``/usr/bin/chromium``; `make test` installs it
when it may). Without Chromium every browser test is skipped, loudly (a warning in the
run's header and on each skip), never silently.

    def test_something(live, browser_page, staff_factory):
        page = browser_page()
        live.sign_in(page, staff_factory("officer"))
        page.goto(live.url("/console/tips"))
        assert axe_violations(page) == []
"""
from __future__ import annotations

import datetime
import ipaddress
import os
import ssl
import threading
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from werkzeug.serving import make_server

from bot import create_app
from tests.conftest import Phone, run_jobs
from tests.fakes.redis_server import free_port

CHROMIUM = "/usr/bin/chromium"
AXE = Path(__file__).with_name("vendor") / "axe.min.js"
SKIP_REASON = ("BROWSER TESTS SKIPPED: /usr/bin/chromium is missing "
               "(apt-get install chromium chromium-driver; `make test` does it as root)")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"]


def pytest_report_header(config):
    if not os.path.exists(CHROMIUM):
        return [SKIP_REASON]
    return None


def pytest_collection_modifyitems(config, items):
    if os.path.exists(CHROMIUM):
        return
    marker = pytest.mark.skip(reason=SKIP_REASON)
    for item in items:
        if "/browser/" in str(item.fspath):
            item.add_marker(marker)


def _self_signed(directory: Path) -> tuple[str, str]:
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = datetime.datetime.now(datetime.timezone.utc)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(x509.random_serial_number()).not_valid_before(now - datetime.timedelta(minutes=5))
            .not_valid_after(now + datetime.timedelta(days=1))
            .add_extension(x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
                           critical=False)
            .sign(key, hashes.SHA256()))
    cert_path, key_path = directory / "cert.pem", directory / "key.pem"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    return str(cert_path), str(key_path)


class _Response:
    def __init__(self, status: int, body: bytes):
        self.status_code, self._body = status, body

    def get_data(self, as_text: bool = False):
        return self._body.decode() if as_text else self._body


class _Https:
    """The one method of Flask's test client that ``Phone`` uses, over a real https connection
    (the live server's self-signed certificate is accepted)."""

    def post(self, path: str, data: dict, headers: dict, base_url: str) -> _Response:
        request = urllib.request.Request(base_url + path, data=urllib.parse.urlencode(data).encode(),
                                         headers=headers, method="POST")
        insecure = ssl.create_default_context()
        insecure.check_hostname, insecure.verify_mode = False, ssl.CERT_NONE
        try:
            with urllib.request.urlopen(request, context=insecure, timeout=15) as resp:
                return _Response(resp.status, resp.read())
        except urllib.error.HTTPError as exc:
            return _Response(exc.code, exc.read())


class LiveConsole:
    """The app served at https://127.0.0.1:<port> (PUBLIC_BASE_URL matches, so signatures,
    CSRF checks (Sec-Fetch-Site, token) and Secure cookies behave as in production)."""

    def __init__(self, app, base: str, server):
        self.app, self.base, self._server = app, base, server
        self.services = app.extensions["tipline"]

    def url(self, path: str) -> str:
        return self.base + path

    def phone(self, number: str) -> Phone:
        """A phone texting the live server: Twilio-signed webhooks over real https."""
        return Phone(_Https(), number, base_url=self.base)

    def work(self) -> None:
        """Run the queued jobs (relay sends, media fetches, officer news) as the rq worker does."""
        run_jobs(self.app)

    def sign_in(self, page, login) -> None:
        """The real two-step sign-in, typed into the pages."""
        page.goto(self.url("/console/login"))
        page.fill("input[name=email]", login.email)
        page.fill("input[name=password]", login.password)
        page.click("form [type=submit]")
        page.fill("input[name=code]", login.code())
        page.click("form [type=submit]")
        page.wait_for_url("**/console/**")


@pytest.fixture()
def live(config, tmp_path):
    """The console over https on a free port. Same Redis, keys and instance folder as the
    ``app`` fixture (so ``staff_factory`` and ``world`` data are the live server's too);
    pages poll every second (CONSOLE_POLL_SECONDS) so arrivals show quickly."""
    port = free_port()
    base = f"https://127.0.0.1:{port}"
    app = create_app({**config, "PUBLIC_BASE_URL": base, "CONSOLE_POLL_SECONDS": 1})
    cert, key = _self_signed(tmp_path)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    server = make_server("127.0.0.1", port, app, threaded=True, ssl_context=context)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield LiveConsole(app, base, server)
    server.shutdown()


@pytest.fixture(scope="session")
def _playwright():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        yield p


@pytest.fixture(scope="session")
def browser(_playwright):
    b = _playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
    yield b
    b.close()


@pytest.fixture()
def browser_page(browser):
    """``browser_page()`` -> a new page in a fresh context (its own cookies)."""
    contexts = []

    def make():
        ctx = browser.new_context(ignore_https_errors=True, viewport={"width": 1280, "height": 900})
        contexts.append(ctx)
        page = ctx.new_page()
        page.set_default_timeout(15_000)
        return page
    yield make
    for ctx in contexts:
        ctx.close()


def axe_violations(page, impacts=("serious", "critical")) -> list[str]:
    """axe-core run in the page (injected through DevTools, so the page's CSP is untouched):
    the serious and critical violations, one line each."""
    page.evaluate(AXE.read_text())
    result = page.evaluate("async () => await axe.run(document, {resultTypes: ['violations']})")
    return [f"{v['id']} ({v['impact']}): {v['help']} at {[n['target'] for n in v['nodes']][:3]}"
            for v in result["violations"] if v.get("impact") in impacts]

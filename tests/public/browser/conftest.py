"""Browser tests of the public alert pages: the app served over https by a real threaded
server (with the fake Twilio server and a real SMTP server), driven by Playwright in
Debian's headless Chromium, as the console's browser tests (tests/console/browser).
Without /usr/bin/chromium they are skipped, loudly."""
from __future__ import annotations

import os
import ssl
import threading

import pytest
from werkzeug.serving import make_server

from bot import create_app
from tests.conftest import base_config
from tests.console.browser.conftest import (  # noqa: F401  (fixtures shared with the console's browser tests)
    CHROMIUM,
    SKIP_REASON,
    _playwright,
    _self_signed,
    browser,
    browser_page,
)
from tests.fakes.redis_server import free_port


def pytest_collection_modifyitems(config, items):
    if os.path.exists(CHROMIUM):
        return
    for item in items:
        if "/public/browser/" in str(item.fspath):
            item.add_marker(pytest.mark.skip(reason=SKIP_REASON))


class LivePublic:
    def __init__(self, app, base: str):
        self.app, self.base = app, base
        self.services = app.extensions["tipline"]

    def url(self, path: str) -> str:
        return self.base + path


@pytest.fixture()
def live_public(redis_url, tmp_path, fake_twilio, mailbox):
    port = free_port()
    base = f"https://127.0.0.1:{port}"
    config = {**base_config(redis_url, tmp_path, fake_twilio.url), "PUBLIC_BASE_URL": base,
              "SMTP_URL": mailbox.url, "ALERT_EMAIL_FROM": "ASP alerts <alerts@example.test>"}
    app = create_app(config)
    cert, key = _self_signed(tmp_path)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    server = make_server("127.0.0.1", port, app, threaded=True, ssl_context=context)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield LivePublic(app, base)
    server.shutdown()

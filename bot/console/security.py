"""Security settings of the console: CSRF, response headers, the client IP behind a proxy.

- CSRF: Flask-WTF's ``CSRFProtect``, checking every unsafe request under /console
  (the Twilio webhooks are signed by Twilio instead and are left alone:
  WTF_CSRF_CHECK_DEFAULT is off and the console blueprint calls ``csrf.protect()``).
  Tokens are tied to the server-side session and live as long as it does.
- Over https Flask-WTF also requires a same-origin ``Referer`` on every form post
  (WTF_CSRF_SSL_STRICT). That is why the Referrer-Policy is ``same-origin`` and
  never ``no-referrer``: no-referrer strips the header, and every form post would
  fail in production while tests over plain http pass. ``same-origin`` sends it
  only to ourselves, so nothing leaks off-site. The console tests run over https.
- Headers on every /console response (pages, errors, static files): the CSP below
  (no inline script or style anywhere: templates use the static CSS/JS files),
  X-Frame-Options DENY, nosniff, Referrer-Policy same-origin, COOP/CORP same-origin,
  a Permissions-Policy denying the powerful features, ``Cache-Control: no-store``
  on every page (they may carry police data; static files are the exception),
  and HSTS outside local mode.
- Client IP (rate limits, audit): ``request.remote_addr``. Behind a reverse proxy set
  PROXY_FIX_X_FOR to the number of proxies that append X-Forwarded-For (1 for the
  nginx in deploy/, with ``proxy_set_header X-Forwarded-For $remote_addr;``):
  werkzeug's ProxyFix then takes the client from the header, trusting only that
  many hops. Unset (0), a forged header is ignored, and behind a proxy every
  visitor shares the proxy's IP (and its rate limit). PROXY_FIX_X_PROTO does the
  same for X-Forwarded-Proto (gunicorn already trusts it from 127.0.0.1).
"""
from __future__ import annotations

import hashlib
import hmac

from flask_wtf.csrf import CSRFProtect
from werkzeug.middleware.proxy_fix import ProxyFix

CSP = "; ".join([
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self'",
    "connect-src 'self'",
    "font-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
])
HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",     # NOT no-referrer: see the docstring
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Resource-Policy": "same-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()",
}

csrf = CSRFProtect()


def configure(app) -> None:
    cfg = app.config
    if not cfg.get("SECRET_KEY"):
        cfg["SECRET_KEY"] = cfg["CONSOLE_SECRET_KEY"] or hmac.new(
            cfg["PSEUDONYM_KEY"].encode(), b"console:flask-secret-key", hashlib.sha256).hexdigest()
    if cfg["CONSOLE_COOKIE_SECURE"] is None:
        cfg["CONSOLE_COOKIE_SECURE"] = not cfg["LOCAL_MODE"]
    cfg["SESSION_COOKIE_SECURE"] = cfg["CONSOLE_COOKIE_SECURE"]
    cfg["SESSION_COOKIE_HTTPONLY"] = True
    cfg["SESSION_COOKIE_SAMESITE"] = "Lax"
    cfg.setdefault("WTF_CSRF_CHECK_DEFAULT", False)   # only /console: csrf.protect() in its before_request
    cfg.setdefault("WTF_CSRF_TIME_LIMIT", None)       # a token lives as long as its session
    cfg.setdefault("WTF_CSRF_SSL_STRICT", True)       # same-origin Referer over https (the default, said out loud)
    csrf.init_app(app)
    if cfg["PROXY_FIX_X_FOR"] or cfg["PROXY_FIX_X_PROTO"]:
        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=cfg["PROXY_FIX_X_FOR"], x_proto=cfg["PROXY_FIX_X_PROTO"])


def add_headers(response, *, static: bool, local_mode: bool):
    for name, value in HEADERS.items():
        response.headers.setdefault(name, value)
    if not local_mode:
        response.headers.setdefault("Strict-Transport-Security", "max-age=31536000")
    if not static:
        response.headers["Cache-Control"] = "no-store"
        response.headers["Pragma"] = "no-cache"
    return response

"""Security settings of the console: CSRF, response headers, the client IP behind a proxy.

- CSRF: Flask-WTF's ``CSRFProtect``, checking every unsafe request under /console
  (the Twilio webhooks are signed by Twilio instead and are left alone:
  WTF_CSRF_CHECK_DEFAULT is off and the console blueprint calls ``csrf.protect()``).
  Tokens are tied to the server-side session and live as long as it does.
- The Referrer-Policy is ``no-referrer`` (a tip page's address names the tip), so
  Flask-WTF's same-origin ``Referer`` check over https (WTF_CSRF_SSL_STRICT) cannot
  work: a browser sends no Referer and every form post would fail. In its place,
  ``protect()`` refuses an unsafe request whose Fetch Metadata says it came from
  another site (``Sec-Fetch-Site`` other than same-origin or none: sent by every
  current browser whatever the Referrer-Policy), then checks the token. A client
  that sends no Sec-Fetch-Site (an old browser) still needs the token, which only
  our own pages carry, and the session cookie is SameSite=Lax.
- Headers on every /console response (pages, errors, static files): the CSP below
  (no inline script or style anywhere: templates use the static CSS/JS files),
  X-Frame-Options DENY, nosniff, Referrer-Policy no-referrer, COOP/CORP same-origin,
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

from flask import request
from flask_wtf.csrf import CSRFError, CSRFProtect
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
    "Referrer-Policy": "no-referrer",     # with protect()'s Fetch Metadata check: see the docstring
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
    cfg.setdefault("WTF_CSRF_SSL_STRICT", False)      # no Referer under no-referrer: protect() checks Sec-Fetch-Site
    csrf.init_app(app)
    if cfg["PROXY_FIX_X_FOR"] or cfg["PROXY_FIX_X_PROTO"]:
        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=cfg["PROXY_FIX_X_FOR"], x_proto=cfg["PROXY_FIX_X_PROTO"])


SAME_SITE_FETCHES = ("same-origin", "none")   # "none": the user typed or bookmarked it


def protect() -> None:
    """CSRF check of an unsafe request (POST, PUT, PATCH, DELETE): refused (400) when the
    browser says it came from another site, or without the page's token (module docstring)."""
    if request.method in ("GET", "HEAD", "OPTIONS", "TRACE"):
        return
    site = request.headers.get("Sec-Fetch-Site")
    if site is not None and site not in SAME_SITE_FETCHES:
        raise CSRFError("The form was sent from another site.")
    csrf.protect()


def add_headers(response, *, static: bool, local_mode: bool):
    for name, value in HEADERS.items():
        response.headers.setdefault(name, value)
    if not local_mode:
        response.headers.setdefault("Strict-Transport-Security", "max-age=31536000")
    if not static:
        response.headers["Cache-Control"] = "no-store"
        response.headers["Pragma"] = "no-cache"
    return response

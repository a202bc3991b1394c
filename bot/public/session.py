"""Sessions for the public pages: a small signed cookie, apart from the console's.

The console keeps its sessions in Redis and gives every other path a session that is
never stored (bot/console/sessions.py). The public pages need one thing kept between
requests, Flask-WTF's CSRF secret (and the ID of the visitor's own pending sign-up),
and nothing worth a Redis key per visitor, so paths under /alerts get Flask's signed
cookie session (``__Host-alerts`` over https: Secure, HttpOnly, SameSite=Lax, path /),
and every other path goes on to the console's interface unchanged. A cookie is set
only once a page puts something in the session (a form page), never by the CAP feed.
"""
from __future__ import annotations

from flask.sessions import SecureCookieSessionInterface, SessionInterface

PREFIX_PATH = "/alerts"


def _public(path: str) -> bool:
    return path.startswith(PREFIX_PATH + "/") and not path.startswith(PREFIX_PATH + "/static/")


class PublicCookieSessions(SecureCookieSessionInterface):
    salt = "alerts-public-session"

    def get_cookie_name(self, app) -> str:
        return "__Host-alerts" if app.config["SESSION_COOKIE_SECURE"] else "alerts_session"

    def get_cookie_path(self, app) -> str:
        return "/"

    def get_cookie_domain(self, app):
        return None     # host-only (required for __Host-)


class SplitSessions(SessionInterface):
    """/alerts/... -> the public cookie session; everything else -> ``other`` (the console's)."""

    def __init__(self, other: SessionInterface):
        self.other = other
        self.public = PublicCookieSessions()

    def _pick(self, path: str) -> SessionInterface:
        return self.public if _public(path) else self.other

    def open_session(self, app, request):
        return self._pick(request.path).open_session(app, request)

    def save_session(self, app, session, response):
        from flask import request

        return self._pick(request.path).save_session(app, session, response)

    def make_null_session(self, app):
        return self.other.make_null_session(app)

    def is_null_session(self, obj) -> bool:
        return self.other.is_null_session(obj)

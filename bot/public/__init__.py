"""Resident-facing web pages (no account): sign up for community alerts, confirm each
contact (a code by text or call, a link by email), change one's choices or leave.

It sits at the top of the dependency rule (bot/__init__.py), beside the console: it
uses the alert store (bot.alerts) and the console's security helpers (CSRF, headers,
ProxyFix: bot/console/security.py), and nothing imports it.

    views.py     the /alerts blueprint: join, check (codes), confirm (email), my (preferences)
    forms.py     the forms and their field names (``phone``, ``email``, ``postcode``, ``schemes`` ...)
    signup.py    reading the form, pending sign-ups, sending codes and links, confirming
    contacts.py  the one door into the subscriber store
    session.py   a signed cookie session for /alerts (the CSRF secret), apart from the console's
"""
from __future__ import annotations


def init_app(app, services) -> None:
    """After the console's init_app: it configures CSRF, the secret key and the sessions."""
    from flask import request

    from bot.console import security
    from bot.public.session import PREFIX_PATH, SplitSessions
    from bot.public.views import bp

    app.session_interface = SplitSessions(app.session_interface)
    app.register_blueprint(bp)

    @app.after_request
    def _public_headers(response):
        if request.blueprint == bp.name:
            security.add_headers(response, static=request.path.startswith(PREFIX_PATH + "/static/"),
                                 local_mode=app.config["LOCAL_MODE"])
        return response

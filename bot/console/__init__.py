"""The staff console: the web pages officers, supervisors and admins use (issue 11).

Server-rendered Jinja pages with a little htmx (vendored in static/vendor), the same
Redis data and jobs as the SMS side. It sits at the top of the dependency rule
(bot/__init__.py), beside ``web``: it may import every feature package, and none
imports it.

Where things are (each module's docstring says more):

    blueprint.py    the /console blueprint, its hooks (identity, CSRF, deny by default),
                    AREAS (one blueprint per area) and NAV; how to add an area
    access.py       @require_role("officer"|"supervisor"|"admin"), @public, @pending,
                    current_staff()
    audit.py        console_audit(action, tip_id=, detail=, pipe=): the officers' audit stream
    accounts.py     staff accounts, enrolment, password and 2FA checks, disable/reset/revoke
    sessions.py     server-side sessions in Redis (random ID cookie, idle + absolute timeout)
    security.py     CSRF (token + Fetch Metadata), security headers (no-referrer), ProxyFix
    throttle.py     sign-in rate limits and lockouts (per account, per IP)
    passwords.py    argon2id hashing and the password policy
    twofactor.py    TOTP with replay protection, QR code (inline SVG), recovery codes
    cli.py          flask --app wsgi staff add|list|disable|enable|reset-2fa|unlock|role|link-officer|local-admin
    auth.py, account.py, tips.py (inbox, live arrivals, related), search.py, case.py (tip page,
                    workflow; what it shows: case_view.py; who acts: case_actor.py), case_photos.py
                    (a tip's photos), dashboard.py, exports.py, staff_admin.py, audit_log.py: the areas
    templates/console/base.html   the layout every page extends (nav, skip link, landmarks)
"""
from __future__ import annotations


def init_app(app, services) -> None:
    from flask import request

    from bot.console import access, cli, security
    from bot.console.blueprint import console
    from bot.console.sessions import PREFIX_PATH, RedisSessionInterface

    security.configure(app)
    app.session_interface = RedisSessionInterface(services.redis)
    app.register_blueprint(console)
    access.check_declared(app)

    @app.after_request
    def _console_headers(response):
        path = request.path
        if path == PREFIX_PATH or path.startswith(PREFIX_PATH + "/"):
            security.add_headers(response, static=path.startswith(PREFIX_PATH + "/static/"),
                                 local_mode=app.config["LOCAL_MODE"])
        return response

    @app.errorhandler(404)
    @app.errorhandler(405)
    def _console_routing_error(exc):
        """A console URL that matches no route never reaches the blueprint's handlers: the
        console's own error page (its layout, headers, landmarks) rather than werkzeug's."""
        path = request.path
        if not (path == PREFIX_PATH or path.startswith(PREFIX_PATH + "/")):
            return exc
        from bot.console.blueprint import render_error
        if request.blueprints:        # a console view raised it: its usual page, nav and all
            return render_error(exc.code)
        from bot.console import i18n
        return render_error(exc.code, staff=None, nav=[], programme_name=app.config["PROGRAMME_NAME"],
                            force_name=app.config["FORCE_NAME"], t=i18n.t, console_lang=i18n.lang())

    app.cli.add_command(cli.staff)

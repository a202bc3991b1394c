"""The ``console`` blueprint (/console): the area blueprints hang off it, and its hooks
run for every console request.

Adding an area (tips, media, search, exports, dashboard ...):

1. a module here with ``bp = Blueprint("<area>", __name__, url_prefix="/<area>")`` and its
   views, each declaring who may reach it (``@require_role("officer")`` ...: access.py);
2. its module name in ``AREAS`` below; its nav entries in ``NAV`` (shown by role);
3. its templates in ``templates/console/<area>/``, extending ``console/base.html``;
4. its routes in the table of tests/console/access.py (the route/role test fails
   until every console route is there).

Endpoints are ``console.<area>.<view>`` (``url_for("console.tips.inbox")``).
"""
from __future__ import annotations

import importlib
import time
from dataclasses import dataclass

from flask import Blueprint, current_app, g, render_template, request, session
from flask_wtf.csrf import CSRFError
from werkzeug.exceptions import HTTPException

from bot.console import accounts, i18n, security, sessions
from bot.console.access import current_staff, declared_level
from bot.services import current

# Area modules, each with a ``bp``; registered under /console in this order.
AREAS = ("auth", "account", "tips", "case", "case_photos", "dashboard", "exports", "staff_admin", "audit_log", "alerts")


@dataclass(frozen=True)
class NavItem:
    label: str         # a console text name (shown with t())
    endpoint: str
    role: str          # the least role that sees it (hide what the server would refuse anyway)


NAV = [
    NavItem("nav_tips", "console.tips.inbox", "officer"),
    NavItem("nav_alerts", "console.alerts.index", "officer"),
    NavItem("nav_dashboard", "console.dashboard.index", "supervisor"),
    NavItem("nav_exports", "console.exports.index", "supervisor"),
    NavItem("nav_staff", "console.staff.index", "admin"),
    NavItem("nav_audit", "console.audit.index", "admin"),
    NavItem("nav_account", "console.account.index", "officer"),
]

console = Blueprint("console", __name__, url_prefix="/console", template_folder="templates",
                    static_folder="static", static_url_path="/static")
for _name in AREAS:
    console.register_blueprint(importlib.import_module(f"bot.console.{_name}").bp)

@console.before_request
def _identify_and_check():
    g.staff = g.pending_staff = None
    if request.endpoint == "console.static":
        return None
    _load_identity()
    security.protect()   # every unsafe method: 400 from another site or without a right token
    view = current_app.view_functions.get(request.endpoint)
    if view is None or declared_level(view) is None:   # deny by default (init_app refuses these at start-up)
        return render_error(403)
    return None


def _load_identity() -> None:
    staff_id = session.get("staff_id")
    if not staff_id:
        return
    staff = accounts.load(current().redis, staff_id)
    stage = session.get("stage")
    valid = staff is not None and staff.active and staff.epoch == session.get("epoch")
    if valid and stage == "full" and staff.can_sign_in:
        g.staff = staff
    elif valid and stage == "password" and time.time() < session.get("pending_until", 0):
        g.pending_staff = staff
    else:   # revoked, disabled, or a half sign-in gone stale: carry on as a signed-out visitor
        sessions.rotate(session)


@console.context_processor
def _template_globals():
    staff = current_staff()
    return {
        "staff": staff,
        "nav": [item for item in NAV if staff is not None and staff.at_least(item.role)],
        "programme_name": current_app.config["PROGRAMME_NAME"],
        "force_name": current_app.config["FORCE_NAME"],
        "t": i18n.t,
        "t_or": i18n.t_or,
        "console_lang": i18n.lang(),
    }


MESSAGES = {   # console text names: (title, message)
    400: ("err_400_title", "err_400"),
    403: ("err_403_title", "err_403"),
    404: ("err_404_title", "err_404"),
    405: ("err_405_title", "err_405"),
    429: ("err_429_title", "err_429"),
}


def render_error(code: int, message: str | None = None, **context):
    title, default = MESSAGES.get(code, ("err_title", "err_other"))
    return render_template("console/error.html", code=code, title=i18n.t(title), message=message or i18n.t(default),
                           **context), code


@console.errorhandler(CSRFError)
def _csrf_error(exc):
    return render_error(400, i18n.t("err_csrf", reason=exc.description))


@console.errorhandler(HTTPException)
def _http_error(exc):
    if exc.code is None or exc.code < 400 or exc.response is not None:
        return exc.get_response()
    return render_error(exc.code)

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

from bot.console import accounts, security, sessions
from bot.console.access import current_staff, declared_level
from bot.services import current

# Area modules, each with a ``bp``; registered under /console in this order.
AREAS = ("auth", "account", "tips", "case", "dashboard", "exports", "staff_admin", "audit_log", "alerts")


@dataclass(frozen=True)
class NavItem:
    label: str
    endpoint: str
    role: str          # the least role that sees it (hide what the server would refuse anyway)


NAV = [
    NavItem("Tips", "console.tips.inbox", "officer"),
    NavItem("Alerts", "console.alerts.index", "officer"),
    NavItem("Dashboard", "console.dashboard.index", "supervisor"),
    NavItem("Exports", "console.exports.index", "supervisor"),
    NavItem("Staff", "console.staff.index", "admin"),
    NavItem("Audit log", "console.audit.index", "admin"),
    NavItem("My account", "console.account.index", "officer"),
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
    }


MESSAGES = {
    400: ("Bad request", "The form could not be accepted. Go back, reload the page and try again."),
    403: ("Not allowed", "Your role does not allow this page or action."),
    404: ("Not found", "There is nothing here."),
    405: ("Not allowed", "That is not how this page is used."),
    429: ("Too many attempts", "Wait a while and try again."),
}


def render_error(code: int, message: str | None = None, **context):
    title, default = MESSAGES.get(code, ("Error", "Something went wrong."))
    return render_template("console/error.html", code=code, title=title, message=message or default,
                           **context), code


@console.errorhandler(CSRFError)
def _csrf_error(exc):
    return render_error(400, f"The form had expired or did not come from this site ({exc.description}). "
                             "Reload the page and try again.")


@console.errorhandler(HTTPException)
def _http_error(exc):
    if exc.code is None or exc.code < 400 or exc.response is not None:
        return exc.get_response()
    return render_error(exc.code)
